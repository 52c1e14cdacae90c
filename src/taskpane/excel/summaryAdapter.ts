/**
 * Connects the pane's Generate to the SUMMARY helper's pieces, inside one Excel batch:
 * read the sheets in chunks (`readWorkbookSnapshot`) → `readWorkbook` with the user's
 * corrections → `planSummary` with the pane's options → `writeSummary`. Each stage reports
 * its real progress to the pane's progress bar (reading chunk i/n, planning, writing 0–1).
 */
import type { ReaderOverrides } from "../../core/reader/model";
import { readWorkbook } from "../../core/reader/readWorkbook";
import type { SummaryOptionsInput } from "../../core/summary/options";
import { planSummary } from "../../core/summary/planSummary";
import { readWorkbookSnapshot } from "../../excel/readWorkbook";
import { writeSummary } from "../../excel/writeSummary";
import type { PaneOptions } from "../options";
import type { GenerateResult, ProgressStep } from "../services";

// Where each stage sits on the progress bar: reading takes the first 40 %, writing the last 45 %.
const READ_END = 0.4;
const PLAN_END = 0.55;

/**
 * The SUMMARY options for the pane's options.
 *
 * @param options what the Options tab holds
 * @returns the input of `planSummary`
 * @example toSummaryOptions(defaultPaneOptions("zh")).replacePrevious // true
 */
export function toSummaryOptions(options: PaneOptions): SummaryOptionsInput {
  const s = options.sections;
  return {
    sections: { accidents: s.accidents, byRegion: s.regions, byIndustry: s.regions, losses: s.losses, hazards: s.hazards, narrative: s.narrative, checks: s.checks, charts: s.charts },
    percentDecimals: options.percentDecimals,
    stripTrailingZeros: options.stripTrailingZeros,
    zeroBase: options.zeroBase,
    language: options.language,
    replacePrevious: options.mode === "replace",
    significanceColumn: options.significanceColumn,
  };
}

/**
 * Runs the summary flow inside a batch for the pane.
 *
 * @param context the request context
 * @param options the pane's options
 * @param overrides the user's corrections
 * @param onProgress receives each real step
 * @returns the sheet name, narrative and findings; rejects with the writer's bilingual error
 * @example await runExcel((context) => generateForPane(context, options, overrides, setStep))
 */
export async function generateForPane(context: Excel.RequestContext, options: PaneOptions, overrides: ReaderOverrides, onProgress: (step: ProgressStep) => void): Promise<GenerateResult> {
  onProgress({ phase: "reading", fraction: 0.02 });
  const snapshot = await readWorkbookSnapshot(context, {
    withNumberFormats: true,
    onProgress: (done, total) => onProgress({ phase: "reading", fraction: READ_END * (total > 0 ? done / total : 1), detail: `${done}/${total}` }),
  });
  onProgress({ phase: "planning", fraction: READ_END });
  const model = readWorkbook(snapshot, { overrides });
  const summaryOptions = toSummaryOptions(options);
  const plan = planSummary(model, summaryOptions);
  onProgress({ phase: "writing", fraction: PLAN_END });
  const written = await writeSummary(context, plan, {
    replacePrevious: summaryOptions.replacePrevious ?? true,
    onProgress: (fraction) => onProgress({ phase: "writing", fraction: PLAN_END + (1 - PLAN_END) * fraction }),
  });
  onProgress({ phase: "done", fraction: 1 });
  const notes = plan.notes.map((n) => ({ zh: n, en: n }));
  return { sheetName: written.sheetName, narrative: plan.narrative.join("\n"), findings: model.findings, notes };
}
