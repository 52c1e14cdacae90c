/**
 * 核对: stated shares (占比, 占总数比例%) against each row's figure over the whole. The whole is
 * the table's 合计 row where it has one; without one it is the rows themselves, but only when
 * their stated shares add up to about 100 — a list of the top few (shares adding to 60) is a part
 * of a whole the table does not show, and is left alone.
 */
import { formatDecimal, roundedRatio } from "../numbers/decimal";
import type { ColumnMeaning, Finding, TableModel } from "../reader/model";
import { MESSAGES } from "../messages";
import { agreesWithRounding } from "./statedChange";
import { addressOf, columnLabel, dataRows, isErrorCell, numberAt, rowLabel, show, totalRows } from "./tableView";
import { finding } from "./finding";

const FIGURE_ROLES = new Set(["current", "value"]);

/** The figure a share column divides: the nearest counted column to its left, in its period group. */
function shareBase(table: TableModel, j: number): number {
  const share = table.columns[j];
  for (let k = j - 1; k >= 0; k--) {
    const c: ColumnMeaning = table.columns[k];
    if (c.role === "key" || c.role === "category") return -1;
    if (c.indicator && FIGURE_ROLES.has(c.role) && (c.measure === "count" || c.measure === "amount") && c.periodGroup === share.periodGroup) return k;
  }
  return -1;
}

/**
 * Finds stated shares that disagree with figure ÷ whole × 100 at the precision they were
 * written with (shares written as fractions, 0.0603, are read as 6.03%).
 *
 * @param table a table
 * @returns the findings
 * @example checkStatedShares(qingyuan2023)[0].cell // "F4": 95 of 111 deaths printed 80.4%
 */
export function checkStatedShares(table: TableModel): Finding[] {
  const findings: Finding[] = [];
  const data = dataRows(table);
  const total = totalRows(table)[0];
  table.columns.forEach((column, j) => {
    if (column.measure !== "share" || column.indicator) return;
    const bj = shareBase(table, j);
    if (bj < 0) return;
    const stated = data.map((i) => numberAt(table, i, j));
    const figures = data.map((i) => numberAt(table, i, bj));
    if (stated.some((s) => s === undefined) || figures.some((f) => f === undefined)) return;
    // Fractions (every share at most 1, adding to about 1) are percents written as fractions.
    const asFraction = (stated as number[]).every((s) => s >= 0 && s <= 1) && Math.abs((stated as number[]).reduce((a, b) => a + b, 0) - 1) < 0.05;
    const percents = (stated as number[]).map((s) => (asFraction ? Number(`${s}e2`) : s));
    const statedTotal = total === undefined ? undefined : numberAt(table, total, bj);
    let whole: number;
    let wholeCell: string;
    if (statedTotal !== undefined) {
      whole = statedTotal;
      wholeCell = addressOf(table, total!, bj);
    } else {
      const sum = percents.reduce((a, b) => a + b, 0);
      if (Math.abs(sum - 100) > 5) return;
      whole = (figures as number[]).reduce((a, b) => a + b, 0);
      wholeCell = `${addressOf(table, data[0], bj)}:${addressOf(table, data[data.length - 1], bj)}`;
    }
    if (whole <= 0) return;
    data.forEach((i, n) => {
      if (isErrorCell(table.values[i][j]) || isErrorCell(table.values[i][bj])) return;
      const figure = figures[n] as number;
      if (agreesWithRounding(percents[n], figure, whole)) return;
      const cell = addressOf(table, i, j);
      const figureCell = addressOf(table, i, bj);
      findings.push(
        finding(
          table.sheet,
          "stated_rate_mismatch",
          { cell, sources: [figureCell, wholeCell], stated: percents[n], recomputed: (figure / whole) * 100 },
          MESSAGES.checks.statedShareWrong(
            { row: rowLabel(table.rows[i]), cell, column: columnLabel(column) },
            show(percents[n]),
            figureCell,
            show(figure),
            wholeCell,
            show(whole),
            formatDecimal(roundedRatio(figure, whole, 100, 2), true),
          ),
        ),
      );
    });
  });
  return findings;
}
