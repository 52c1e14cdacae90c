/**
 * 核对: stated changes in rows of a turned table (years or months down the side, 受灾人次 | 受灾人次同比
 * across, read with periods as columns): the change row under an indicator states, for each period,
 * its change against the period it compares with — the same span a year earlier (比上年, 同比), or
 * the month before (环比) — and each is recomputed from the indicator's own row.
 */
import type { ColumnMeaning, Finding, TableModel } from "../reader/model";
import type { PeriodSpan } from "../periods/period";
import { statedChangeFinding, type StatedChange } from "./statedChange";

/** The same kind of span and months, so one is the other shifted. */
function sameShape(a: PeriodSpan, b: PeriodSpan): boolean {
  return a.kind === b.kind && a.startMonth === b.startMonth && a.endMonth === b.endMonth && a.year !== undefined && b.year !== undefined;
}

/** Whether span b is span a a year earlier, or (环比) the month before. */
function isBaseOf(a: PeriodSpan, b: PeriodSpan, monthBefore: boolean): boolean {
  if (!monthBefore) return sameShape(a, b) && b.year === a.year! - 1;
  if (a.kind !== "month" || b.kind !== "month" || a.year === undefined || b.year === undefined || a.startMonth === undefined) return false;
  const [y, m] = a.startMonth === 1 ? [a.year - 1, 12] : [a.year, a.startMonth - 1];
  return b.year === y && b.startMonth === m;
}

/** The column a period column's change is figured against, or -1. */
function baseColumn(table: TableModel, column: ColumnMeaning, monthBefore: boolean): number {
  // 本期 against 去年同期 (or 上月 for 环比) of the same group, as the period rows name them.
  if (column.role === "current") {
    const role = monthBefore ? "previous_period" : "previous";
    const paired = table.columns.findIndex((c) => c.role === role && c.periodGroup === column.periodGroup);
    if (paired >= 0) return paired;
  }
  const span = column.period?.span;
  if (!span) return -1;
  return table.columns.findIndex((c) => c.period?.span !== undefined && isBaseOf(span, c.period.span, monthBefore));
}

/**
 * The stated changes of a table's change rows, each with the cells it compares: its indicator's
 * figure in the same column, and the figure of the column it compares with.
 *
 * @param table a table (only turned tables have change rows)
 * @returns one entry per stated change cell whose base column is known (its figures may still be missing: changeFigures)
 * @example statedRowChanges(yearsAsRowsWith同比)[0].at.stated // [4, 7]
 */
export function statedRowChanges(table: TableModel): StatedChange[] {
  const changes: StatedChange[] = [];
  table.rows.forEach((row, i) => {
    const role = row.change;
    if (!role || row.role === "blank") return;
    // The figure row: the nearest row above with the same indicator that states no change.
    let f = i - 1;
    while (f >= 0 && (table.rows[f].change || table.rows[f].indicator !== row.indicator)) f--;
    if (f < 0) return;
    const monthBefore = row.comparison === "previous_period";
    table.columns.forEach((column, j) => {
      if (["key", "ignored", "change_abs", "change_pct"].includes(column.role)) return;
      const b = baseColumn(table, column, monthBefore);
      if (b < 0 || b === j) return;
      changes.push({ role, row: table.rows[f], column, at: { stated: [i, j], current: [f, j], base: [f, b] }, derived: false });
    });
  });
  return changes;
}

/**
 * Finds stated changes in change rows that disagree with their indicator's figures.
 *
 * @param table a table (only turned tables have change rows)
 * @returns the findings
 * @example checkStatedRowChanges(yearsAsRowsWith同比)[0].cell // "H5"
 */
export function checkStatedRowChanges(table: TableModel): Finding[] {
  return statedRowChanges(table).flatMap((c) => statedChangeFinding(table, c.role, c.row, c.column, c.at) ?? []);
}
