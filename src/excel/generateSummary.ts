/**
 * The whole one-click flow inside one Excel batch: read the workbook in chunks → readWorkbook
 * (with the user's corrections) → planSummary → writeSummary. Progress is reported per step
 * (reading chunk i/n, planning, writing) for the task pane and the ribbon.
 */
import type { ReaderOverrides } from "../core/reader/model";
import { summaryFromSnapshot, type SummaryOfSnapshot } from "../core/pipeline/summaryFromSnapshot";
import { resolveSummaryOptions, type SummaryOptionsInput } from "../core/summary/options";
import { localTimestamp } from "../core/summary/provenance";
import { dataSheets as sheetsToRead } from "../core/summary/sheetInventory";
import type { SummaryOutcome } from "../core/summary/summaryOutcome";
import { readWorkbookSnapshot, type ReadNote, type ReadReport } from "./readWorkbook";
import { inspectSheets, writeSummary } from "./writeSummary";

/** Reads the data sheets and plans the summary (core's one pipeline): the model, the plan, the 核对 for the pane, and the read's syncs and notes. */
export type SummaryPlanner = (
  context: Excel.RequestContext,
  dataSheets: readonly string[],
  options: SummaryOptionsInput,
  overrides: ReaderOverrides | undefined,
  onProgress: (p: SummaryProgress) => void,
) => Promise<Omit<SummaryOfSnapshot, "facts"> & { readonly report: ReadReport }>;

/** Reads the data sheets through Office.js in chunks, then reads and plans them. */
const readAndPlan: SummaryPlanner = async (context, dataSheets, options, overrides, onProgress) => {
  const report: ReadReport = { syncs: 0, chunks: 0 };
  const snapshot =
    dataSheets.length === 0
      ? { sheets: [] }
      : await readWorkbookSnapshot(
          context,
          { sheetNames: [...dataSheets], withNumberFormats: true, onProgress: (done, total) => onProgress({ step: "reading", done, total }) },
          report,
        );
  onProgress({ step: "planning" });
  return { ...summaryFromSnapshot(snapshot, options, { overrides }), report };
};

/** One progress step. */
export interface SummaryProgress {
  readonly step: "reading" | "planning" | "writing" | "done";
  /** For reading: chunks done and in all; for writing: 0 to 1. */
  readonly done?: number;
  readonly total?: number;
}

/** What the flow did. */
export interface GenerateSummaryResult extends SummaryOutcome {
  /** What the read went on without (a sheet's merged cells, say), bilingual, for the pane and the ribbon. */
  readonly readNotes: readonly ReadNote[];
  /** context.sync() calls of the read (the sheet inventory included) and of the write. */
  readonly readSyncs: number;
  readonly writeSyncs: number;
}

/**
 * Reads the open workbook, plans the summary and writes it as a new sheet.
 *
 * @param context the request context (`Excel.run`'s, or the test host's)
 * @param options summary options (house style by default)
 * @param overrides the user's corrections to what the reader found
 * @param onProgress called at each step
 * @param planner reads the data sheets and plans the summary; by default through Office.js here
 *   (the workbench plans in its worker, from the file it already read)
 * @returns the sheet written, the narrative, the findings and the sync counts; rejects with the
 *   writer's bilingual error (after it deleted the partial sheet)
 * @example await runExcel((context) => generateSummary(context, { language: "zh" }))
 */
export async function generateSummary(
  context: Excel.RequestContext,
  options: SummaryOptionsInput = {},
  overrides?: ReaderOverrides,
  onProgress: (p: SummaryProgress) => void = () => undefined,
  planner?: SummaryPlanner,
): Promise<GenerateSummaryResult> {
  const resolved = resolveSummaryOptions(options);
  onProgress({ step: "reading", done: 0, total: 1 });
  const { inventory, syncs: inspectSyncs } = await inspectSheets(context);
  const dataSheets = sheetsToRead(inventory);
  // The clock is read here, outside core: the sheet says when it was generated (生成于…).
  const planOptions = { ...resolved, generatedAt: resolved.generatedAt ?? localTimestamp(new Date()) };
  const { plan, findings, verdict, ledgerRows, sourceSheets, report } = await (planner ?? readAndPlan)(context, dataSheets, planOptions, overrides, onProgress);
  onProgress({ step: "writing", done: 0 });
  const written = await writeSummary(context, plan, {
    replacePrevious: resolved.replacePrevious,
    inventory,
    onProgress: (f) => onProgress({ step: "writing", done: f }),
  });
  onProgress({ step: "done" });
  return {
    sheetName: written.sheetName,
    replaced: written.replaced,
    narrative: plan.narrative,
    // The slips, and the same words as the sheet's 核对 (src/core/facts/verdict.ts) for the pane.
    findings,
    ...(verdict ? { verdict } : {}),
    ...(ledgerRows.length ? { ledgerRows } : {}),
    plan,
    sourceSheets,
    readNotes: report.notes ?? [],
    readSyncs: inspectSyncs + report.syncs,
    writeSyncs: written.syncs,
  };
}
