/**
 * Connects the pane's Generate (and the ribbon's 一键汇总) to the one summary flow,
 * `generateSummary`: read the data sheets in chunks → core's `summaryFromSnapshot` (reader with
 * the user's corrections, facts, plan with the pane's options) → `writeSummary`. Each stage reports
 * its real progress to the pane's progress bar (reading chunk i/n, planning, writing 0–1).
 */
import type { ReaderOverrides } from "../../core/reader/model";
import { generateSummary, type SummaryPlanner } from "../../excel/generateSummary";
import type { PaneOptions } from "../options";
import { paneProgress, paneResultOf } from "../paneProgress";
import { toSummaryOptions } from "../summaryOptions";
import type { GenerateResult, ProgressStep } from "../services";

/**
 * Runs the summary flow inside a batch for the pane.
 *
 * @param context the request context
 * @param options the pane's options
 * @param overrides the user's corrections
 * @param onProgress receives each real step
 * @param planner reads and plans the data sheets (the workbench plans in its worker); through Office.js by default
 * @returns the sheet name, narrative and findings; rejects with the writer's bilingual error
 * @example await runExcel((context) => generateForPane(context, options, overrides, setStep))
 */
export async function generateForPane(
  context: Excel.RequestContext,
  options: PaneOptions,
  overrides: ReaderOverrides,
  onProgress: (step: ProgressStep) => void,
  planner?: SummaryPlanner,
): Promise<GenerateResult> {
  onProgress({ phase: "reading", fraction: 0.02 });
  const result = await generateSummary(context, toSummaryOptions(options), overrides, paneProgress(onProgress), planner);
  return paneResultOf(result, result.readNotes);
}
