/**
 * A table as the reader would give it, for the 核对 tests: columns with their meanings, rows with a
 * label, a role and their cells (a number, a text such as "持平", or null for a blank), and anything
 * else a row carries (a turned table's change rows).
 */
import type { ColumnMeaning, RowMeaning, TableModel } from "../../src/core/reader/model";

/** A column's meaning: its role, and whatever else the test needs (indicator, unit, measure …). */
export type Col = Partial<ColumnMeaning> & Pick<ColumnMeaning, "role">;

/**
 * Builds the table: column k is sheet column k + 1 (B, C …), row i is sheet row i + 2.
 *
 * @param columns the value columns, after the key column A
 * @param rows label, role and cells
 * @param rowExtras more for a row, by index
 * @returns the table
 */
export function checkTable(
  columns: Col[],
  rows: [string, RowMeaning["role"], ...(number | string | null)[]][],
  rowExtras: Partial<RowMeaning>[] = [],
): TableModel {
  return {
    kind: "table",
    id: "t",
    sheet: "表",
    address: "A1:Z99",
    headerRows: [0, 0],
    keyKind: "region",
    keyColumn: 0,
    columns: columns.map((c, j) => ({ column: j + 1, headerPath: [c.indicator ?? "", c.role], unitFactor: 1, confidence: 1, ...c })),
    rows: rows.map(([label, role], i) => ({ row: i + 1, label, role, ...rowExtras[i] })),
    values: rows.map(([, , ...vs]) => vs.map((v) => ({ value: typeof v === "number" ? v : null, raw: v }))),
    periods: {},
    confidence: 1,
  };
}
