/**
 * 核对: an 其中 row is never more than the row it is part of (其中：较大事故 ≤ 合计, 其中：道路运输业 ≤
 * 交通运输和仓储业), column by column, for the figures that add up (issue 19.6); in a table keyed by
 * indicator, a level row (重大事故起数) is never more than its indicator's whole (reader/levelRows.ts).
 */
import { indicatorById } from "../registry/indicators";
import type { Finding, TableModel } from "../reader/model";
import { MESSAGES } from "../messages";
import { addressOf, columnLabel, isErrorCell, numberAt, rowLabel, show } from "./tableView";
import { finding } from "./finding";
import { levelWholeOf } from "../reader/levelRows";

const FIGURE_ROLES = new Set(["current", "previous", "value"]);

/**
 * Finds 其中 rows larger than their parent row.
 *
 * @param table a table
 * @returns one finding per such cell
 * @example checkOfWhichRows(tableWith其中120Under合计118)[0].kind // "impossible_value"
 */
export function checkOfWhichRows(table: TableModel): Finding[] {
  const findings: Finding[] = [];
  if (table.transposed) return findings;
  const indexOfRow = new Map(table.rows.map((r, i) => [r.row, i]));
  const columns = table.columns.flatMap((c, j) => (FIGURE_ROLES.has(c.role) && c.indicator && indicatorById(c.indicator)?.aggregation === "sum" ? [j] : []));
  // A table keyed by indicator: its level rows (重大事故起数) against their indicator's whole, in every figure column.
  const byIndicator = table.keyKind === "indicator";
  const figureColumns = table.columns.flatMap((c, j) =>
    FIGURE_ROLES.has(c.role) && j !== table.columns.findIndex((k) => k.column === table.keyColumn) ? [j] : [],
  );
  table.rows.forEach((row, i) => {
    const p = byIndicator ? levelWholeOf(table, i) : row.role === "of_which" && row.partOf !== undefined ? indexOfRow.get(row.partOf) : undefined;
    if (p === undefined) return;
    if (byIndicator && indicatorById(row.indicator ?? "")?.aggregation !== "sum") return;
    for (const j of byIndicator ? figureColumns : columns) {
      const part = numberAt(table, i, j);
      const whole = numberAt(table, p, j);
      if (part === undefined || whole === undefined || part <= whole || isErrorCell(table.values[i][j]) || isErrorCell(table.values[p][j])) continue;
      const cell = addressOf(table, i, j);
      const wholeCell = addressOf(table, p, j);
      findings.push(
        finding(
          table.sheet,
          "impossible_value",
          { cell, sources: [wholeCell], stated: part, recomputed: whole },
          MESSAGES.checks.partAboveTotal({ row: rowLabel(row), cell, column: columnLabel(table.columns[j]) }, show(part), wholeCell, show(whole)),
        ),
      );
    }
  });
  return findings;
}
