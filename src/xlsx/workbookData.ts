/**
 * A plain in-memory workbook: what an .xlsx file holds that the add-in reads or writes.
 * Shared by the command line, the in-memory Excel test host and the browser workbench,
 * so it stays free of Node-only APIs.
 */
import type { SheetLedgers } from "../core/ledger/readLedgers";
import type { MergedArea } from "../core/model/snapshot";

/** One sheet, dense from A1 to the last used cell. */
export interface SheetData {
  name: string;
  /** As `Range.values` gives them: numbers, strings ("" for blank), booleans; dates as serials; errors as "#N/A". */
  values: unknown[][];
  /**
   * The formula of each formula cell ("=SUM(A1:A3)"), "" for every other cell. A text cell whose
   * text starts with "=" is a value, not a formula: nothing that was text in the file is ever
   * evaluated. (Office.js's `Range.formulas` gives such a text back with the "=", office-js#6687;
   * the in-memory host answers `formulas` as Excel does, from these and the values.)
   */
  formulas: unknown[][];
  /** As `Range.numberFormat` gives them ("General" where none is set). */
  numberFormats: string[][];
  merges: MergedArea[];
  /** 0-based rows that are hidden. */
  hiddenRows: number[];
  /** Column widths in Excel's character units, where set. */
  columnWidths: (number | undefined)[];
  /** Sheet visibility, as Excel names it. */
  visibility: "Visible" | "Hidden" | "VeryHidden";
  /** Our mark's value (src/core/summary/sheetMark.ts) when Bureau Stats wrote the sheet: output, never data. */
  mark?: string;
  /**
   * The sheet's ledgers, read as its rows streamed (the command line asks for this): the rows they
   * claim are blank in `values`, and the reader takes these instead of reading the rows again.
   */
  ledgers?: SheetLedgers;
  /**
   * Rows at the sheet's end that its ledger took as they streamed, kept nowhere: the sheet runs to
   * `values.length + takenRows` rows, and `ledgers` is all there is of them.
   */
  takenRows?: number;
}

/** The sheets of a workbook, in tab order. */
export interface WorkbookData {
  sheets: SheetData[];
  /** The file name, where known. */
  name?: string;
}

/**
 * An empty sheet of a given size.
 *
 * @param name the sheet name
 * @param rows rows, 0 or more
 * @param columns columns, 0 or more
 * @returns a sheet with "" values and General formats
 * @example emptySheet("汇总", 2, 3).values // [["","",""],["","",""]]
 */
export function emptySheet(name: string, rows = 0, columns = 0): SheetData {
  const grid = <T>(fill: T): T[][] => Array.from({ length: rows }, () => new Array<T>(columns).fill(fill));
  return {
    name,
    values: grid<unknown>(""),
    formulas: grid<unknown>(""),
    numberFormats: grid("General"),
    merges: [],
    hiddenRows: [],
    columnWidths: [],
    visibility: "Visible",
  };
}
