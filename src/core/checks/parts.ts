/**
 * 核对: the relations of the national forms (src/core/registry/forms/) within each row of a table —
 * a total against its parts (直接经济损失 and its six categories, 紧急转移安置 = 集中 + 分散), a part
 * against its whole (受灾 ⊇ 成灾 ⊇ 绝收, 受损公路 ⊇ 阻断公路). Which columns are parts of which
 * comes from the forms and the headers' own words, never from the order of the columns. A
 * difference within the unit's rounding (0.01 万元) is said as rounding, not as a slip.
 */
import { exactDiff, exactSum } from "../numbers/decimal";
import { indicatorById } from "../registry/indicators";
import { relationsAmong, type FormRelation } from "../registry/forms/relations";
import { roundingTolerance } from "../registry/forms/tolerance";
import type { ColumnMeaning, Finding, TableModel } from "../reader/model";
import { addressOf, columnLabel, isErrorCell, numberAt, rowLabel, samePeriodAndGroup, show } from "./tableView";
import { finding } from "./finding";
import { MESSAGES } from "../messages";
import { overflowFinding } from "./finite";

/** Columns holding figures (not labels, codes, rates or stated changes). */
const FIGURE_ROLES = new Set(["current", "previous", "value"]);

/** The columns of one period and group, by indicator (the first column of each indicator). */
function slotsOf(table: TableModel): Map<string, number>[] {
  const slots: { sample: ColumnMeaning; byIndicator: Map<string, number> }[] = [];
  table.columns.forEach((c, j) => {
    if (!c.indicator || !FIGURE_ROLES.has(c.role)) return;
    let slot = slots.find((s) => samePeriodAndGroup(s.sample, c));
    if (!slot) slots.push((slot = { sample: c, byIndicator: new Map() }));
    if (!slot.byIndicator.has(c.indicator)) slot.byIndicator.set(c.indicator, j);
  });
  return slots.map((s) => s.byIndicator);
}

/** The rounding tolerance of a column, in the base unit of its values. */
function toleranceOf(column: ColumnMeaning): number {
  return roundingTolerance(column.unit ?? indicatorById(column.indicator ?? "")?.baseUnit, column.unitFactor);
}

/** A run of cells in one row for a message: "BO35:BT35" when they are adjacent, else a list. */
function cellsText(table: TableModel, i: number, columns: readonly number[]): string {
  const sorted = [...columns].sort((a, b) => table.columns[a].column - table.columns[b].column);
  const adjacent = sorted.every((j, k) => k === 0 || table.columns[j].column === table.columns[sorted[k - 1]].column + 1);
  if (adjacent && sorted.length > 1) return `${addressOf(table, i, sorted[0])}:${addressOf(table, i, sorted[sorted.length - 1])}`;
  return sorted.map((j) => addressOf(table, i, j)).join("、");
}

function checkSum(table: TableModel, relation: FormRelation & { kind: "sum" }, slot: Map<string, number>, findings: Finding[]): void {
  const tj = slot.get(relation.total)!;
  const parts = relation.parts.flatMap((p) => (slot.has(p) ? [slot.get(p)!] : []));
  const complete = parts.length === relation.parts.length;
  // One part of an incomplete sum is simply a part of its whole (其中：重大隐患 ≤ 隐患).
  if (!complete && parts.length === 1) return checkContains(table, tj, parts[0], findings);
  const total = table.columns[tj];
  const tolerance = Math.max(toleranceOf(total), ...parts.map((j) => toleranceOf(table.columns[j])));
  table.rows.forEach((row, i) => {
    if (row.role === "blank") return;
    const stated = numberAt(table, i, tj);
    if (stated === undefined || [tj, ...parts].some((j) => isErrorCell(table.values[i][j]))) return;
    const recomputed = exactSum(parts.map((j) => numberAt(table, i, j) ?? 0));
    const cell = addressOf(table, i, tj);
    const sources = [cellsText(table, i, parts)];
    if (!Number.isFinite(recomputed)) {
      findings.push(overflowFinding(table, cell, columnLabel(total), sources, stated));
      return;
    }
    const gap = Math.abs(exactDiff(stated, recomputed));
    const at = { row: rowLabel(row), cell, column: columnLabel(total) };
    const figures = [at, show(stated), show(recomputed), sources[0]] as const;
    const found = { cell, sources, stated, recomputed };
    if (complete && gap > 0 && gap <= tolerance) {
      findings.push(finding(table.sheet, "rounding", found, MESSAGES.checks.roundingOnly(...figures), "info"));
    } else if (complete && gap > tolerance) {
      findings.push(finding(table.sheet, "parts_mismatch", found, MESSAGES.checks.partsDoNotAdd(...figures)));
    } else if (!complete && exactDiff(recomputed, stated) > tolerance) {
      // Some parts are not in the table: the total is at least the sum of those that are.
      findings.push(finding(table.sheet, "parts_mismatch", found, MESSAGES.checks.partsAboveTotal(...figures)));
    }
  });
}

function checkContains(table: TableModel, wj: number, pj: number, findings: Finding[]): void {
  const tolerance = Math.max(toleranceOf(table.columns[wj]), toleranceOf(table.columns[pj]));
  table.rows.forEach((row, i) => {
    if (row.role === "blank") return;
    const whole = numberAt(table, i, wj);
    const part = numberAt(table, i, pj);
    if (whole === undefined || part === undefined || isErrorCell(table.values[i][wj]) || isErrorCell(table.values[i][pj])) return;
    if (exactDiff(part, whole) <= tolerance) return;
    const partCell = addressOf(table, i, pj);
    const wholeCell = addressOf(table, i, wj);
    findings.push(
      finding(
        table.sheet,
        "impossible_value",
        { cell: partCell, sources: [wholeCell], stated: part, recomputed: whole },
        MESSAGES.checks.partAboveTotal({ row: rowLabel(row), cell: partCell, column: columnLabel(table.columns[pj]) }, show(part), wholeCell, show(whole)),
      ),
    );
  });
}

/**
 * Checks every relation of the national forms that a table's columns allow, row by row, within
 * each period and group.
 *
 * @param table a table
 * @returns the findings: parts that do not add up to their total, a part above its whole, and rounding differences (severity info)
 * @example checkParts(shanxiForm).filter((f) => f.kind === "parts_mismatch").length // 9 (4 relocation rows, 5 loss rows)
 */
export function checkParts(table: TableModel): Finding[] {
  const findings: Finding[] = [];
  for (const slot of slotsOf(table)) {
    for (const relation of relationsAmong(new Set(slot.keys()))) {
      if (relation.kind === "sum") checkSum(table, relation, slot, findings);
      else checkContains(table, slot.get(relation.whole)!, slot.get(relation.part)!, findings);
    }
  }
  return findings;
}
