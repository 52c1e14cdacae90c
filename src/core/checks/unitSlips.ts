/**
 * 核对: values about 10,000 times their neighbours — 元 typed into a 万元 column, or 万 dropped.
 */
import type { Finding, TableModel } from "../reader/model";
import { addressOf, columnLabel, dataRows, numberAt, rowLabel, show } from "./tableView";
import { MESSAGES } from "../messages";

const AMOUNT_ROLES = new Set(["current", "previous", "value"]);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
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
    const values = data.map((i) => ({ i, v: numberAt(table, i, j) }));
    for (const { i, v } of values) {
      if (v === undefined || v <= 0) continue;
      const others = values.filter((o) => o.i !== i && o.v !== undefined && o.v > 0).map((o) => o.v as number);
      if (others.length < 4) continue;
      const ratio = v / median(others);
      if (ratio < 3000 || ratio > 30000) continue;
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
