/**
 * Rectangles of cells: parsing addresses, writing them, overlap, quoted sheet names.
 */
import { parseCellAddress, rangeAddress } from "../core/model/address";
import type { MergedArea } from "../core/model/snapshot";
import { HostError } from "./proxy";
import { usedRect, type HostSheet } from "./state";

export interface RangeTarget {
  sheet: HostSheet;
  rect: MergedArea;
}

export function parseRect(address: string): MergedArea {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b] = bare.split(":");
  const start = parseCellAddress(a);
  const end = parseCellAddress(b ?? a);
  if (!start || !end) throw new HostError("InvalidArgument", `The address '${address}' is not valid.`);
  return {
    row: Math.min(start.row, end.row),
    column: Math.min(start.column, end.column),
    rowCount: Math.abs(end.row - start.row) + 1,
    columnCount: Math.abs(end.column - start.column) + 1,
  };
}

export function fullRect(sheet: HostSheet): MergedArea {
  return usedRect(sheet) ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 };
}

export function rectAddress(rect: MergedArea): string {
  return rangeAddress(rect.row, rect.column, rect.rowCount, rect.columnCount);
}

export function overlaps(a: MergedArea, b: MergedArea): boolean {
  return a.row < b.row + b.rowCount && b.row < a.row + a.rowCount && a.column < b.column + b.columnCount && b.column < a.column + a.columnCount;
}

/** A sheet name as it appears in an address, quoted where Excel would quote it. */
export function quoteIfNeeded(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
