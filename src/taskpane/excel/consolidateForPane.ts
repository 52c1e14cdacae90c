/**
 * 合并各县报表 for the pane: the picked county returns are read in the page (the same streaming
 * reader as the command line, hostile files refused) and their consolidation is written into the
 * open workbook as new sheets. Loaded only when the user consolidates, so JSZip and the reader's
 * XML parser stay out of the pane's first load.
 */
import type { ConsolidationPlan } from "../../core/consolidate/planConsolidation";
import type { CountyReturn } from "../../core/consolidate/types";
import { messageLine } from "../../core/messages";
import { localTimestamp } from "../../core/summary/provenance";
import { writeConsolidation } from "../../excel/writeConsolidation";
import { readCountyReturn } from "../../xlsx/readCountyReturn";
import type { PaneOptions } from "../options";
import type { ConsolidateResult, ReturnFile } from "../services";
import { toSummaryOptions } from "./summaryAdapter";
import type { ExcelRunner } from "./excelServices";

/**
 * Reads the returns and writes their consolidation in one batch.
 *
 * @param run the Excel runner (Excel.run, or the workbench host's)
 * @param files the picked files with their bytes
 * @param options the pane's options (language, report style)
 * @param onWritten told the plan the writer carried out (the workbench keeps it for its download)
 * @returns the sheets written and what the pane shows; rejects with the writer's bilingual error
 * @example await consolidateForPane(Excel.run, files, options)
 */
export async function consolidateForPane(
  run: ExcelRunner,
  files: readonly ReturnFile[],
  options: PaneOptions,
  onWritten?: (plan: ConsolidationPlan) => void,
): Promise<ConsolidateResult> {
  const returns: CountyReturn[] = [];
  const unreadable: { fileName: string; reason: string }[] = [];
  for (const file of files) {
    try {
      returns.push(await readCountyReturn(file.bytes, file.name, { modified: file.modified }));
    } catch (error) {
      // The reader's refusal in catalogue words (zh / en), never a library's or a bug's text.
      unreadable.push({ fileName: file.name, reason: messageLine(error) });
    }
  }
  const language = options.language;
  // The clock is read here, outside core: the summary says when it was generated.
  const summary = { ...toSummaryOptions(options), generatedAt: localTimestamp(new Date()) };
  const written = await run((context) => writeConsolidation(context, returns, { language, unreadable, summary }));
  onWritten?.(written.plan);
  const c = written.plan.consolidation;
  return {
    sheets: written.sheets,
    counted: c.byCounty.length,
    ...(c.period ? { period: c.period } : {}),
    missing: c.missing,
    notes: c.reconciliations.filter((r) => r.kind !== "missing").map((r) => r.message[language]),
  };
}
