/**
 * 核对: each level against its parent — a county against the sum of its townships, a 小计 against
 * the rows of its group. The table is totalled at one level only (the reader's data rows); the
 * rows of the other levels are checked here, never added in.
 */
import { exactDiff, exactSum } from "../numbers/decimal";
import type { Finding, TableModel } from "../reader/model";
import { indicatorById } from "../registry/indicators";
import { roundingTolerance } from "../registry/forms/tolerance";
import { FORM_RELATIONS } from "../registry/forms/relations";
import { cellAddress } from "../model/address";
import { columnLabel, columnRunAddress, isErrorCell, numberAt, rowLabel, addressOf, show } from "./tableView";
import { MESSAGES } from "../messages";

const FIGURE_ROLES = new Set(["current", "previous", "value"]);

/**
 * Columns of figures that add up (counts and amounts), less a column bureaus add as the sum of two
 * others that are in the table (倒塌+严损房屋间数): its parts' findings already say it.
 */
function additiveColumns(table: TableModel): number[] {
  const present = new Set(table.columns.flatMap((c) => (c.indicator ? [c.indicator] : [])));
  const derived = new Set(FORM_RELATIONS.flatMap((r) => (r.kind === "sum" && r.derived && r.parts.every((p) => present.has(p)) ? [r.total] : [])));
  return table.columns.flatMap((c, j) => {
    if (!c.indicator || !FIGURE_ROLES.has(c.role) || derived.has(c.indicator)) return [];
    const measure = c.measure ?? indicatorById(c.indicator)?.measure;
    return measure === "count" || measure === "amount" ? [j] : [];
  });
}

/** Lower-level rows with no parent row (townships under a city that has no county row): one finding naming them. */
function unplacedRows(table: TableModel): Finding[] {
  const rows = table.rows.flatMap((r, i) => (r.role === "sublevel" && r.partOf === undefined ? [i] : []));
  if (rows.length === 0) return [];
  const cells = rows.map((i) => cellAddress(table.rows[i].row, table.keyColumn));
  const where = cells.length > 1 ? `${cells[0]}:${cells[cells.length - 1]}` : cells[0];
  return [
    {
      kind: "level_mismatch",
      severity: "warning",
      sheet: table.sheet,
      cell: cells[0],
      sources: [where],
      stated: null,
      recomputed: null,
      message: MESSAGES.reader.rowsWithoutParent(
        cells,
        rows.map((i) => table.rows[i].label),
      ),
    },
  ];
}

/** The groups to check: a parent row and the rows that make it up. */
function groupsOf(table: TableModel): { parent: number; parts: number[]; what: "sublevel" | "subtotal" }[] {
  const groups: { parent: number; parts: number[]; what: "sublevel" | "subtotal" }[] = [];
  const bySheetRow = new Map(table.rows.map((r, i) => [r.row, i]));
  const children = new Map<number, number[]>();
  table.rows.forEach((r, i) => {
    if (r.role !== "sublevel" || r.partOf === undefined) return;
    const p = bySheetRow.get(r.partOf);
    if (p !== undefined) children.set(p, [...(children.get(p) ?? []), i]);
  });
  for (const [parent, parts] of children) groups.push({ parent, parts, what: "sublevel" });
  // A 小计 closes the data rows since the previous 小计 or 合计.
  let run: number[] = [];
  table.rows.forEach((r, i) => {
    if (r.role === "data") run.push(i);
    else if (r.role === "subtotal") {
      if (run.length > 0 && !r.partsUnknown) groups.push({ parent: i, parts: run, what: "subtotal" });
      run = [];
    } else if (r.role === "total") run = [];
  });
  return groups;
}

/**
 * Checks every parent row against the rows below it, column by column.
 *
 * @param table a table
 * @returns level mismatches (errors), lower rows with no parent row (a warning), rounding differences (info)
 * @example checkLevels(countiesWithTownships).map((f) => f.cell) // ["E13"] where 长安区 states 1136.26 and its townships add up to 16.5
 */
export function checkLevels(table: TableModel): Finding[] {
  const findings: Finding[] = unplacedRows(table);
  const columns = additiveColumns(table);
  for (const { parent, parts, what } of groupsOf(table)) {
    for (const j of columns) {
      const stated = numberAt(table, parent, j);
      if (stated === undefined || [parent, ...parts].some((i) => isErrorCell(table.values[i][j]))) continue;
      const figures = parts.flatMap((i) => numberAt(table, i, j) ?? []);
      if (figures.length === 0) continue;
      const recomputed = exactSum(figures);
      const gap = Math.abs(exactDiff(stated, recomputed));
      const column = table.columns[j];
      const tolerance = roundingTolerance(column.unit ?? indicatorById(column.indicator!)?.baseUnit, column.unitFactor);
      if (gap === 0) continue;
      const cell = addressOf(table, parent, j);
      const sources = [columnRunAddress(table, parts, j)];
      const at = { row: rowLabel(table.rows[parent]), cell, column: columnLabel(column) };
      const rounding = gap <= tolerance;
      findings.push({
        kind: rounding ? "rounding" : "level_mismatch",
        severity: rounding ? "info" : "error",
        sheet: table.sheet,
        cell,
        sources,
        stated,
        recomputed,
        message: rounding
          ? MESSAGES.checks.roundingOnly(at, show(stated), show(recomputed), sources[0])
          : MESSAGES.checks.levelDoesNotAdd(at, show(stated), show(recomputed), parts.length, sources[0], what),
      });
    }
  }
  return findings;
}
