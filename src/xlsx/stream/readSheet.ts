/**
 * One worksheet part, streamed into the reader's grid ({@link SheetData}): values as Excel's
 * `Range.values` gives them (a formula's cached result, shared strings resolved, errors as their
 * text, dates as serial numbers), formulas ("=…" for formula cells, "" for every other cell, shared
 * formulas moved to each cell), number format codes, merged areas, hidden rows and column widths. Only the cells are
 * kept, never the XML; the grid is refused once rows × columns from A1 would pass the cells limit,
 * and every loop is bounded by the grid and the bytes read (sheetBounds.ts). The part is read
 * straight from its bytes (sheetScanner.ts).
 */
import type { MergedArea } from "../../core/model/snapshot";
import { parseCellAddress } from "../../core/model/address";
import type { SheetData } from "../workbookData";
import type { XlsxPackage } from "../package/openPackage";
import { refuse, SHEET_ROWS } from "../package/limits";
import { ChunkFeeder } from "./byteXml";
import { sheetScanner, type ScannedCell } from "./sheetScanner";
import { formulaShifter } from "./sharedFormula";
import { DATE_1904_OFFSET, isDateFormat } from "./numberFormats";
import { blankMergedCells, checkInGrid, ColumnWidths, disjointMerges, rowIndex } from "./sheetBounds";

/** What the sheet reader needs from the rest of the workbook. */
export interface SheetContext {
  readonly strings: readonly string[];
  readonly formats: readonly string[];
  /** Cells kept by earlier sheets (the limit is over the whole workbook). */
  readonly cellsBefore: number;
  /** The workbook counts dates from 1904 (old Mac Excel): its date serials are moved to the 1900 system the reader counts from (as the DOM loader does). */
  readonly date1904?: boolean;
  /** Keep formulas (default true). The command line's reader never looks at them, and skips their cost. */
  readonly withFormulas?: boolean;
  /** Rows to hand out as they stream (a ledger's); the rows taken are not kept in the grid. */
  readonly claims?: RowClaims;
}

/** Rows handed to someone else as the sheet streams (the command line's ledger reader). */
export interface RowClaims {
  /** Called at the end of each row that holds a cell, in sheet order; true when the row is taken. */
  claim(index: number, cells: readonly unknown[]): boolean;
  /**
   * Set by the sheet reader when the rows could not be handed out as a grid would show them (rows
   * out of order, a merged area over a taken row): the sheet must then be read again without claims.
   */
  failed?: boolean;
}

function mergeOf(sheet: string, ref: string): MergedArea | undefined {
  const [a, b] = ref.split(":").map((x) => parseCellAddress(x));
  if (!a) return undefined;
  const end = b ?? a;
  checkInGrid(sheet, a.row, a.column);
  checkInGrid(sheet, end.row, end.column);
  if (end.row < a.row || end.column < a.column) return undefined;
  return { row: a.row, column: a.column, rowCount: end.row - a.row + 1, columnCount: end.column - a.column + 1 };
}

/** A cell's value as `Range.values` gives it. */
function valueOf(cell: ScannedCell, strings: readonly string[]): unknown {
  if (!cell.hasValue) return "";
  switch (cell.type) {
    case "s":
      return strings[Number.isNaN(cell.number) ? Number(cell.text) : cell.number] ?? "";
    case "str":
    case "inlineStr":
    case "e":
      return cell.text ?? "";
    case "b":
      return cell.text === "1" || cell.text === "true";
    default: {
      if (!Number.isNaN(cell.number)) return cell.number;
      const raw = cell.text ?? "";
      const n = Number(raw);
      return raw.trim() === "" || !Number.isFinite(n) ? raw : n;
    }
  }
}

/**
 * Reads a worksheet part.
 *
 * @param pkg the package
 * @param part the worksheet part name
 * @param name the sheet's name
 * @param visibility the sheet's visibility
 * @param context shared strings, format codes and the cells kept so far
 * @returns the sheet, dense from A1 to the last cell holding something
 */
