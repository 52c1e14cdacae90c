/**
 * What the reader sees of a loaded workbook ({@link WorkbookData} → {@link WorkbookSnapshot}).
 * A module of its own so the command line's streaming path never loads ExcelJS (loadXlsx.ts),
 * which took a third of a second of every run to start.
 */
import type { SheetSnapshot, WorkbookSnapshot } from "../core/model/snapshot";
import { readsAsData } from "../core/summary/sheetMark";
import type { WorkbookData } from "./workbookData";

/**
 * What the reader sees of a loaded workbook: its sheets, without those Bureau Stats wrote as
 * output (a summary, a cover, 报送情况: they carry our mark; readsAsData in sheetMark.ts). A
 * consolidation's tables are data and are read.
 *
 * @param workbook the loaded workbook
 * @param sheetNames the sheets to include; by default every sheet without our mark
 * @returns the snapshot, origin at A1, with formulas and number formats
 * @example readWorkbook(workbookToSnapshot(await loadXlsx(bytes)))
 */
export function workbookToSnapshot(workbook: WorkbookData, sheetNames?: readonly string[]): WorkbookSnapshot {
  const chosen = sheetNames ? workbook.sheets.filter((s) => sheetNames.includes(s.name)) : workbook.sheets.filter((s) => readsAsData(s.mark));
  const sheets: SheetSnapshot[] = chosen.map((s) => ({
    name: s.name,
    originRow: 0,
    originColumn: 0,
    values: s.values,
    formulas: s.formulas,
    numberFormats: s.numberFormats,
    merges: s.merges,
    hiddenRows: s.hiddenRows,
  }));
  return { sheets, name: workbook.name };
}
