/**
 * 核对: values about 10,000 times their neighbours — 元 typed into a 万元 column, or 万 dropped.
 */
import type { Finding, TableModel } from "../reader/model";
import { addressOf, columnLabel, dataRows, numberAt, rowLabel, show } from "./tableView";
import { MESSAGES } from "../messages";

const AMOUNT_ROLES = new Set(["current", "previous", "value"]);

/**
 * The median of sorted values with the one at `skip` left out: every value is judged against the
 * others, and one sort per column serves them all (a province's table has thousands of rows).
 */
function medianWithout(sorted: Float64Array, skip: number): number {
  const m = sorted.length - 1;
  const at = (k: number): number => sorted[k < skip ? k : k + 1];
  return m % 2 ? at(m >> 1) : (at(m / 2 - 1) + at(m / 2)) / 2;
}

/**
 * Flags data cells between 3,000 and 30,000 times the median of the other data rows of their
 * column (at least four other positive values are needed to judge).
 *
 * @param table a table
 * @returns the findings; `recomputed` is the value ÷ 10000, what was probably meant
 * @example checkUnitSlips(lossTableWith9860900)[0].recomputed // 986.09
 */
export function checkUnitSlips(table: TableModel): Finding[] {
  const findings: Finding[] = [];
  const data = dataRows(table);
  table.columns.forEach((column, j) => {
    if (!AMOUNT_ROLES.has(column.role) || !column.indicator) return;
    const positive = data.map((i) => ({ i, v: numberAt(table, i, j) ?? 0 })).filter((x) => x.v > 0);
    // At least four other positive values to judge against.
    if (positive.length < 5) return;
    positive.sort((a, b) => a.v - b.v);
    const sorted = Float64Array.from(positive, (x) => x.v);
    const found: { i: number; v: number; ratio: number }[] = [];
    positive.forEach(({ i, v }, rank) => {
      const ratio = v / medianWithout(sorted, rank);
      if (ratio >= 3000 && ratio <= 30000) found.push({ i, v, ratio });
    });
    // Findings in row order, as the table reads.
    found.sort((a, b) => a.i - b.i);
    for (const { i, v, ratio } of found) {
      const cell = addressOf(table, i, j);
      const recomputed = Number(`${v}e-4`);
      findings.push({
        kind: "unit_slip",
        severity: "warning",
        sheet: table.sheet,
        cell,
        sources: [],
        stated: v,
        recomputed,
        message: MESSAGES.checks.unitSlip({ row: rowLabel(table.rows[i]), cell, column: columnLabel(column) }, show(v), Math.round(ratio), show(recomputed)),
      });
    }
  });
  return findings;
}
