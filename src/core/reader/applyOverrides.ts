/**
 * The user's corrections from the task pane, applied to what the reader found: a column's
 * indicator or role, which row is the total row, and the report period (`--period`), which picks
 * the current year of a series of years the table's own words left a series (reportYear.ts).
 */
import { indicatorById } from "../registry/indicators";
import type { ReaderOverrides, RowMeaning, TableModel } from "./model";
import { reportMonthsOfBounds, withReportYear } from "./reportYear";

const LABEL_ROLES = new Set(["key", "category", "code", "ignored"]);

/**
 * Applies column and total-row overrides to one table. An overridden column gets confidence 1
 * and no matched alias; a column turned into a label or ignored column loses its values.
 *
 * @param table the table as read
 * @param overrides the user's corrections (only those for this table's id are used)
 * @returns the corrected table (the same object when nothing applies)
 * @example applyTableOverrides(table, { totalRow: { [table.id]: 14 } }).rows.find((r) => r.row === 14)?.role // "total"
 */
export function applyTableOverrides(table: TableModel, overrides: ReaderOverrides | undefined): TableModel {
  return withReportYear(fixedTable(table, overrides), reportMonthsOfBounds(overrides?.reportPeriod));
}

function fixedTable(table: TableModel, overrides: ReaderOverrides | undefined): TableModel {
  const columnFixes = overrides?.columns?.[table.id];
  const totalRow = overrides?.totalRow?.[table.id];
  if (!columnFixes?.length && totalRow === undefined) return table;
  let columns = table.columns;
  let values = table.values;
  if (columnFixes?.length) {
    columns = table.columns.map((c) => {
      const fix = columnFixes.find((f) => f.column === c.column);
      if (!fix) return c;
      const indicator = fix.indicator !== undefined && indicatorById(fix.indicator) ? fix.indicator : c.indicator;
      const { matchedAlias: _alias, resolvedTypo: _typo, ...rest } = c;
      return { ...rest, ...(indicator ? { indicator } : {}), role: fix.role ?? c.role, confidence: 1 };
    });
    values = table.values.map((row) => row.map((v, j) => (LABEL_ROLES.has(columns[j].role) ? null : v)));
  }
  let rows: readonly RowMeaning[] = table.rows;
  if (totalRow !== undefined) {
    rows = table.rows.map((r) => {
      if (r.row === totalRow) {
        const { region: _region, partOf: _partOf, ...rest } = r;
        return { ...rest, role: "total" as const };
      }
      return r.role === "total" ? { ...r, role: "data" as const } : r;
    });
  }
  return { ...table, columns, values, rows };
}
