/**
 * 核对: an error value (#REF!, #N/A, #VALUE! …) in a cell that gives a figure. The figure is unavailable,
 * and whatever the summary would take from it (a total, its 同比) is said to be unavailable rather than
 * left out (docs/report-rules.md rule 14; issue 22.4). A #DIV/0! in a stated change or rate column is
 * the formula's answer for a zero base, which the summary recomputes and writes "—": no finding.
 */
import type { Finding, TableModel } from "../reader/model";
import { MESSAGES } from "../messages";
import { finding } from "./finding";
import { addressOf, cellOf, columnLabel, isErrorCell, rowLabel } from "./tableView";

const FIGURE_ROLES = new Set(["current", "previous", "previous_period", "value", "change_abs", "change_pct", "rate"]);
const STATED_RATIOS = new Set(["change_pct", "rate"]);

/**
 * Finds the figure cells of a table that hold an error value.
 *
 * @param table a table
 * @returns one finding per such cell, in reading order
 * @example checkErrorCells(tableWithRefInDeathsTotal)[0].message.zh // "全州合计 E5（死亡人数/本期）为错误值 #REF!，该数字无法使用"
 */
export function checkErrorCells(table: TableModel): Finding[] {
  const findings: Finding[] = [];
  table.rows.forEach((row, i) => {
    table.columns.forEach((column, j) => {
      if (!FIGURE_ROLES.has(column.role) || !(column.indicator ?? row.indicator)) return;
      const v = cellOf(table, i, j);
      if (!isErrorCell(v)) return;
      const error = String(v!.raw).trim();
      if (STATED_RATIOS.has(column.role) && error.startsWith("#DIV/0!")) return;
      const cell = addressOf(table, i, j);
      const at = { row: rowLabel(row), cell, column: columnLabel(column) };
      findings.push(finding(table.sheet, "error_value", { cell, sources: [], stated: null, recomputed: null }, MESSAGES.checks.errorValue(at, error)));
    });
  });
  return findings;
}
