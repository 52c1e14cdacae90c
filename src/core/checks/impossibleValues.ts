/**
 * 核对: values that cannot be: negative counts and amounts. (More hazards rectified than found is
 * a relation of the forms, checked with the others in parts.ts.)
 */
import { indicatorById } from "../registry/indicators";
import type { Finding, TableModel } from "../reader/model";
import { addressOf, columnLabel, numberAt, rowLabel, show } from "./tableView";
import { finding } from "./finding";
import { MESSAGES } from "../messages";

const AMOUNT_ROLES = new Set(["current", "previous", "value"]);

/**
 * Finds negative values of counted indicators (a fall is a negative change, never a negative count:
 * change columns are not looked at).
 *
 * @param table a table
 * @returns the findings
 * @example checkImpossibleValues(tableWith380RectifiedOf378)[0].kind // "impossible_value"
 */
export function checkImpossibleValues(table: TableModel): Finding[] {
  const findings: Finding[] = [];
  table.columns.forEach((column, j) => {
    if (!AMOUNT_ROLES.has(column.role) || !column.indicator) return;
    if (indicatorById(column.indicator)?.aggregation !== "sum") return;
    table.rows.forEach((row, i) => {
      // A turned table's 同比 row beside an indicator holds changes: a fall there is good news, not a slip.
      if (row.change) return;
      const v = numberAt(table, i, j);
      if (v === undefined || v >= 0) return;
      const cell = addressOf(table, i, j);
      findings.push(
        finding(
          table.sheet,
          "impossible_value",
          { cell, sources: [], stated: v, recomputed: null },
          MESSAGES.checks.negative({ row: rowLabel(row), cell, column: columnLabel(column) }, show(v)),
        ),
      );
    });
  });
  return findings;
}
