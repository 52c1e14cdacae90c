/**
 * A file whose every sheet is output of ours (a summary without its source; a consolidation's
 * tables are data, so a consolidation is read) holds nothing to read: it is skipped with a message, never summarised or consolidated.
 */
import { MESSAGES, MessageError } from "../core/messages";
import { readsAsData } from "../core/summary/sheetMark";
import type { WorkbookData } from "./workbookData";

/** Thrown for a file this tool wrote: a skip, not a failure. */
export class OwnOutputSkipped extends MessageError {}

/**
 * Refuses a workbook made only of sheets we wrote as output; read as a county return (`asReturn`),
 * also a consolidation we wrote (its tables are the prefecture's data, never a county's: consolidating
 * a folder twice would count the prefecture as a county).
 *
 * @param data the workbook as streamed (with marks)
 * @param fileName its name, for the message
 * @param purpose `{ asReturn: true }` when the file is read as a county return
 * @returns nothing; throws {@link OwnOutputSkipped} when no sheet is data for this purpose
 * @example assertNotOwnOutput(await streamWorkbook(pkg, "汇总.xlsx"), "汇总.xlsx")
 */
export function assertNotOwnOutput(data: WorkbookData, fileName: string, purpose: { asReturn?: boolean } = {}): void {
  if (data.sheets.length === 0) return;
  if (purpose.asReturn && data.sheets.every((sheet) => sheet.mark)) throw new OwnOutputSkipped(MESSAGES.cli.skippedConsolidation(fileName));
  if (data.sheets.every((sheet) => !readsAsData(sheet.mark))) throw new OwnOutputSkipped(MESSAGES.cli.skippedOwnFile(fileName));
}
