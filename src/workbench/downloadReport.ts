/**
 * The workbench's 下载报告 / Download report: the same .docx report the command line writes
 * (`bureau-stats report`), made in the browser from the bytes of the opened file — nothing is
 * uploaded — with the options and the corrections to the reader that 生成汇总 uses (denominators,
 * decimals, the ledger period …), so the report says what the summary says. It runs in the file-maker worker (worker/fileMaker.ts), so the page's main thread never
 * carries the .docx writer.
 */
import { readWorkbook } from "../core/reader/readWorkbook";
import { planReport } from "../core/report/planReport";
import { localTimestamp } from "../core/summary/provenance";
import { writeReport } from "../docx/writeReport";
import { workbookToSnapshot } from "../xlsx/snapshot";
import { openWorkbookFile } from "../xlsx/openWorkbookFile";
import { streamWorkbook } from "../xlsx/stream/streamWorkbook";
import type { PaneShows } from "./downloadSummary";

/** What the report takes of what the pane shows: its options and its corrections to the reader. */
export type ReportShows = Pick<PaneShows, "options" | "overrides">;

/**
 * The report's file name, as the command line names it.
 *
 * @example reportFileName("楚雄.xlsx") // "楚雄.report.docx"
 */
export function reportFileName(name: string): string {
  return `${name.replace(/\.(xls[xm]?|et|csv|txt)$/i, "")}.report.docx`;
}

/**
 * Makes the report of an opened file.
 *
 * @param bytes the file as it was opened
 * @param name its file name
 * @param language zh (公文) or en (a statistical release)
 * @param now the time of generation (the page reads the clock)
 * @param shows the pane's options and corrections (nothing: the house defaults)
 * @returns the report's name and bytes, and how many figures of its text trace to source cells
 */
export async function makeReport(
  bytes: ArrayBuffer,
  name: string,
  language: "zh" | "en",
  now: Date,
  shows: ReportShows = {},
): Promise<{ name: string; bytes: Uint8Array; figures: number; traced: number }> {
  const { pkg } = await openWorkbookFile(new Uint8Array(bytes), name);
  const model = readWorkbook(workbookToSnapshot(await streamWorkbook(pkg, name)), { overrides: shows.overrides ?? {} });
  const plan = planReport(model, { language, sourceName: name, generatedAt: localTimestamp(now), ...(shows.options ? { summary: shows.options } : {}) });
  const docx = await writeReport(plan, { date: now });
  return { name: reportFileName(name), bytes: docx, figures: plan.figures.length, traced: plan.figures.filter((f) => f.source).length };
}
