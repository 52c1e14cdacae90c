/**
 * Which rows of a sheet the workbench's grid draws: the rows in view and a margin around them,
 * with the height of the rows above and below kept by two spacer rows. A 100,000-row ledger then
 * scrolls whole, and drawing it lays out some fifty rows, not every row (issue 28: no main-thread
 * task over 200 ms; the grid's layout and paint were the last long tasks).
 */

/** A merged area, 0-based (HostSheet.merges). */
export interface MergedArea {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** The rows drawn, [start, end), and the heights in px the spacers keep for the rows not drawn. */
export interface GridWindow {
  readonly start: number;
  readonly end: number;
  readonly above: number;
  readonly below: number;
}

/** Excel's default row height, 15 pt, in CSS px. */
export const DEFAULT_ROW_PX = 20;

/** Rows drawn beyond the view on each side, so a scroll shows drawn rows before the next frame. */
const MARGIN_ROWS = 10;
const STEP_ROWS = 10;

/**
 * The top of every row in px, and the total height after the last: prefix sums of the rows'
 * heights (a row's own height in points where the sheet sets one, else Excel's default).
 *
 * @param rows how many rows the grid has
 * @param rowHeights the sheet's row heights in points, by 0-based row
 * @returns rows + 1 offsets; offsets[r] is the top of row r, offsets[rows] the total height
 * @example rowOffsets(3, new Map([[1, 30]])) // Float64Array [0, 20, 60, 80]
 */
export function rowOffsets(rows: number, rowHeights: ReadonlyMap<number, number>): Float64Array {
  const offsets = new Float64Array(rows + 1);
  for (let r = 0; r < rows; r++) offsets[r + 1] = offsets[r] + rowPx(rowHeights, r);
  return offsets;
}

/**
 * A row's height in CSS px: its height in points × 4/3, else the default.
 *
 * @param rowHeights the sheet's row heights in points
 * @param row 0-based row
 * @returns px
 * @example rowPx(new Map([[0, 30]]), 0) // 40
 */
export function rowPx(rowHeights: ReadonlyMap<number, number>, row: number): number {
  const points = rowHeights.get(row);
  return points === undefined || !(points > 0) ? DEFAULT_ROW_PX : Math.round((points * 4) / 3);
}

/**
 * The rows to draw for a view: those between scrollTop and scrollTop + viewHeight, a margin on each
 * side (edges rounded to 10 rows), widened so that no merged area is cut (a merge starting above the window draws from its
 * first row), and always the row `keep` (the selected cell's) when given.
 *
 * @param offsets rowOffsets of the grid
 * @param scrollTop the scroller's scrollTop, in px below the header
 * @param viewHeight the scroller's height in px
 * @param merges the sheet's merged areas
 * @returns the window
 * @example gridWindow(rowOffsets(1000, new Map()), 2000, 600, []) // { start: 90, end: 150, above: 1800, below: 17000 }
 */
export function gridWindow(offsets: Float64Array, scrollTop: number, viewHeight: number, merges: readonly MergedArea[]): GridWindow {
  const rows = offsets.length - 1;
  const first = rowAt(offsets, Math.max(0, scrollTop));
  const last = rowAt(offsets, Math.max(0, scrollTop + Math.max(viewHeight, DEFAULT_ROW_PX)));
  // Edges on multiples of STEP_ROWS: a scroll of a few rows draws nothing new.
  let start = Math.max(0, Math.floor((first - MARGIN_ROWS) / STEP_ROWS) * STEP_ROWS);
  let end = Math.min(rows, Math.ceil((last + 1 + MARGIN_ROWS) / STEP_ROWS) * STEP_ROWS);
  // A merge crossing an edge of the window widens it; one pass may reveal another merge, so repeat.
  for (let changed = true; changed;) {
    changed = false;
    for (const m of merges) {
      const top = m.row;
      const bottom = Math.min(rows, m.row + m.rowCount);
      if (top < start && bottom > start) {
        start = top;
        changed = true;
      }
      if (top < end && bottom > end) {
        end = bottom;
        changed = true;
      }
    }
  }
  return { start, end, above: offsets[start], below: offsets[rows] - offsets[end] };
}

/** The row whose box holds the px offset y (the last row when y is past the end). */
function rowAt(offsets: Float64Array, y: number): number {
  let low = 0;
  let high = offsets.length - 2;
  if (high < 0) return 0;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (offsets[mid] <= y) low = mid;
    else high = mid - 1;
  }
  return low;
}
