/**
 * The work bound of the sheet reader, apart from any parser: every loop an attribute or an
 * element count drives is bounded by Excel's grid (1,048,576 × 16,384) and by the bytes read.
 *
 * - Row numbers and cell positions outside the grid are damage, refused before anything grows.
 * - Column widths are kept as runs and resolved once, each column assigned once, however many
 *   `<col min="1" max="16384">` repeat.
 * - Merged areas are clipped to the grid, repeats dropped, and overlapping ones refused (Excel
 *   allows none): what is left is disjoint, so every loop over their cells — here, in the core's
 *   sheet grid, in the host — costs at most the grid's own size.
 */
import type { MergedArea } from "../../core/model/snapshot";
import { cellAddress } from "../../core/model/address";
import { refuse, SHEET_COLUMNS, SHEET_ROWS } from "../package/limits";

/**
 * The 0-based row of a `<row r="…">`, refusing what is not a row of the grid.
 *
 * @param sheet the sheet's name, for the message
 * @param text the attribute
 * @returns the row index
 * @example rowIndex("表1", "3") // 2
 */
export function rowIndex(sheet: string, text: string): number {
  const n = /^\s*\d{1,7}\s*$/.test(text) ? Number(text) : NaN;
  if (!(n >= 1 && n <= SHEET_ROWS)) throw refuse.badRowNumber(sheet, text.slice(0, 20));
  return n - 1;
}

/**
 * Refuses a cell position outside the grid (0-based).
 *
 * @param sheet the sheet's name
 * @param row the row
 * @param column the column
 */
export function checkInGrid(sheet: string, row: number, column: number): void {
  if (!(row >= 0 && row < SHEET_ROWS && column >= 0 && column < SHEET_COLUMNS)) throw refuse.outsideGrid(sheet, row + 1, column + 1);
}

/** Column widths as the `<col>` elements give them: runs, later ones over earlier ones. */
export class ColumnWidths {
  private readonly mins: number[] = [];
  private readonly maxes: number[] = [];
  private readonly widths: number[] = [];

  /**
   * Adds a `<col>` element's run (1-based, inclusive); a run without a usable width or range is ignored.
   *
   * @param min the min attribute
   * @param max the max attribute
   * @param width the width attribute
   */
  add(min: string | undefined, max: string | undefined, width: string | undefined): void {
    const w = Number(width);
    const from = Math.max(1, Math.trunc(Number(min)));
    const to = Math.min(SHEET_COLUMNS, Math.trunc(Number(max)));
    if (!Number.isFinite(w) || !(from <= to)) return;
    this.mins.push(from);
    this.maxes.push(to);
    this.widths.push(w);
  }

  /**
   * The width of each of the first `columns` columns: the last run covering it wins. Runs are
   * read backwards and a column, once given its width, is skipped by a pointer to the next
   * unassigned column, so the work is the number of runs plus the number of columns.
   *
   * @param columns how many columns the sheet has
   * @returns widths by 0-based column (undefined where none is set)
   */
  resolve(columns: number): (number | undefined)[] {
    const out: (number | undefined)[] = new Array(columns).fill(undefined);
    // next[c]: the first column ≥ c not yet assigned (path-halving union-find).
    const next = new Int32Array(columns + 1).map((_x, i) => i);
    const find = (c: number): number => {
      while (next[c] !== c) {
        next[c] = next[next[c]];
        c = next[c];
      }
      return c;
    };
    for (let i = this.widths.length - 1; i >= 0; i--) {
      const last = Math.min(this.maxes[i], columns) - 1;
      for (let c = find(this.mins[i] - 1); c <= last; c = find(c)) {
        out[c] = this.widths[i];
        next[c] = c + 1;
      }
    }
    return out;
  }
}

function contains(m: MergedArea, row: number, column: number): boolean {
  return row >= m.row && row < m.row + m.rowCount && column >= m.column && column < m.column + m.columnCount;
}

function rangeOf(m: MergedArea): string {
  return `${cellAddress(m.row, m.column)}:${cellAddress(m.row + m.rowCount - 1, m.column + m.columnCount - 1)}`;
}

/**
 * The merged areas of a sheet as the reader may use them: clipped to the sheet's grid (an area
 * beyond it covers no cell), repeats dropped; two areas that overlap refuse the file as damaged.
 * Overlap is found with a 2-D difference array over the areas' bounding box: linear in its size
 * and in the number of areas.
 *
 * @param sheet the sheet's name
 * @param merges the areas as read
 * @param rows rows of the grid
 * @param columns columns of the grid
 * @returns disjoint areas inside the grid
 * @example disjointMerges("表1", [a1b2, a1b2], 5, 5) // [a1b2]
 */
export function disjointMerges(sheet: string, merges: readonly MergedArea[], rows: number, columns: number): MergedArea[] {
  const seen = new Set<string>();
  const clipped: MergedArea[] = [];
  for (const m of merges) {
    const rowCount = Math.min(m.row + m.rowCount, rows) - m.row;
    const columnCount = Math.min(m.column + m.columnCount, columns) - m.column;
    if (rowCount < 1 || columnCount < 1) continue;
    const area = { row: m.row, column: m.column, rowCount, columnCount };
    const key = `${area.row},${area.column},${rowCount},${columnCount}`;
    if (seen.has(key)) continue;
    seen.add(key);
    clipped.push(area);
  }
  if (clipped.length < 2) return clipped;
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (const m of clipped) {
    top = Math.min(top, m.row);
    left = Math.min(left, m.column);
    bottom = Math.max(bottom, m.row + m.rowCount);
    right = Math.max(right, m.column + m.columnCount);
  }
  const width = right - left + 1;
  const cover = new Int32Array((bottom - top + 1) * width);
  for (const m of clipped) {
    const r0 = m.row - top;
    const c0 = m.column - left;
    const r1 = r0 + m.rowCount;
    const c1 = c0 + m.columnCount;
    cover[r0 * width + c0]++;
    cover[r0 * width + c1]--;
    cover[r1 * width + c0]--;
    cover[r1 * width + c1]++;
  }
  // Prefix sums along rows, then down columns: cover becomes how many areas hold each cell.
  for (let r = 0; r <= bottom - top; r++) for (let c = 1; c < width; c++) cover[r * width + c] += cover[r * width + c - 1];
  for (let r = 1; r <= bottom - top; r++) {
    for (let c = 0; c < width; c++) {
      const i = r * width + c;
      cover[i] += cover[i - width];
    }
  }
  const twice = cover.findIndex((n) => n > 1);
  if (twice < 0) return clipped;
  const row = top + Math.floor(twice / width);
  const column = left + (twice % width);
  const [a, b] = clipped.filter((m) => contains(m, row, column));
  throw refuse.overlappingMerges(sheet, rangeOf(a), rangeOf(b ?? a));
}

/**
 * Blanks every cell a merged area covers except its top-left one, as Excel's `Range.values` gives
 * them. The areas are disjoint and inside the grid, so this touches each cell at most once.
 *
 * @param values the dense values
 * @param formulas the dense formulas ("" where a cell holds none)
 * @param merges disjoint areas from {@link disjointMerges}
 */
export function blankMergedCells(values: unknown[][], formulas: unknown[][], merges: readonly MergedArea[]): void {
  for (const m of merges)
    for (let r = m.row; r < m.row + m.rowCount; r++)
      for (let c = m.column; c < m.column + m.columnCount; c++) {
        if (r === m.row && c === m.column) continue;
        if (values[r][c] !== "") values[r][c] = "";
        // Rows without formulas share one row of blanks, which already holds "".
        if (formulas[r][c] !== "") formulas[r][c] = "";
      }
}
