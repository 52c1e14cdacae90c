/**
 * The one-click flow in WPS 表格, the same as Excel's (src/excel/generateSummary.ts) through the
 * same core: the sheets the add-in did not make are read (readWorkbook.ts), the core reads and
 * plans them (summaryFromSnapshot), and the plan is written as a new sheet (writeSummary.ts).
 */
import type { ReaderOverrides } from "../core/reader/model";
import type { Message } from "../core/messages";
import { resolveSummaryOptions, type SummaryOptionsInput } from "../core/summary/options";
import type { SummaryOutcome } from "../core/summary/summaryOutcome";
import { localTimestamp } from "../core/summary/provenance";
import { dataSheets } from "../core/summary/sheetInventory";
import { summaryFromSnapshot } from "../core/pipeline/summaryFromSnapshot";
import type { WpsApplication } from "./facade";
import { readWpsSnapshot, type WpsReadReport } from "./readWorkbook";
import { inspectSheets } from "./sheetMarks";
import { writeWpsSummary } from "./writeSummary";

/** One progress step. */
export interface WpsSummaryProgress {
  readonly step: "reading" | "planning" | "writing" | "done";
  /** For writing: 0 to 1. */
  readonly done?: number;
}

/** What the flow did. */
export interface WpsSummaryResult extends SummaryOutcome {
  /** What the read went on without (merged cells read cell by cell …). */
  readonly readNotes: readonly Message[];
  readonly layout: WpsReadReport["layout"];
}

/**
 * Reads the open workbook, plans the summary and writes it as a new sheet.
 *
 * @param app the WPS application
 * @param options summary options (house style by default)
 * @param overrides the user's corrections to what the reader found
 * @param onProgress called at each step
 * @param now the time of generation
 * @returns the sheet written, the narrative and the findings; rejects with the reader's or writer's bilingual error
 * @example await generateWpsSummary(Application, { language: "zh" })
 */
export async function generateWpsSummary(
  app: WpsApplication,
  options: SummaryOptionsInput = {},
  overrides?: ReaderOverrides,
  onProgress: (p: WpsSummaryProgress) => void = () => undefined,
  now: Date = new Date(),
): Promise<WpsSummaryResult> {
  const resolved = resolveSummaryOptions(options);
  onProgress({ step: "reading" });
  const inventory = inspectSheets(app);
  const report: WpsReadReport = { layout: "none", blocks: 0, notes: [] };
  const toRead = dataSheets(inventory);
  const snapshot = toRead.length === 0 ? { sheets: [] } : await readWpsSnapshot(app, { sheetNames: toRead, withNumberFormats: true }, report);
  onProgress({ step: "planning" });
  const { plan, findings, verdict, ledgerRows, sourceSheets } = summaryFromSnapshot(
    snapshot,
    { ...resolved, generatedAt: resolved.generatedAt ?? localTimestamp(now) },
    { overrides },
  );
  onProgress({ step: "writing", done: 0 });
  const written = writeWpsSummary(app, plan, {
    replacePrevious: resolved.replacePrevious,
    inventory,
    time: now.getTime(),
    onProgress: (done) => onProgress({ step: "writing", done }),
  });
  onProgress({ step: "done" });
  return {
    sheetName: written.sheetName,
    replaced: written.replaced,
    narrative: plan.narrative,
    findings,
    ...(verdict ? { verdict } : {}),
    ...(ledgerRows.length ? { ledgerRows } : {}),
    plan,
    sourceSheets,
    readNotes: report.notes,
    layout: report.layout,
  };
}
