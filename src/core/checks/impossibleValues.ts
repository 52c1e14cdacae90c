/**
 * 核对: values that cannot be: more hazards rectified than found, negative counts.
 */
import { indicatorById } from "../registry/indicators";
import type { Finding, TableModel } from "../reader/model";
import { addressOf, columnLabel, numberAt, rowLabel, show } from "./tableView";
import { MESSAGES } from "../messages";

const AMOUNT_ROLES = new Set(["current", "previous", "value"]);

/**
 * Finds rectified > found in a row, and negative values of counted indicators.
 *
 * @param table a table
 * @returns the findings
 * @example checkImpossibleValues(tableWith380RectifiedOf378)[0].kind // "impossible_value"
 */
export function checkImpossibleValues(table: TableModel): Finding[] {
  const findings: Finding[] = [];
  const pairs: [string, string][] = [
    ["rectified", "hazards_found"],
    ["major_rectified", "major_found"],
  ];
  for (const [partId, wholeId] of pairs) {
    table.columns.forEach((part, pj) => {
      if (part.indicator !== partId) return;
      const wj = table.columns.findIndex((c) => c.indicator === wholeId && c.role === part.role && (c.industry ?? "") === (part.industry ?? ""));
      if (wj < 0) return;
      table.rows.forEach((row, i) => {
        const done = numberAt(table, i, pj);
        const found = numberAt(table, i, wj);
        if (done === undefined || found === undefined || done <= found) return;
        const cell = addressOf(table, i, pj);
        const source = addressOf(table, i, wj);
        findings.push({
          kind: "impossible_value",
          severity: "error",
          sheet: table.sheet,
          cell,
          sources: [source],
          stated: done,
          recomputed: found,
          message: MESSAGES.checks.moreDoneThanFound({ row: rowLabel(row), cell, column: columnLabel(part) }, show(done), show(found), source),
        });
      });
    });
  }
  table.columns.forEach((column, j) => {
    if (!AMOUNT_ROLES.has(column.role) || !column.indicator) return;
    if (indicatorById(column.indicator)?.aggregation !== "sum") return;
    table.rows.forEach((row, i) => {
      const v = numberAt(table, i, j);
      if (v === undefined || v >= 0) return;
      const cell = addressOf(table, i, j);
      findings.push({
        kind: "impossible_value",
        severity: "error",
        sheet: table.sheet,
        cell,
        sources: [],
        stated: v,
        recomputed: null,
        message: MESSAGES.checks.negative({ row: rowLabel(row), cell, column: columnLabel(column) }, show(v)),
      });
    });
  });
  return findings;
}
