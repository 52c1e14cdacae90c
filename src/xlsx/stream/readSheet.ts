/**
 * One worksheet part, streamed into the reader's grid ({@link SheetData}): values as Excel's
 * `Range.values` gives them (a formula's cached result, shared strings resolved, errors as their
 * text, dates as serial numbers), formulas ("=…" for formula cells only, shared formulas moved to
 * each cell), number format codes, merged areas, hidden rows and column widths. Only the cells are
 * kept, never the XML; the grid is refused once rows × columns from A1 would pass the cells limit,
 * and every loop is bounded by the grid and the bytes read (sheetBounds.ts).
 */
import type { MergedArea } from "../../core/model/snapshot";
import { parseCellAddress } from "../../core/model/address";
import type { SheetData } from "../workbookData";
import type { XlsxPackage } from "../package/openPackage";
import { refuse } from "../package/limits";
import { localName, xmlParser } from "../package/xmlParts";
import { shiftFormula } from "./sharedFormula";
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
}

/**
 * The 0-based row and column of an A1 reference, read from its character codes (the parser sees
 * one per cell, so this is on the hot path).
 */
function cellRef(ref: string): { row: number; column: number } | undefined {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch >= 65 && ch <= 90) column = column * 26 + ch - 64;
    else if (ch === 36 && i === 0) continue;
    else break;
  }
  if (ref.charCodeAt(i) === 36) i++;
  let row = 0;
  const start = i;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch < 48 || ch > 57) return undefined;
    row = row * 10 + ch - 48;
  }
  return column === 0 || i === start || row === 0 ? undefined : { row: row - 1, column: column - 1 };
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
  const withFormulas = context.withFormulas ?? true;
  // Shared formulas expand into a copy per cell: their characters are bounded like inflated bytes.
  let formulaBudget = pkg.limits.maxUncompressedBytes;
  const rowsValues: unknown[][] = [];
  const rowsFormulas: (unknown[] | undefined)[] = [];
  const rowsFormats: (string[] | undefined)[] = [];
  const hiddenRows: number[] = [];
  const merges: MergedArea[] = [];
  const widths = new ColumnWidths();
  // Whether each cell format shows a date, worked out once per format (not once per cell).
  const dateStyle = new Map<number, boolean>();
  const shared = new Map<string, { formula: string; row: number; column: number }>();
  let maxRow = -1;
  let maxColumn = -1;
  let row = -1;
  let nextColumn = 0;
  // The cell being read.
  let column = -1;
  let type = "";
  let style = 0;
  let text: string | undefined;
  let formula: string | undefined;
  let formulaAttrs: Record<string, string> | undefined;
  let inV = false;
  let inF = false;
  let inIs = false;
  let phonetic = 0;

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

  const finishCell = (): void => {
    let value: unknown;
    const raw = text;
    if (raw === undefined) value = "";
    else if (type === "s") value = context.strings[Number(raw)] ?? "";
    else if (type === "inlineStr" || type === "str") value = raw;
    else if (type === "b") value = raw === "1" || raw === "true";
    else if (type === "e") value = raw;
    else {
      const n = Number(raw);
      value = raw.trim() === "" || !Number.isFinite(n) ? raw : n;
    }
    let f = formula;
    if (formulaAttrs?.t === "shared" && formulaAttrs.si !== undefined) {
      const master = shared.get(formulaAttrs.si);
      if (f) shared.set(formulaAttrs.si, { formula: f, row, column });
      else if (master) {
        formulaBudget -= master.formula.length;
        if (formulaBudget < 0) throw refuse.formulasTooLarge(name, pkg.limits.maxUncompressedBytes);
        f = shiftFormula(master.formula, row - master.row, column - master.column);
      }
    }
    const format = context.formats[style] ?? "General";
    if (context.date1904 && typeof value === "number" && isDate(style, format)) value += DATE_1904_OFFSET;
    if (value === "" && !f && format === "General") return;
    grow(row, column);
    (rowsValues[row] ??= [])[column] = value;
    if (f) (rowsFormulas[row] ??= [])[column] = `=${f}`;
    if (format !== "General") (rowsFormats[row] ??= [])[column] = format;
  };

  const parser = xmlParser(part);
  parser.on("opentag", (tag) => {
    const a = tag.attributes as Record<string, string>;
    switch (localName(tag.name)) {
      case "row": {
        row = a.r !== undefined ? rowIndex(name, a.r) : row + 1;
        nextColumn = 0;
        if ((a.hidden === "1" || a.hidden === "true") && row < 1_048_576) hiddenRows.push(row);
        break;
      }
      case "c": {
        const at = a.r ? cellRef(a.r) : undefined;
        if (at) row = at.row;
        column = at ? at.column : nextColumn;
        nextColumn = column + 1;
        type = a.t ?? "n";
        style = a.s ? Number(a.s) : 0;
        text = undefined;
        formula = undefined;
        formulaAttrs = undefined;
        break;
      }
      case "v":
        inV = true;
        text = "";
        break;
      case "f":
        if (!withFormulas) break;
        inF = true;
        formula = "";
        formulaAttrs = a;
        break;
      case "is":
        inIs = true;
        text = "";
        break;
      case "rPh":
        phonetic++;
        break;
      case "mergeCell": {
        const m = a.ref ? mergeOf(name, a.ref) : undefined;
        if (m) merges.push(m);
        break;
      }
      case "col":
        widths.add(a.min, a.max, a.width);
        break;
    }
  });
  parser.on("text", (t) => {
    if (inV || (inIs && phonetic === 0)) text += t;
    else if (inF) formula += t;
  });
  parser.on("closetag", (tag) => {
    switch (localName(tag.name)) {
      case "v":
        inV = false;
        break;
      case "f":
        inF = false;
        break;
      case "is":
        inIs = false;
        break;
      case "rPh":
        phonetic--;
        break;
      case "c":
        finishCell();
        break;
    }
  });
  const decoder = new TextDecoder("utf-8");
  await pkg.stream(part, (chunk) => parser.write(decoder.decode(chunk, { stream: true })));
  parser.write(decoder.decode()).close();

  // Merged areas count towards the extent, as the DOM loader's used range did.
  for (const m of merges) if (m.rowCount * m.columnCount <= limit) grow(m.row + m.rowCount - 1, m.column + m.columnCount - 1);
  const rows = maxRow + 1;
  const columns = maxColumn + 1;
  const areas = disjointMerges(name, merges, rows, columns);
  const values: unknown[][] = new Array(rows);
  const formulas: unknown[][] = new Array(rows);
  const numberFormats: string[][] = new Array(rows);
  const general: string[] = new Array(columns).fill("General");
  for (let r = 0; r < rows; r++) {
    const v = rowsValues[r] ?? [];
    const dense: unknown[] = new Array(columns);
    for (let c = 0; c < columns; c++) dense[c] = v[c] ?? "";
    values[r] = dense;
    const f = rowsFormulas[r];
    if (f) {
      const denseF: unknown[] = dense.slice();
      f.forEach((x, c) => (denseF[c] = x));
      formulas[r] = denseF;
    } else formulas[r] = dense;
    const n = rowsFormats[r];
    if (n) {
      const denseN = general.slice();
      n.forEach((x, c) => (denseN[c] = x));
      numberFormats[r] = denseN;
    } else numberFormats[r] = general;
  }
  // Only the top-left cell of a merged area holds the value.
  blankMergedCells(values, formulas, areas);
  return { name, values, formulas, numberFormats, merges: areas, hiddenRows, columnWidths: widths.resolve(columns), visibility };
}
