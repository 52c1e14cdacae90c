/**
 * Derived totals: where a table has no 合计 row, the whole of each column is the sum of its parts —
 * only for two parts or more (one row is itself, not the whole it is part of), only for counts and amounts, only over rows of one level (never an 其中 item, never a 小计 beside
 * the rows it groups), within one indicator, one period and one column (so one unit). A rate's whole
 * is recomputed from the wholes of its numerator and denominator, never added. The sum keeps its
 * parts (a sum provenance), so a summary can write it as =SUM(…) over the source cells.
 */
import { exactSum } from "../numbers/decimal";
import { indicatorById } from "../registry/indicators";
import type { BreakdownKey } from "./breakdown";
import type { Fact } from "./fact";
import { isAdditive } from "./measure";
import type { FactPeriod } from "./period";
import { tablePlace } from "./tablePlace";

function samePeriod(a: FactPeriod, b: FactPeriod): boolean {
  return a.relation === b.relation && a.group === b.group && a.label === b.label;
}

/** A column's own key (事故起数/采矿 → industry 采矿) and the table's (its county sheet): keys of the column's whole too. */
function wholeKeys(column: readonly Fact[]): BreakdownKey[] {
  return column[0].breakdown.filter((k) => k.axis !== undefined);
}

/**
 * The parts of a column a total may add: the rows the reader took as the table's data level — never an
 * 其中 item or a row of a lower level (partOf), never a 小计. The reader decides the level (one rule).
 */
function partsOf(rows: readonly { fact: Fact; key: BreakdownKey }[]): Fact[] {
  return rows.filter((r) => r.key.partOf === undefined && r.key.level !== "group").map((r) => r.fact);
}

/**
 * The derived wholes of one table's facts: a sum per column without a stated whole, then the rates.
 *
 * @param facts the facts of one table (tableFacts)
 * @param turned whether the table's rows lie along sheet columns (tableSource.rowsAlongColumns): each of its columns lies along a sheet row
 * @returns the derived facts, marked `derived`
 * @example derivedTotals(tableFacts(countiesWithoutTotalRow))[0].provenance.kind // "sum"
 */
export function derivedTotals(facts: readonly Fact[], turned = false): Fact[] {
  const columns = new Map<number, Fact[]>();
  for (const f of facts) {
    const c = tablePlace(f, turned)?.column;
    // Every fact of the column counts here, period rows too: a column that mixes keyed rows with rows
    // that are periods (or wholes) is not added up.
    if (c === undefined) continue;
    const list = columns.get(c);
    if (list) list.push(f);
    else columns.set(c, [f]);
  }
  const out: Fact[] = [];
  const rates: { column: Fact[]; whole: BreakdownKey[] }[] = [];
  for (const column of columns.values()) {
    const whole = wholeKeys(column);
    const rows = column.map((fact) => ({ fact, key: fact.breakdown.find((k) => k.axis === undefined) }));
    if (rows.some((r) => r.key === undefined)) continue;
    const first = column[0];
    if (first.measure === "rate") {
      rates.push({ column, whole });
      continue;
    }
    if (!isAdditive(first.measure)) continue;
    const parts = partsOf(rows as { fact: Fact; key: BreakdownKey }[]);
    // One part is no whole: a by-county table of one county (大姚县 3起) says nothing of the prefecture's total.
    if (parts.length < 2) continue;
    const present = parts.filter((p) => p.value !== null).map((p) => p.value as number);
    out.push({
      ...first,
      breakdown: whole,
      value: present.length ? exactSum(present) : null,
      provenance: { kind: "sum", parts: parts.map((p) => ({ value: p.value, provenance: p.provenance })) },
      derived: true,
    });
  }
  for (const { column, whole } of rates) {
    const first = column[0];
    const ind = indicatorById(first.indicator);
    if (!ind?.numerator || !ind.denominator) continue;
    const keys = JSON.stringify(whole);
    const find = (id: string) => out.find((f) => f.indicator === id && samePeriod(f.period, first.period) && JSON.stringify(f.breakdown) === keys);
    const num = find(ind.numerator);
    const den = find(ind.denominator);
    if (!num || !den) continue;
    out.push(recomputedRate(first, whole, num, den));
  }
  return out;
}

/**
 * A rate's whole recomputed from the wholes of its numerator and denominator (×100), never added.
 *
 * @param rate a stated figure of the rate (its indicator, period and unit are kept)
 * @param breakdown the whole's keys
 * @param num the numerator's whole
 * @param den the denominator's whole
 * @returns the derived fact with a ratio provenance
 * @example recomputedRate(rateFact, [], rectifiedSum, foundSum).value // 85 for 510 of 600
 */
export function recomputedRate(rate: Fact, breakdown: readonly BreakdownKey[], num: Fact, den: Fact): Fact {
  const value = num.value !== null && den.value !== null && den.value !== 0 ? (num.value / den.value) * 100 : null;
  return {
    ...rate,
    breakdown,
    value,
    provenance: {
      kind: "ratio",
      numerator: { value: num.value, provenance: num.provenance },
      denominator: { value: den.value, provenance: den.provenance },
      scale: 100,
    },
    derived: true,
  };
}
