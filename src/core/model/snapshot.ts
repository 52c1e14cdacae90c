/**
 * What the reader sees of a workbook: plain data, filled from Office.js by `src/excel/`,
 * from an .xlsx file by the command line, or from the in-memory test host.
 * Rows and columns are 0-based sheet coordinates (row 0, column 0 is A1).
 */

/** A merged area of a sheet. */
export interface MergedArea {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** One sheet's used range as values, with what the reader needs around them. */
export interface SheetSnapshot {
  readonly name: string;
  /** Sheet row and column of values[0][0] (the used range's top-left cell). */
  readonly originRow: number;
  readonly originColumn: number;
  /** As `Range.values` gives them: numbers, strings ("" for blank), booleans; error cells as "#N/A" etc. */
  readonly values: readonly (readonly unknown[])[];
  /** As `Range.formulas` gives them, where read; a formula starts with "=". */
  readonly formulas?: readonly (readonly unknown[])[];
  /** As `Range.numberFormat` gives them, where read. */
  readonly numberFormats?: readonly (readonly string[])[];
  /** Merged areas, in sheet coordinates. */
  readonly merges: readonly MergedArea[];
  /** Sheet rows that are hidden, where known. */
  readonly hiddenRows?: readonly number[];
}

/** The sheets of a workbook that the user chose to read. */
export interface WorkbookSnapshot {
  readonly sheets: readonly SheetSnapshot[];
  /** The workbook's file name, where known. */
  readonly name?: string;
}
