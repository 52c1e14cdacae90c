/**
 * Small lookups over a TableModel that every check needs: which rows are data, which hold a
 * total, the number in a cell, and the address of a run of cells.
 */
import { cellAddress } from "../model/address";
import type { ColumnMeaning, ReadValue, RowMeaning, TableModel } from "../reader/model";
import { tableCell, tableCellAddress } from "../reader/tableCell";
import { shownLabel } from "../reader/shownLabel";

/** One column of a table with its index in `table.columns`. */
export interface ColumnRef {
  readonly index: number;
  readonly meaning: ColumnMeaning;
}

/**
 * The cell of row i × column j, or null when outside the table.
 *
 * @param table the table
 * @param i index into table.rows
 * @param j index into table.columns
 * @returns the read value or null
 */
export function cellOf(table: TableModel, i: number, j: number): ReadValue | null {
  return table.values[i]?.[j] ?? null;
}

/**
 * Whether a cell holds an Excel error ("#N/A", "#REF!" …): no finding is made from one.
 *
 * @param v the read value
 * @returns true for an error cell
 * @example isErrorCell({ value: null, raw: "#N/A" }) // true
 */
export function isErrorCell(v: ReadValue | null): boolean {
  return typeof v?.raw === "string" && /^#[A-Z/0!?]+/.test(v.raw.trim());
}

/**
 * The number of a cell, or undefined when it is missing, an error or outside the table.
 *
 * @param table the table
 * @param i row index
 * @param j column index
 * @returns the number
 */
export function numberAt(table: TableModel, i: number, j: number): number | undefined {
  const v = cellOf(table, i, j);
  return v && v.value !== null && Number.isFinite(v.value) ? v.value : undefined;
}

/**
 * The rows to add up: data rows (regions, industries, category rows of a region).
 *
 * @param table the table
 * @returns row indexes
 */
export function dataRows(table: TableModel): number[] {
  return table.rows.flatMap((r, i) => (r.role === "data" ? [i] : []));
}

/**
 * The rows that state a grand total (合计, 总计, 全州合计).
 *
 * @param table the table
 * @returns row indexes
 */
export function totalRows(table: TableModel): number[] {
  return table.rows.flatMap((r, i) => (r.role === "total" ? [i] : []));
}

/**
 * The A1 address of a cell of the table.
 *
 * @param table the table
 * @param i row index
 * @param j column index
 * @returns e.g. "B5"
 */
export function addressOf(table: TableModel, i: number, j: number): string {
  return tableCellAddress(table, i, j);
}

/**
 * The address of a column over some rows: "B6:B15" when they are contiguous, else a list.
 *
 * @param table the table
 * @param rows row indexes
 * @param j column index
 * @returns the address text
 */
export function columnRunAddress(table: TableModel, rows: readonly number[], j: number): string {
  if (rows.length === 0) return "";
  // The run lies down a sheet column, or along a sheet row for a table read turned (tableCell).
  const ordered = [...rows].sort((a, b) => table.rows[a].row - table.rows[b].row);
  const first = tableCell(table, ordered[0], j);
  const last = tableCell(table, ordered[ordered.length - 1], j);
  return ordered.length === 1 || (first.row === last.row && first.column === last.column)
    ? cellAddress(first.row, first.column)
    : `${cellAddress(first.row, first.column)}:${cellAddress(last.row, last.column)}`;
}

/**
 * A label for a row in messages: its region, or its text as written.
 *
 * @param row the row
 * @returns the label
 */
export function rowLabel(row: RowMeaning): string {
  return shownLabel(row);
}

/**
 * A label for a column in messages: its header path.
 *
 * @param column the column
 * @returns e.g. "事故起数/本期"
 */
export function columnLabel(column: ColumnMeaning): string {
  return column.headerPath.filter(Boolean).join("/");
}

/**
 * Whether two columns speak of the same period and group (so parts and totals pair up).
 *
 * @param a one column
 * @param b another
 * @returns true when role, period label and industry group agree
 */
export function samePeriodAndGroup(a: ColumnMeaning, b: ColumnMeaning): boolean {
  return a.role === b.role && (a.periodLabel ?? "") === (b.periodLabel ?? "") && (a.industry ?? "") === (b.industry ?? "");
}

/** Numbers as messages print them: up to 4 decimals, no float noise; very large ones as JavaScript writes them (1e+308), never "Infinity". */
export function show(x: number | null): string {
  if (x === null || !Number.isFinite(x)) return "—";
  if (Math.abs(x) >= 1e15) return String(x);
  return String(Math.round(x * 10000) / 10000);
}
