/**
 * A by-county table counted from a ledger, made by hand for narrative tests: each row a county with
 * its accidents and deaths this period and a year earlier.
 */
import type { GroupTable, IndicatorPair } from "../../src/core/summary/facts";

/** This period and last of one indicator, with no source cell. */
export function pair(indicator: string, current: number, previous: number): IndicatorPair {
  return { indicator, name: indicator, classifier: "起", unit: "起", current: { value: current }, previous: { value: previous } };
}

/** Rows of [county, accidents, a year earlier, deaths, a year earlier] as a ledger's by-county table. */
export function ledgerCountyTable(rows: readonly (readonly [string, number, number, number, number])[]): GroupTable {
  return {
    sheet: "台账",
    keyKind: "region",
    indicators: [],
    rows: rows.map(([label, a, a0, d, d0]) => ({ label, role: "data", pairs: [pair("accident_count", a, a0), pair("deaths", d, d0)] })),
    total: [],
    totalLabel: "合计",
    source: "ledger",
  };
}
