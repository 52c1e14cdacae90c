/**
 * 核对: values that cannot be: more hazards rectified than found, negative counts.
 */
import { indicatorById } from "../registry/indicators";
import type { Finding, TableModel } from "../reader/model";
import { addressOf, columnLabel, numberAt, rowLabel, show } from "./tableView";

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
          message: {
            zh: `${rowLabel(row)} ${cell}（${columnLabel(part)}）为 ${show(done)}，多于 ${source} 的 ${show(found)}`,
            en: `${rowLabel(row)}: ${cell} (${columnLabel(part)}) is ${show(done)}, more than ${show(found)} in ${source}`,
          },
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
        message: {
          zh: `${rowLabel(row)} ${cell}（${columnLabel(column)}）为负数 ${show(v)}`,
          en: `${rowLabel(row)}: ${cell} (${columnLabel(column)}) is negative (${show(v)})`,
        },
      });
    });
  });
  return findings;
}
