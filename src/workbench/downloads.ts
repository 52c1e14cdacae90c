/**
 * The workbench's 下载汇总工作簿 and 下载报告 buttons: the file is made in a worker (opening the
 * package, reading, planning, writing and compressing never run on the page's main thread), then
 * handed to the browser as a download. Nothing is uploaded.
 */
import { saveDownload } from "../taskpane/saveDownload";
import type { ReportShows } from "./downloadReport";
import type { PaneShows } from "./downloadSummary";
import { makeInWorker } from "./worker/makeInWorker";
import { startFileMaker } from "./worker/startFileMaker";

/**
 * Makes the summary workbook of the opened file and starts its download.
 *
 * @param bytes the opened file (copied to the worker)
 * @param name its file name
 * @param shows what the pane shows (the plans it wrote, else its options), as paneWrites.ts keeps them
 * @returns when the download has started; rejects with the reader's refusal
 */
export async function downloadSummaryWorkbook(bytes: ArrayBuffer, name: string, shows: PaneShows): Promise<void> {
  const made = await makeInWorker({ kind: "summary", bytes, name, shows }, startFileMaker());
  saveDownload(made.bytes, made.name, made.type);
}

/**
 * Makes the report of the opened file and starts its download.
 *
 * @param bytes the opened file (copied to the worker)
 * @param name its file name
 * @param language the page's language
 * @param shows the pane's options and corrections, as 生成汇总 takes them (denominators, decimals, the ledger period …)
 * @returns when the download has started; rejects with the reader's refusal
 */
export async function downloadReport(bytes: ArrayBuffer, name: string, language: "zh" | "en", shows: ReportShows): Promise<void> {
  const made = await makeInWorker({ kind: "report", bytes, name, language, now: Date.now(), shows }, startFileMaker());
  saveDownload(made.bytes, made.name, made.type);
}
