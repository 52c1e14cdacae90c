/**
 * 核对: the data rows of a table against its total row, column by column.
 */
import { exactSum, exactDiff } from "../numbers/decimal";
import type { Finding, TableModel } from "../reader/model";
import { addressOf, columnLabel, columnRunAddress, dataRows, isErrorCell, numberAt, show, totalRows } from "./tableView";
import { finding } from "./finding";
import { MESSAGES } from "../messages";
import { overflowFinding } from "./finite";

/** Columns that hold amounts that add up (not percents, rates or labels). */
const ADDITIVE_ROLES = new Set(["current", "previous", "value", "change_abs"]);

/**
 * Finds total rows that do not equal the sum of the data rows (regions, industries, and the
 * category rows of a region), within 0.01. Columns or rows with an error cell are skipped: an
 * error already says the figure is unusable.
 *
 * @param table a table
 * @returns one finding per column whose total disagrees
 * @example checkTotals(tableWithTotal24Over23)[0].recomputed // 23
 */
export function checkTotals(table: TableModel): Finding[] {
  const findings: Finding[] = [];
  const data = dataRows(table);
  if (data.length < 2) return findings;
  for (const t of totalRows(table)) {
    table.columns.forEach((column, j) => {
      if (!ADDITIVE_ROLES.has(column.role) || !column.indicator) return;
      const stated = numberAt(table, t, j);
      if (stated === undefined || isErrorCell(table.values[t][j])) return;
      if (data.some((i) => isErrorCell(table.values[i][j]))) return;
      const parts = data.map((i) => numberAt(table, i, j)).filter((x): x is number => x !== undefined);
      if (parts.length === 0) return;
      const recomputed = exactSum(parts);
      const cell = addressOf(table, t, j);
      const sources = [columnRunAddress(table, data, j)];
      const label = columnLabel(column);
      // Parts past the largest number: the total cannot be checked, and the 核对 says so.
      if (!Number.isFinite(recomputed)) {
        findings.push(overflowFinding(table, cell, label, sources, stated));
        return;
      }
      if (Math.abs(exactDiff(stated, recomputed)) <= 0.01) return;
      findings.push(
        finding(
          table.sheet,
          "total_mismatch",
          { cell, sources, stated, recomputed },
          MESSAGES.checks.totalDoesNotAdd(cell, label, show(stated), show(recomputed), sources[0], show(exactDiff(stated, recomputed))),
        ),
      );
    });
  }
  return findings;
}
