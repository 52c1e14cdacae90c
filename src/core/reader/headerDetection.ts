/**
 * Finding header blocks: how strongly a row looks like a header, which rows continue it, the
 * column segments of tables side by side, and the bands of columns separated by empty columns.
 */
import { NO_ROWS, type ClaimedRows } from "../model/rowRange";
import { cleanHeader, headerCore } from "../registry/headerText";
import { matchIndicator } from "../registry/matchIndicator";
import { changeRoleOf, parsePeriod } from "./periods";
import { type SheetGrid } from "./sheetGrid";
import { type Context, kindAt } from "./tableContext";
import { CATEGORY_HEADER, KEY_HEADER } from "./headerColumns";

/** How strongly a text row looks like a table header: indicator names, key words, period words. */
export function headerScore(grid: SheetGrid, row: number, left: number, right: number): { indicators: number; keys: number; periods: number } {
  let indicators = 0;
  let keys = 0;
  let periods = 0;
  for (let c = left; c <= right; c++) {
    const v = grid.value(row, c);
    if (typeof v !== "string" || v.trim() === "") continue;
    const core = headerCore(v);
    if (KEY_HEADER.test(core) || CATEGORY_HEADER.test(core)) keys++;
    else if (parsePeriod(v) || changeRoleOf(v)) periods++;
    else {
      const m = matchIndicator(v);
      if (m && m.confidence >= 0.7) indicators++;
    }
  }
  return { indicators, keys, periods };
}

/** Whether a row continues a header block: text, or blank but covered by merges from above. */
export function continuesHeader(ctx: Context, row: number): boolean {
  const kind = kindAt(ctx, row);
  if (kind === "text") return true;
  if (kind !== "blank") return false;
  for (let c = ctx.left; c <= ctx.right; c++) {
    const m = ctx.grid.mergeAt(row, c);
    if (m && m.row < row) return true;
  }
  return false;
}

/** Columns [first, last] of each header segment, split at empty columns and repeated key headers. */
export function segmentsOf(ctx: Context, first: number, last: number): [number, number][] {
  const { grid } = ctx;
  const occupied: boolean[] = [];
  for (let c = ctx.left; c <= ctx.right; c++) {
    let any = false;
    for (let r = first; r <= last && !any; r++) any = grid.mergeAt(r, c) !== undefined || cleanHeader(grid.value(r, c)) !== "";
    occupied.push(any);
  }
  // A column with no header between two headed ones, whose first body row holds a value (the
  // disaster system's export leaves its region-code column unnamed), belongs to the table; so does
  // an unheaded first column of text labels (a matrix's row labels, a key column left unnamed).
  for (let i = 0; i + 1 < occupied.length; i++) {
    if (occupied[i] || !occupied[i + 1]) continue;
    const below = grid.value(last + 1, ctx.left + i);
    if (i > 0 ? occupied[i - 1] && cleanHeader(below) !== "" : typeof below === "string" && cleanHeader(below) !== "") occupied[i] = true;
  }
  const segments: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= occupied.length; i++) {
    if (i < occupied.length && occupied[i]) {
      if (start === -1) start = i;
    } else if (start !== -1) {
      segments.push([ctx.left + start, ctx.left + i - 1]);
      start = -1;
    }
  }
  // Two tables side by side with no gap: a second key header ("县（市）") starts a new one.
  const split: [number, number][] = [];
  for (const [a, b] of segments) {
    let begin = a;
    for (let c = a + 1; c <= b; c++) {
      const isKey = KEY_HEADER.test(headerCore(grid.value(first, c))) && KEY_HEADER.test(headerCore(grid.value(first, begin)));
      if (isKey && headerCore(grid.value(first, c)) === headerCore(grid.value(first, begin))) {
        split.push([begin, c - 1]);
        begin = c;
      }
    }
    split.push([begin, b]);
  }
  return split;
}

/**
 * Vertical bands of columns separated by columns that are empty in every row. A band whose
 * first column holds mostly numbers is the continuation of the band before it (a table with
 * a blank spacer column), not a table of its own. Rows in `skipRows` (a ledger's) are not looked at.
 */
export function columnBands(grid: SheetGrid, skipRows: ClaimedRows = NO_ROWS): [number, number][] {
  const width = grid.right - grid.left + 1;
  if (width <= 0) return [[grid.left, grid.left]];
  const occupied = new Uint8Array(width);
  const numbers = new Uint32Array(width);
  const texts = new Uint32Array(width);
  for (let r = grid.top; r <= grid.bottom; r++) {
    if (skipRows.has(r)) continue;
    for (let c = grid.left; c <= grid.right; c++) {
      const v = grid.value(r, c);
      if (v === "" || (typeof v === "string" && v.trim() === "")) continue;
      occupied[c - grid.left] = 1;
      if (typeof v === "number") numbers[c - grid.left]++;
      else texts[c - grid.left]++;
    }
  }
  for (const m of grid.sheet.merges) {
    for (let c = Math.max(m.column, grid.left); c <= Math.min(m.column + m.columnCount - 1, grid.right); c++) occupied[c - grid.left] = 1;
  }
  const bands: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= width; i++) {
    if (i < width && occupied[i]) {
      if (start === -1) start = i;
    } else if (start !== -1) {
      const band: [number, number] = [grid.left + start, grid.left + i - 1];
      if (bands.length > 0 && numbers[start] > texts[start]) bands[bands.length - 1][1] = band[1];
      else bands.push(band);
      start = -1;
    }
  }
  return bands.length ? bands : [[grid.left, grid.right]];
}

export function countCells(ctx: Context, row: number): number {
  let n = 0;
  for (let c = ctx.left; c <= ctx.right; c++) if (cleanHeader(ctx.grid.value(row, c)) !== "") n++;
  return n;
}
