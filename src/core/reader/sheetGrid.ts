/**
 * Random access to a sheet snapshot in sheet coordinates, with a merged-area index built
 * once (so looking up the merge that covers a cell is O(1), never a scan of all merges).
 */
import type { MergedArea, SheetSnapshot } from "../model/snapshot";

/** A sheet as the reader walks it. */
export interface SheetGrid {
  readonly sheet: SheetSnapshot;
  /** First and last sheet rows and columns of the snapshot. */
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  /** The raw value at a sheet cell ("" outside the snapshot). */
  value(row: number, column: number): unknown;
  /** The merged area covering a cell, if any. */
  mergeAt(row: number, column: number): MergedArea | undefined;
  /** The value shown at a cell: a merged area's top-left value for every cell it covers. */
  shown(row: number, column: number): unknown;
  isHidden(row: number): boolean;
}

const KEY_STRIDE = 1 << 16;

/**
 * Wraps a snapshot for reading.
 *
 * @param sheet the sheet snapshot
 * @returns the grid with its merge index
 * @example sheetGrid(sheet).shown(13, 0) // "姚安县" for the second row of A13:A14
 */
export function sheetGrid(sheet: SheetSnapshot): SheetGrid {
  const rowCount = sheet.values.length;
  let columnCount = 0;
  // An index, not for…of: a ledger's million rows made a million iterator results here.
  for (let r = 0; r < rowCount; r++) if (sheet.values[r].length > columnCount) columnCount = sheet.values[r].length;
  const top = sheet.originRow;
  const left = sheet.originColumn;
  const bottom = top + rowCount - 1;
  const right = left + columnCount - 1;
  const merges = new Map<number, MergedArea>();
  for (const m of sheet.merges) {
    // Only the part inside the snapshot matters; clip so a whole-column merge costs nothing extra.
    const r0 = Math.max(m.row, top);
    const r1 = Math.min(m.row + m.rowCount - 1, bottom);
    const c0 = Math.max(m.column, left);
    const c1 = Math.min(m.column + m.columnCount - 1, right);
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) merges.set(r * KEY_STRIDE + c, m);
  }
  const hidden = new Set(sheet.hiddenRows ?? []);
  const value = (row: number, column: number): unknown => {
    const cells = sheet.values[row - top];
    if (!cells) return "";
    const v = cells[column - left];
    return v === undefined || v === null ? "" : v;
  };
  const mergeAt = (row: number, column: number) => (merges.size === 0 ? undefined : merges.get(row * KEY_STRIDE + column));
  return {
    sheet,
    top,
    bottom,
    left,
    right,
    value,
    mergeAt,
    shown(row, column) {
      const m = mergeAt(row, column);
      return m ? value(m.row, m.column) : value(row, column);
    },
    isHidden: (row) => hidden.has(row),
  };
}
