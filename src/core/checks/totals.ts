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
      const found = { cell, sources, stated, recomputed };
      const skipped = textSumSkips(table, data, j, stated, recomputed);
      const message = skipped
        ? MESSAGES.checks.totalSkipsText(cell, label, show(stated), show(recomputed), sources[0], skipped.cells, show(skipped.sum))
        : MESSAGES.checks.totalDoesNotAdd(cell, label, show(stated), show(recomputed), sources[0], show(exactDiff(stated, recomputed)));
      findings.push(finding(table.sheet, "total_mismatch", found, message));
    });
  }
  return findings;
}

/**
 * The cause of a total short of its rows, when it is this one: rows holding their number as text
 * ("１２", "12 ", "'12"), which the reader takes as numbers and Excel's SUM leaves out, and whose
 * sum is exactly what the total lacks (issue 22.3).
 *
 * @param table the table
 * @param data the rows the total adds up
 * @param j the column
 * @param stated the total as stated
 * @param recomputed the rows' sum, text numbers included
 * @returns the text cells (address and text as written) and their sum, or undefined
 * @example textSumSkips(tableWithText8InB13, rows, 1, 34, 42)?.cells // [{ cell: "B13", text: "８" }]
 */
export function textSumSkips(
  table: TableModel,
  data: readonly number[],
  j: number,
  stated: number,
  recomputed: number,
): { cells: { cell: string; text: string }[]; sum: number } | undefined {
  const texts = data.filter((i) => {
    const v = table.values[i][j];
    return typeof v?.raw === "string" && v.value !== null;
  });
  if (texts.length === 0) return undefined;
  const sum = exactSum(texts.map((i) => table.values[i][j]!.value!));
  if (Math.abs(exactDiff(exactDiff(recomputed, sum), stated)) > 0.01) return undefined;
  return { cells: texts.map((i) => ({ cell: addressOf(table, i, j), text: String(table.values[i][j]!.raw) })), sum };
}
