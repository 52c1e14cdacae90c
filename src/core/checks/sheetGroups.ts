/**
 * 核对 of one sheet per county against the sheet of the whole (reader/sheetGroups.ts): each figure
 * of the whole sheet that the county sheets also state, row by row and column by column, is
 * compared with their sum. Rows are paired by their label as written (一般隐患 is not 隐患 of every
 * grade); only columns that add up (counts and amounts, never rates or changes) are compared.
 */
import { exactDiff, exactSum } from "../numbers/decimal";
import { MESSAGES } from "../messages";
import { normalHeader } from "../registry/headerText";
import type { Finding, SheetGroup, TableModel } from "../reader/model";
import { addressOf, columnLabel, isErrorCell, numberAt, rowLabel, show } from "./tableView";
import { finding } from "./finding";
import { spanBounds } from "../periods/spanBounds";

const ADDITIVE_ROLES = new Set(["current", "previous", "value", "change_abs"]);
const NOT_ADDED = new Set(["rate", "share", "per_capita", "index", "identifier", "measurement", "denominator"]);

/** Rows of a table by their label as written, for rows that state a figure of an indicator. */
function rowsByLabel(table: TableModel): Map<string, number> {
  const rows = new Map<string, number>();
  table.rows.forEach((row, i) => {
    if (row.role === "blank") return;
    const label = normalHeader(row.text ?? row.label);
    if (label) rows.set(label, rows.has(label) ? -1 : i);
  });
  return rows;
}

function groupFindings(group: SheetGroup, byId: ReadonlyMap<string, TableModel>): Finding[] {
  const whole = group.total === undefined ? undefined : byId.get(group.total);
  const parts = group.parts.map((p) => byId.get(p.table)).filter((t): t is TableModel => t !== undefined);
  if (!whole || parts.length !== group.parts.length) return [];
  // A whole's sheet of another period (全市 1—11月 over the counties' whole year) is no sum of theirs.
  const days = (t: TableModel) => {
    const span = t.period?.period.span;
    const b = span && spanBounds(span);
    return b ? `${b.start}/${b.end}` : undefined;
  };
  const wholeDays = days(whole);
  if (wholeDays !== undefined && parts.some((p) => days(p) !== undefined && days(p) !== wholeDays)) return [];
  const partRows = parts.map(rowsByLabel);
  const findings: Finding[] = [];
  rowsByLabel(whole).forEach((i, label) => {
    if (i < 0) return;
    const at = partRows.map((rows) => rows.get(label));
    if (at.some((r) => r === undefined || r < 0)) return;
    whole.columns.forEach((column, j) => {
      const indicator = column.indicator ?? whole.rows[i].indicator;
      if (!ADDITIVE_ROLES.has(column.role) || !indicator || (column.measure && NOT_ADDED.has(column.measure))) return;
      const stated = numberAt(whole, i, j);
      if (stated === undefined || isErrorCell(whole.values[i][j])) return;
      const values = parts.map((t, k) => (t.columns[j]?.role === column.role ? numberAt(t, at[k]!, j) : undefined));
      if (values.some((v) => v === undefined)) return;
      const recomputed = exactSum(values as number[]);
      if (!Number.isFinite(recomputed) || Math.abs(exactDiff(stated, recomputed)) <= 0.01) return;
      const cell = addressOf(whole, i, j);
      const sources = parts.map((t, k) => `${t.sheet}!${addressOf(t, at[k]!, j)}`);
      const place = { row: rowLabel(whole.rows[i]), cell, column: columnLabel(column) };
      findings.push(
        finding(
          whole.sheet,
          "total_mismatch",
          { cell, sources, stated, recomputed },
          MESSAGES.checks.sheetsDoNotAdd(
            place,
            show(stated),
            show(recomputed),
            parts.map((t) => t.sheet),
            show(exactDiff(stated, recomputed)),
          ),
        ),
      );
    });
  });
  return findings;
}

/**
 * Checks each group of county sheets against its whole sheet.
 *
 * @param tables every table of the workbook
 * @param groups the groups of sheets of one form
 * @returns one finding per figure of the whole sheet that its parts do not add up to
 * @example checkSheetGroups(model.tables, model.sheetGroups)[0].cell // "B5" on 全市
 */
export function checkSheetGroups(tables: readonly TableModel[], groups: readonly SheetGroup[]): Finding[] {
  if (!groups.length) return [];
  const byId = new Map(tables.map((t) => [t.id, t]));
  return groups.flatMap((g) => groupFindings(g, byId));
}
