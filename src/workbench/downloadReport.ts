/**
 * The workbench's 下载报告 / Download report: the same .docx report the command line writes
 * (`bureau-stats report`), made in the browser from the bytes of the opened file — nothing is
 * uploaded. It runs in the file-maker worker (worker/fileMaker.ts), so the page's main thread never
 * carries the .docx writer.
 */
import { readWorkbook } from "../core/reader/readWorkbook";
import { planReport } from "../core/report/planReport";
import { localTimestamp } from "../core/summary/provenance";
import { writeReport } from "../docx/writeReport";
import { workbookToSnapshot } from "../xlsx/snapshot";
import { openWorkbookFile } from "../xlsx/openWorkbookFile";
import { streamWorkbook } from "../xlsx/stream/streamWorkbook";

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
 * @returns the report's name and bytes, and how many figures of its text trace to source cells
 */
export async function makeReport(
  bytes: ArrayBuffer,
  name: string,
  language: "zh" | "en",
  now: Date,
): Promise<{ name: string; bytes: Uint8Array; figures: number; traced: number }> {
  const { pkg } = await openWorkbookFile(new Uint8Array(bytes), name);
  const model = readWorkbook(workbookToSnapshot(await streamWorkbook(pkg, name)));
  const plan = planReport(model, { language, sourceName: name, generatedAt: localTimestamp(now) });
  const docx = await writeReport(plan, { date: now });
  return { name: reportFileName(name), bytes: docx, figures: plan.figures.length, traced: plan.figures.filter((f) => f.source).length };
}
