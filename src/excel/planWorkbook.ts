/**
 * From a snapshot of the data sheets to the summary's plan: the reader, then the planner. Pure (no
 * Office.js): the add-in runs it after reading the sheets through Excel, the workbench in its
 * worker from the file it opened.
 */
import type { WorkbookSnapshot } from "../core/model/snapshot";
import type { ReaderOverrides, WorkbookModel } from "../core/reader/model";
import { readWorkbook } from "../core/reader/readWorkbook";
import type { SummaryOptionsInput } from "../core/summary/options";
import type { SummaryPlan } from "../core/summary/plan";
import { planSummary } from "../core/summary/planSummary";
import { workbookFacts } from "../core/facts";

/**
 * Reads a snapshot and plans its summary (pure: the add-in, the workbench's worker and the tests).
 *
 * @param snapshot the data sheets
 * @param options summary options, the generation time included
 * @param overrides the user's corrections
 * @returns the model and the plan
 * @example planWorkbook(snapshot, { language: "zh", generatedAt: "2024-07-10 09:30" }).plan.sheetName // "汇总"
 */
export function planWorkbook(
  snapshot: WorkbookSnapshot,
  options: SummaryOptionsInput,
  overrides?: ReaderOverrides,
): { model: WorkbookModel; plan: SummaryPlan } {
  const model = readWorkbook(snapshot, { overrides });
  return { model, plan: planSummary(workbookFacts(model), options) };
}
