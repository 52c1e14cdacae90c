/**
 * The workbench's 下载汇总工作簿 / Download summary workbook: the same .summary.xlsx the command
 * line writes (the user's package kept byte for byte, plus the summary sheet and its native
 * charts), made in the browser from the bytes of the opened file — nothing is uploaded. The page
 * imports this module only when the button is pressed, so neither the workbench's first load nor
 * the task pane's bundle carries the package writer.
 */
import { readWorkbook } from "../core/reader/readWorkbook";
import { workbookFacts } from "../core/facts";
import { planSummary } from "../core/summary/planSummary";
import { workbookToSnapshot } from "../xlsx/snapshot";
import { openWorkbookFile } from "../xlsx/openWorkbookFile";
import { streamWorkbook } from "../xlsx/stream/streamWorkbook";
import { writeSummaryPackage } from "../xlsx/summary/writeSummaryPackage";
import { saveDownload } from "../taskpane/saveDownload";
import { summaryFileName } from "../xlsx/summaryFileName";

/** The file name of the summary of a workbook, as the command line names it. */
export { summaryFileName };

/**
 * Makes the summary workbook of an opened file.
 *
 * @param bytes the file as it was opened
 * @param name its file name
 * @returns the new file's name and bytes; rejects with a bilingual message for a file the reader refuses
 */
export async function makeSummaryWorkbook(bytes: ArrayBuffer, name: string): Promise<{ name: string; bytes: Uint8Array; sheetName: string }> {
  const { pkg } = await openWorkbookFile(new Uint8Array(bytes), name);
  const model = readWorkbook(workbookToSnapshot(await streamWorkbook(pkg, name)));
  const written = await writeSummaryPackage(pkg, planSummary(workbookFacts(model)));
  return { name: summaryFileName(name), bytes: written.bytes, sheetName: written.sheetName };
}

/**
 * Makes the summary workbook and hands it to the browser as a download.
 *
 * @param bytes the opened file
 * @param name its file name
 * @returns when the download has been started
 */
export async function downloadSummaryWorkbook(bytes: ArrayBuffer, name: string): Promise<void> {
  const made = await makeSummaryWorkbook(bytes, name);
  const type = made.name.endsWith(".xlsm")
    ? "application/vnd.ms-excel.sheet.macroEnabled.12"
    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  saveDownload(made.bytes, made.name, type);
}
