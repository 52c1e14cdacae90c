/**
 * A file whose every sheet carries our mark (a consolidation's workbook, a summary without its
 * source) holds nothing to read: it is skipped with a message, never summarised or consolidated.
 */
import { MESSAGES, MessageError } from "../core/messages";
import type { WorkbookData } from "./workbookData";

/** Thrown for a file this tool wrote: a skip, not a failure. */
export class OwnOutputSkipped extends MessageError {}

/**
 * Refuses a workbook made only of sheets we wrote.
 *
 * @param data the workbook as streamed (with marks)
 * @param fileName its name, for the message
 * @returns nothing; throws {@link OwnOutputSkipped} when every sheet is ours
 * @example assertNotOwnOutput(await streamWorkbook(pkg, "汇总.xlsx"), "汇总.xlsx")
 */
export function assertNotOwnOutput(data: WorkbookData, fileName: string): void {
  if (data.sheets.length > 0 && data.sheets.every((sheet) => sheet.mark)) throw new OwnOutputSkipped(MESSAGES.cli.skippedOwnFile(fileName));
}
