/**
 * The results the planner computed for the summary's formulas, by formula text: what an in-memory
 * host (the workbench's, the benchmark's) takes instead of recalculating 256 COUNTIFS/SUMIFS over a
 * 100,000-row ledger with HyperFormula (src/host/recalc.ts). Excel calculates them itself.
 */
import type { SummaryPlan } from "./plan";

/**
 * The formulas of a plan with the values the planner computed for them; a formula text that got
 * two different values (it cannot, but then the host calculates it) or none is left out.
 *
 * @param plan the summary's plan
 * @returns formula text → its value
 * @example formulaValues(plan).get("=SUM(B5:B14)") // 23
 */
export function formulaValues(plan: SummaryPlan): Map<string, unknown> {
  const values = new Map<string, unknown>();
  const ambiguous = new Set<string>();
  for (const row of plan.cells)
    for (const cell of row) {
      if (!cell.formula || cell.value === null) continue;
      if (values.has(cell.formula) && values.get(cell.formula) !== cell.value) ambiguous.add(cell.formula);
      values.set(cell.formula, cell.value);
    }
  for (const f of ambiguous) values.delete(f);
  return values;
}
