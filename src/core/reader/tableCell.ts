/**
 * The sheet cell of a table's value, whichever way the table lies: a table read turned (periods
 * in rows, `transposed`) keeps row i's cells in a sheet column and column j's in a sheet row.
 * Every address built from a table goes through here, so the two orientations never need two
 * copies of a rule.
 */
import { cellAddress } from "../model/address";
import type { TableModel } from "./model";

/**
 * The sheet coordinates of row i × column j of a table.
 *
 * @param table the table
 * @param i index into table.rows
 * @param j index into table.columns
 * @returns 0-based sheet row and column
 * @example tableCell(layoutA, 0, 1) // { row: 4, column: 1 } (B5)
 */
export function tableCell(table: Pick<TableModel, "rows" | "columns" | "transposed">, i: number, j: number): { row: number; column: number } {
  const a = table.rows[i].row;
  const b = table.columns[j].column;
  return table.transposed ? { row: b, column: a } : { row: a, column: b };
}

/**
 * The A1 address (without the sheet) of row i × column j of a table.
 *
 * @param table the table
 * @param i index into table.rows
 * @param j index into table.columns
 * @returns e.g. "B5"
 * @example tableCellAddress(layoutA, 0, 1) // "B5"
 */
export function tableCellAddress(table: Pick<TableModel, "rows" | "columns" | "transposed">, i: number, j: number): string {
  const { row, column } = tableCell(table, i, j);
  return cellAddress(row, column);
}
