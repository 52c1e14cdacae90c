/**
 * The imitated sheet's grid and geometry: Excel's limits, default column width (characters) and
 * row height (points), and where a column or row starts in points — what ET's Left/Top/Width/Height
 * give and where a chart placed at points lands.
 */
import { POINTS_PER_CHARACTER } from "../core/summary/plan";
import type { HostSheet } from "../host/state";

/** Excel's grid. */
export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;
/** Excel's default column width in characters and row height in points. */
export const DEFAULT_COLUMN_WIDTH = 8.43;
export const DEFAULT_ROW_HEIGHT = 15;

/** Left edge of a column in points. */
export function columnLeft(sheet: HostSheet, column: number): number {
  let points = 0;
  for (let c = 0; c < column; c++) points += (sheet.columnWidths[c] ?? DEFAULT_COLUMN_WIDTH) * POINTS_PER_CHARACTER;
  return points;
}

/** Top edge of a row in points. */
export function rowTop(sheet: HostSheet, row: number): number {
  let points = 0;
  for (let r = 0; r < row; r++) points += sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT;
  return points;
}
