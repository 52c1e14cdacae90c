/**
 * Adding up a table's data rows per region: a county that reports several disaster types on
 * separate rows (姚安县: 旱灾 and 风雹) counts once, with its rows summed. Total, subtotal and
 * "其中" rows are never added.
 */
import { exactSum } from "../numbers/decimal";
import type { TableModel } from "./model";

/** One region's sum in one column. */
export interface RegionTotal {
  readonly region: string;
  /** The exact sum of the region's rows; null when every cell was missing. */
  readonly value: number | null;
  /** Sheet rows that were added. */
  readonly rows: readonly number[];
}

/**
 * Sums one column of a table per region (or per label where a row is not a known region).
 *
 * @param table a table from the reader
 * @param column the sheet column to add up
 * @returns one entry per region in first-seen order
 * @example regionTotals(layoutC, 9).find((r) => r.region === "姚安县")?.value // 1586.34 (1430.55 + 155.79)
 */
export function regionTotals(table: TableModel, column: number): RegionTotal[] {
  const j = table.columns.findIndex((c) => c.column === column);
  if (j < 0) return [];
  const groups = new Map<string, { values: number[]; rows: number[] }>();
  table.rows.forEach((row, i) => {
    if (row.role !== "data") return;
    const key = row.region ?? row.label;
    const group = groups.get(key) ?? { values: [], rows: [] };
    groups.set(key, group);
    group.rows.push(row.row);
    const v = table.values[i][j]?.value;
    if (v !== null && v !== undefined) group.values.push(v);
  });
  return [...groups].map(([region, g]) => ({ region, value: g.values.length ? exactSum(g.values) : null, rows: g.rows }));
}

/**
 * The exact sum of one column over the table's data rows (counties, industries), leaving out
 * total, subtotal and "其中" rows.
 *
 * @param table a table from the reader
 * @param column the sheet column
 * @returns the sum, or null when every cell was missing
 * @example dataRowSum(layoutC, 9) // 12322.34
 */
export function dataRowSum(table: TableModel, column: number): number | null {
  const parts = regionTotals(table, column).flatMap((r) => (r.value === null ? [] : [r.value]));
  return parts.length ? exactSum(parts) : null;
}