export async function readSheet(pkg: XlsxPackage, part: string, name: string, visibility: SheetData["visibility"], context: SheetContext): Promise<SheetData> {
  const limit = pkg.limits.maxCells;
  const { strings, formats, date1904 } = context;
  const withFormulas = context.withFormulas ?? true;
  // Shared formulas expand into a copy per cell, so their characters are bounded: by a 64th of the
  // inflated-bytes limit (16 MB by default), half a million cells of a 30-character formula. One
  // 8,000-character formula shared over 200,000 cells ran for minutes under the whole 1 GiB in the
  // workbench's worker, the one path that reads formulas from files; now it is refused in ~2 s.
  const formulaLimit = Math.floor(pkg.limits.maxUncompressedBytes / 64);
  let formulaBudget = formulaLimit;
  const rowsValues: unknown[][] = [];
  const rowsFormulas: (unknown[] | undefined)[] = [];
  const rowsFormats: (string[] | undefined)[] = [];
  const hiddenRows: number[] = [];
  const merges: MergedArea[] = [];
  const widths = new ColumnWidths();
  // Whether each cell format shows a date, worked out once per format (not once per cell).
  const dateStyle = new Map<number, boolean>();
  const shared = new Map<string, { formula: string; shift: (rows: number, columns: number) => string; row: number; column: number }>();
  let maxRow = -1;
  let maxColumn = -1;
  let row = -1;
  let nextColumn = 0;
  // The rows taken by claims: from the first to the last (blank rows between are not kept anyway).
  const claims = context.claims;
  let lastEnded = -1;
  let takenFirst = -1;
  let takenLast = -1;
  // With claims, a row's cells wait here until its end, and only a row nobody takes enters the grid:
  // indexed by sheet row, the grid's arrays grew to a million entries for a million-row ledger whose
  // rows were all taken (about 70 MB of heap left to the garbage collector at 1M rows).
  let pendingRow = -1;
  let pendingValues: unknown[] = [];
  let pendingFormulas: unknown[] | undefined;
  let pendingFormats: string[] | undefined;
  // A taken row's formats, emptied for the next row: a ledger whose dates carry a format filled an
  // array for every row only to drop it when the row was taken.
  let spareFormats: string[] | undefined;
  const keepPending = (): void => {
    if (pendingRow < 0) return;
    rowsValues[pendingRow] = pendingValues;
    if (pendingFormulas) rowsFormulas[pendingRow] = pendingFormulas;
    if (pendingFormats) rowsFormats[pendingRow] = pendingFormats;
    pendingRow = -1;
  };
  const pendingFor = (r: number): unknown[] => {
    if (pendingRow === r) return pendingValues;
    keepPending();
    pendingRow = r;
    pendingValues = rowsValues[r] ?? [];
    pendingFormulas = rowsFormulas[r];
    pendingFormats = rowsFormats[r];
    return pendingValues;
  };
  const rowEnded = (): void => {
    if (!claims || claims.failed) return keepPending();
    if (row <= lastEnded) {
      claims.failed = true;
      return keepPending();
    }
    lastEnded = row;
    if (pendingRow !== row) return keepPending();
    if (!claims.claim(row, pendingValues)) return keepPending();
    pendingRow = -1;
    if (pendingFormats) {
      pendingFormats.length = 0;
      spareFormats = pendingFormats;
      pendingFormats = undefined;
    }
    // A row written twice (already in the grid) is taken whole.
    if (rowsValues[row]) {
      rowsValues[row] = undefined as unknown as unknown[];
      rowsFormulas[row] = undefined;
      rowsFormats[row] = undefined;
    }
    if (takenFirst < 0) takenFirst = row;
    takenLast = row;
  };

  const spare = (): string[] => {
    const formatsOfRow = spareFormats ?? [];
    spareFormats = undefined;
    return formatsOfRow;
  };

  const grow = (r: number, c: number): void => {
    if (r <= maxRow && c <= maxColumn) return;
    checkInGrid(name, r, c);
    maxRow = Math.max(maxRow, r);
    maxColumn = Math.max(maxColumn, c);
    const cells = (maxRow + 1) * (maxColumn + 1);
    if (context.cellsBefore + cells > limit) throw refuse.tooManyCells(name, cells, limit);
  };

  const isDate = (s: number, format: string): boolean => {
    let known = dateStyle.get(s);
    if (known === undefined) dateStyle.set(s, (known = isDateFormat(format)));
    return known;
  };

  const cellRead = (cell: ScannedCell): void => {
    if (cell.row >= 0) row = cell.row;
    const column = cell.column >= 0 ? cell.column : nextColumn;
    nextColumn = column + 1;
    let value = valueOf(cell, strings);
    let f = withFormulas ? cell.formula : undefined;
    if (withFormulas && cell.sharedIndex !== undefined) {
      const master = shared.get(cell.sharedIndex);
      if (f) shared.set(cell.sharedIndex, { formula: f, shift: formulaShifter(f), row, column });
      else if (master) {
        formulaBudget -= master.formula.length;
        if (formulaBudget < 0) throw refuse.formulasTooLarge(name, formulaLimit);
        f = master.shift(row - master.row, column - master.column);
      }
    }
    const format = formats[cell.style] ?? "General";
    if (date1904 && typeof value === "number" && isDate(cell.style, format)) value += DATE_1904_OFFSET;
    if (value === "" && !f && format === "General") return;
    if (row > maxRow || column > maxColumn) grow(row, column);
    if (claims) {
      (pendingRow === row ? pendingValues : pendingFor(row))[column] = value;
      if (f) (pendingFormulas ??= [])[column] = `=${f}`;
      if (format !== "General") (pendingFormats ??= spare())[column] = format;
      return;
    }
    (rowsValues[row] ??= [])[column] = value;
    if (f) (rowsFormulas[row] ??= [])[column] = `=${f}`;
    if (format !== "General") (rowsFormats[row] ??= [])[column] = format;
  };

  const feeder = new ChunkFeeder(
    sheetScanner(
      {
        row(index, hidden, written) {
          // A row number the scanner could not read from its digits, or past the grid: the bound's own reading (refused unless it is one).
          row = written !== undefined || index >= SHEET_ROWS ? rowIndex(name, written ?? String(index + 1)) : index >= 0 ? index : row + 1;
          nextColumn = 0;
          if (hidden && row < SHEET_ROWS) hiddenRows.push(row);
        },
        rowEnd: rowEnded,
        cell: cellRead,
        merge(ref) {
          const m = mergeOf(name, ref);
          if (m) merges.push(m);
        },
        column: (min, max, width) => widths.add(min, max, width),
      },
      part,
    ),
    part,
  );
  await pkg.stream(part, (chunk) => feeder.push(chunk));
  feeder.end();
  keepPending();

  // Merged areas count towards the extent, as the DOM loader's used range did.
  for (const m of merges) if (m.rowCount * m.columnCount <= limit) grow(m.row + m.rowCount - 1, m.column + m.columnCount - 1);
  const columns = maxColumn + 1;
  if (claims && takenFirst >= 0 && merges.some((m) => m.row <= takenLast && m.row + m.rowCount - 1 >= takenFirst)) claims.failed = true;
  // A ledger that runs to the sheet's end keeps no row of the grid at all: its rows would each still
  // cost a slot in the three row arrays below (24 MB at a million rows) though all of them are blank.
  const takenRows = claims && !claims.failed && takenFirst >= 0 && nothingFrom(takenFirst, rowsValues, rowsFormulas, merges) ? maxRow + 1 - takenFirst : 0;
  const rows = maxRow + 1 - takenRows;
  const areas = disjointMerges(name, merges, rows, columns);
  const values: unknown[][] = new Array(rows);
  const formulas: unknown[][] = new Array(rows);
  const numberFormats: string[][] = new Array(rows);
  const general: string[] = new Array(columns).fill("General");
  // Rows taken by claims are one shared blank row: a million-row ledger keeps no cells here.
  const taken = Object.freeze(new Array<unknown>(columns).fill("")) as unknown[];
  // Rows without a formula share one row of blanks: a text cell is never taken for a formula.
  const noFormulas: unknown[] = new Array(columns).fill("");
  for (let r = 0; r < rows; r++) {
    if (r >= takenFirst && r <= takenLast && !rowsValues[r]) {
      values[r] = taken;
      formulas[r] = taken;
      numberFormats[r] = general;
      continue;
    }
    const v = rowsValues[r] ?? [];
    const dense: unknown[] = new Array(columns);
    for (let c = 0; c < columns; c++) dense[c] = v[c] ?? "";
    values[r] = dense;
    const f = rowsFormulas[r];
    if (f) {
      const denseF: unknown[] = noFormulas.slice();
      f.forEach((x, c) => (denseF[c] = x));
      formulas[r] = denseF;
    } else formulas[r] = noFormulas;
    const n = rowsFormats[r];
    if (n) {
      const denseN = general.slice();
      n.forEach((x, c) => (denseN[c] = x));
      numberFormats[r] = denseN;
    } else numberFormats[r] = general;
  }
  // Only the top-left cell of a merged area holds the value.
  blankMergedCells(values, formulas, areas);
  const sheet: SheetData = { name, values, formulas, numberFormats, merges: areas, hiddenRows, columnWidths: widths.resolve(columns), visibility };
  if (takenRows === 0) return sheet;
  return { ...sheet, hiddenRows: hiddenRows.filter((r) => r < rows), takenRows };
}

/**
 * Whether the sheet holds nothing from a row down but what a ledger took: no value or formula in
 * any row kept for the grid (a row of blank cells with a date format is nothing) and no merged area.
 */
function nothingFrom(
  first: number,
  rowsValues: readonly (unknown[] | undefined)[],
  rowsFormulas: readonly (unknown[] | undefined)[],
  merges: readonly MergedArea[],
): boolean {
  if (merges.some((m) => m.row + m.rowCount - 1 >= first)) return false;
  for (let r = first; r < rowsValues.length; r++) {
    if (rowsFormulas[r]?.some((f) => f !== undefined && f !== "")) return false;
    const cells = rowsValues[r];
    if (cells) for (let c = 0; c < cells.length; c++) if (cells[c] !== undefined && cells[c] !== "") return false;
  }
  return true;
}
