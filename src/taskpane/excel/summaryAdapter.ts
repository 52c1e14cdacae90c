/**
 * Connects the pane's Generate (and the ribbon's 一键汇总) to the one summary flow,
 * `generateSummary`: read the data sheets in chunks → `readWorkbook` with the user's
 * corrections → `planSummary` with the pane's options → `writeSummary`. Each stage reports
 * its real progress to the pane's progress bar (reading chunk i/n, planning, writing 0–1).
 */
import type { ReaderOverrides } from "../../core/reader/model";
import type { SummaryOptionsInput } from "../../core/summary/options";
import { generateSummary, type SummaryPlanner, type SummaryProgress } from "../../excel/generateSummary";
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
    sections: {
      accidents: s.accidents,
      byRegion: s.regions,
      byIndustry: s.regions,
      losses: s.losses,
      hazards: s.hazards,
      narrative: s.narrative,
      checks: s.checks,
      charts: s.charts,
    },
    percentDecimals: options.percentDecimals,
    stripTrailingZeros: options.stripTrailingZeros,
    zeroBase: options.zeroBase,
    language: options.language,
    replacePrevious: options.mode === "replace",
    significanceColumn: options.significanceColumn,
    rateDecimals: options.rateDecimals,
    significanceWording: options.significanceWording,
    rateInterval: options.rateInterval,
    changeStyle: options.changeStyle,
  };
}

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
  const progress = (p: SummaryProgress) => {
    if (p.step === "reading" && p.total) onProgress({ phase: "reading", fraction: (READ_END * (p.done ?? 0)) / p.total, detail: `${p.done}/${p.total}` });
    else if (p.step === "planning") onProgress({ phase: "planning", fraction: READ_END });
    else if (p.step === "writing") onProgress({ phase: "writing", fraction: PLAN_END + (1 - PLAN_END) * (p.done ?? 0) });
    else if (p.step === "done") onProgress({ phase: "done", fraction: 1 });
  };
  const result = await generateSummary(context, toSummaryOptions(options), overrides, progress, planner);
  const notes = [...result.readNotes, ...result.plan.notes.map((n) => ({ zh: n, en: n }))];
  return {
    sheetName: result.sheetName,
    narrative: result.narrative.join("\n"),
    findings: result.findings,
    ...(result.verdict ? { verdict: result.verdict } : {}),
    notes,
    sourceSheets: result.sourceSheets,
  };
}
