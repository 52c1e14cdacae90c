/**
 * Connects the pane's Generate to the SUMMARY flow (`src/excel/writeSummary.ts`,
 * `generateSummary(context, options, overrides?, onProgress)`): maps the pane's options to
 * `SummaryOptions` and the flow's result to what the Generate tab shows.
 *
 * PENDING: the summary writer has not landed in the repository yet; until it does, Generate
 * fails with a clear bilingual message (never silently, never a fake summary).
 */
import type { ReaderOverrides } from "../../core/reader/model";
import type { PaneOptions } from "../options";
import type { GenerateResult, ProgressStep } from "../services";

/**
 * Runs the summary flow inside a batch for the pane.
 *
 * @param context the request context
 * @param options the pane's options
 * @param overrides the user's corrections
 * @param onProgress receives each real step
 * @returns the sheet name, narrative and findings
 */
export async function generateForPane(context: Excel.RequestContext, options: PaneOptions, overrides: ReaderOverrides, onProgress: (step: ProgressStep) => void): Promise<GenerateResult> {
  void context;
  void options;
  void overrides;
  void onProgress;
  throw { bilingual: { zh: "此版本尚未包含汇总写入功能，请更新加载项后重试。", en: "This build does not include the summary writer yet; update the add-in and try again." } };
}
