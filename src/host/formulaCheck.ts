/**
 * The check behind giving the host the core's values: a summary written in a priming session
 * (recalc.ts) holds the values the planner computed for its COUNTIFS/SUMIFS, not HyperFormula's.
 * This recalculates one sheet's formulas with HyperFormula over the sheets they read, writes
 * nothing, and lists every formula cell whose held value differs from the calculated one — on a
 * small ledger in the tests and the benchmark, where HyperFormula takes seconds, not minutes.
 */
import { cellAddress } from "../core/model/address";
import { calculatedValues, loadFormulaEngine } from "./formulas";
import { recalcScope } from "./recalc";
import type { HostWorkbook } from "./state";

/** A formula cell whose value is not what HyperFormula calculates. */
export interface FormulaDifference {
  readonly address: string;
  readonly formula: string;
  /** The value the sheet holds (given, or calculated before the sheets it reads changed). */
  readonly held: unknown;
  readonly calculated: unknown;
}

/** Numbers agree to 1e-9 of their size (the core adds exactly, HyperFormula in doubles); anything else exactly. */
function same(held: unknown, calculated: unknown): boolean {
  if (typeof held === "number" && typeof calculated === "number") return Math.abs(held - calculated) <= 1e-9 * Math.max(1, Math.abs(held));
  return held === calculated;
}

/**
 * Every formula cell of a sheet whose value differs from what HyperFormula calculates from the
 * workbook as it is.
 *
 * @param state the host's workbook
 * @param sheetName the sheet whose formulas are checked
 * @returns the differing cells, row by row (none: every value held is the calculated one)
 * @example await formulaDifferences(host.state, "汇总") // [] when the core's values are right
 */
export async function formulaDifferences(state: HostWorkbook, sheetName: string): Promise<FormulaDifference[]> {
  const sheet = state.sheets.find((s) => s.name.toLowerCase() === sheetName.toLowerCase());
  if (!sheet) return [];
  await loadFormulaEngine();
  const { build } = recalcScope(state, new Set([sheet.name.toLowerCase()]));
  const differences: FormulaDifference[] = [];
  for (const { row, column, formula, value } of calculatedValues(build.length ? build : [sheet], [sheet])) {
    const held = sheet.values[row][column];
    if (!same(held, value)) differences.push({ address: cellAddress(row, column), formula, held, calculated: value });
  }
  return differences;
}
