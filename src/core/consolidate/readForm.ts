/**
 * One return's form as figures keyed the same way in every return: columns by indicator, role,
 * period group and industry (or by header where no indicator was recognised), rows by label.
 * Stated changes and rates are not read: the consolidation recomputes them from the sums.
 */
import { rangeAddress } from "../model/address";
import { exactSum } from "../numbers/decimal";
import type { ColumnMeaning, TableModel } from "../reader/model";
import { indicatorById } from "../registry/indicators";

/** A column of one return's form. */
export interface ReturnColumn {
  readonly key: string;
  readonly index: number;
  readonly headerPath: readonly string[];
  readonly indicator?: string;
  readonly role: "current" | "previous" | "value";
  /** The unit the return wrote, and the factor the reader applied to reach the base unit. */
  readonly unit?: string;
  readonly unitFactor: number;
  readonly baseUnit?: string;
}

/** A row of one return's form with its figures by column key. */
export interface ReturnRow {
  /** The label as the return writes it, and the key it is matched by in every return. */
  readonly label: string;
  readonly key: string;
  readonly role: "data" | "of_which";
  readonly values: ReadonlyMap<string, number | null>;
}

/** One return's form, read. */
export interface ReturnForm {
  readonly table: TableModel;
  readonly columns: readonly ReturnColumn[];
  readonly rows: readonly ReturnRow[];
  /** The return's totals by column key: its 合计 row, or the sum of its data rows. */
  readonly totals: ReadonlyMap<string, number | null>;
  /** The 合计 row's address, where the return has one. */
  readonly totalRow?: string;
}

const FIGURE_ROLES = new Set(["current", "previous", "value"]);

/** The key a column has in every return. */
function columnKey(c: ColumnMeaning): string {
  const group = `${c.role}|${c.periodGroup ?? ""}|${c.industry ?? ""}`;
  return c.indicator ? `${c.indicator}|${group}` : `header:${c.headerPath.join("/")}|${group}`;
}

/** A row label as the key of a form row: spaces and line breaks removed, full-width forms folded. */
export function rowKey(label: string): string {
  return label.normalize("NFKC").replace(/\s+/g, "");
}

/**
 * Reads the figures of a return's form table.
 *
 * @example readForm(table).totals.get("accident_count|current||") // 5
 */
export function readForm(table: TableModel): ReturnForm {
  const columns: ReturnColumn[] = [];
  table.columns.forEach((c, index) => {
    if (!FIGURE_ROLES.has(c.role)) return;
    const indicator = c.indicator ? indicatorById(c.indicator) : undefined;
    if (!indicator && c.headerPath.length === 0) return;
    columns.push({
      key: columnKey(c),
      index,
      headerPath: c.headerPath,
      ...(c.indicator ? { indicator: c.indicator } : {}),
      role: c.role as ReturnColumn["role"],
      ...(c.unit ? { unit: c.unit } : {}),
      unitFactor: c.unitFactor,
      ...(indicator ? { baseUnit: indicator.baseUnit } : {}),
    });
  });
  const rows: ReturnRow[] = [];
  let totalIndex: number | undefined;
  table.rows.forEach((row, i) => {
    if (row.role === "total" && totalIndex === undefined) totalIndex = i;
    if (row.role !== "data" && row.role !== "of_which") return;
    const values = new Map<string, number | null>();
    for (const c of columns) values.set(c.key, table.values[i][c.index]?.value ?? null);
    rows.push({ label: row.label, key: rowKey(row.label), role: row.role, values });
  });
  const totals = new Map<string, number | null>();
  for (const c of columns) {
    if (totalIndex !== undefined) {
      totals.set(c.key, table.values[totalIndex][c.index]?.value ?? null);
      continue;
    }
    const figures = rows.filter((r) => r.role === "data").flatMap((r) => ((r.values.get(c.key) ?? null) === null ? [] : [r.values.get(c.key) as number]));
    totals.set(c.key, figures.length ? exactSum(figures) : null);
  }
  const first = Math.min(...table.columns.map((c) => c.column));
  const last = Math.max(...table.columns.map((c) => c.column));
  const totalRow = totalIndex !== undefined ? rangeAddress(table.rows[totalIndex].row, first, 1, last - first + 1) : undefined;
  return { table, columns, rows, totals, ...(totalRow ? { totalRow } : {}) };
}
