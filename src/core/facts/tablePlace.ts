/**
 * Where in its table a stated fact lies: the table's row and column of its cell. A table of places
 * across read turned (TableSource.rowsAlongColumns) keeps each of its rows along a
 * sheet column, so its rows and columns are the sheet's columns and rows; everything that groups a
 * table's facts by row or by column asks here, never the cell's sheet row or column directly.
 */
import type { Fact } from "./fact";

/**
 * The table row and column of a fact's cell.
 *
 * @param f a fact
 * @param turned whether its table's rows lie along sheet columns (TableSource.rowsAlongColumns)
 * @returns the place, or undefined for a fact of no single cell (a sum, a ledger count)
 * @example tablePlace(factAtB4, true) // { row: 1, column: 3 }: B4 of a turned table is its row 1 (column B), column 3 (sheet row 4)
 */
export function tablePlace(f: Fact, turned: boolean | undefined): { row: number; column: number } | undefined {
  if (f.provenance.kind !== "cell") return undefined;
  const { row, column } = f.provenance.cell;
  return turned ? { row: column, column: row } : { row, column };
}
