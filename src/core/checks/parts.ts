/**
 * 核对: "其中" parts against their total within each row (loss categories against 直接经济损失,
 * general + major hazards against all hazards, supervision + accident fines against fines).
 */
import { exactDiff, exactSum } from "../numbers/decimal";
import { indicatorById } from "../registry/indicators";
import type { Finding, TableModel } from "../reader/model";
import { addressOf, columnLabel, isErrorCell, numberAt, rowLabel, samePeriodAndGroup, show } from "./tableView";
import { MESSAGES } from "../messages";
import { overflowFinding } from "./finite";

/**
 * Breakdowns that are complete when these parts are all present: then the parts must add up to
 * the total. With fewer parts a table may list only some ("其中：农林牧渔业"), and each part may
 * only not exceed the total.
 */
const COMPLETE_BREAKDOWNS: Readonly<Record<string, readonly string[]>> = {
  dz_direct_loss: ["loss_housing", "loss_agri", "loss_industry", "loss_infra", "loss_public"],
  hazards_found: ["general_found", "major_found"],
  fines: ["fines_supervision", "fines_accident"],
  relocated: ["relocated_central", "relocated_dispersed"],
};

/**
 * Finds rows whose parts do not add up to their total (complete breakdowns), or a part larger
 * than its total.
 *
 * @param table a table
 * @returns the findings
 * @example checkParts(layoutC).map((f) => f.cell) // ["J7"] where J7's SUM skipped a text number
 */
export function checkParts(table: TableModel): Finding[] {
  const findings: Finding[] = [];
  table.columns.forEach((total, tj) => {
    if (!total.indicator) return;
    const parts = table.columns
      .map((c, j) => ({ c, j }))
      .filter(({ c }) => c.indicator && indicatorById(c.indicator)?.parent === total.indicator && samePeriodAndGroup(c, total));
    if (parts.length === 0) return;
    const required = COMPLETE_BREAKDOWNS[total.indicator];
    const complete = required !== undefined && required.every((id) => parts.some(({ c }) => c.indicator === id));
    table.rows.forEach((row, i) => {
      if (row.role === "blank") return;
      const stated = numberAt(table, i, tj);
      if (stated === undefined || isErrorCell(table.values[i][tj])) return;
      if (parts.some(({ j }) => isErrorCell(table.values[i][j]))) return;
      const cell = addressOf(table, i, tj);
      if (complete) {
        const values = parts.map(({ j }) => numberAt(table, i, j) ?? 0);
        const recomputed = exactSum(values);
        const first = addressOf(table, i, parts[0].j);
        const last = addressOf(table, i, parts[parts.length - 1].j);
        const sources = [parts.length > 1 ? `${first}:${last}` : first];
        if (!Number.isFinite(recomputed)) {
          findings.push(overflowFinding(table, cell, columnLabel(total), sources, stated));
          return;
        }
        if (Math.abs(exactDiff(stated, recomputed)) <= 0.01) return;
        findings.push({
          kind: "parts_mismatch",
          severity: "error",
          sheet: table.sheet,
          cell,
          sources,
          stated,
          recomputed,
          message: MESSAGES.checks.partsDoNotAdd({ row: rowLabel(row), cell, column: columnLabel(total) }, show(stated), show(recomputed), sources[0]),
        });
        return;
      }
      for (const { c, j } of parts) {
        const part = numberAt(table, i, j);
        if (part === undefined || part <= stated + 0.01) continue;
        const partCell = addressOf(table, i, j);
        findings.push({
          kind: "impossible_value",
          severity: "error",
          sheet: table.sheet,
          cell: partCell,
          sources: [cell],
          stated: part,
          recomputed: stated,
          message: MESSAGES.checks.partAboveTotal({ row: rowLabel(row), cell: partCell, column: columnLabel(c) }, show(part), cell, show(stated)),
        });
      }
    });
  });
  return findings;
}
