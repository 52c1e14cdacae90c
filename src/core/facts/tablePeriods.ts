/**
 * The periods of a table's figures, as the reader resolved them (src/core/reader/columnPeriods.ts:
 * one rule for every column's relation and span): each period column's words as written, its
 * relation to the report period and its span. A stated change column (增减, 同比%) is about the
 * figure column before it (its period) and compares with the 去年同期 — or for 环比 the 上月 —
 * column before it (its base).
 */
import type { ColumnMeaning, TableModel } from "../reader/model";
import { hasPeriodGroups } from "../reader/periodGroups";
import { parsePeriodText } from "../periods/parsePeriod";
import { monthBefore, yearBefore } from "../periods/shift";
import type { FactPeriod, PeriodRelation } from "./period";

/** The periods of one table's columns. */
export interface TablePeriods {
  /** The period of a column's figures; undefined for columns that hold no period's figures. */
  of(column: ColumnMeaning): FactPeriod | undefined;
  /** The period a stated change column compares against: the 去年同期 (or, for 环比, the 上月) of its indicator and group. */
  baseOf(column: ColumnMeaning, comparison?: ColumnMeaning["comparison"]): FactPeriod;
}

const FIGURE_ROLES = new Set<ColumnMeaning["role"]>(["current", "value", "rate"]);

function fallbackRelation(role: ColumnMeaning["role"]): PeriodRelation | undefined {
  if (role === "current" || role === "value" || role === "rate") return "current";
  if (role === "previous") return "year_ago";
  if (role === "previous_period") return "month_before";
  return undefined;
}

/**
 * The periods of a table's columns.
 *
 * @param table the table as read (columns' periods resolved)
 * @returns a lookup of each column's period
 * @example tablePeriods(layoutA).of(layoutA.columns[2]) // { label: "本期", relation: "current", span: { kind: "cumulative", year: 2024, startMonth: 1, endMonth: 6 } }
 */
export function tablePeriods(table: TableModel): TablePeriods {
  const monthly = hasPeriodGroups(table);
  // A column against the mean of earlier years keeps its indicator in meanOf (reader/measureKinds.ts).
  const indicatorOf = (c: ColumnMeaning) => c.indicator ?? c.meanOf?.indicator;
  const sameSlot = (a: ColumnMeaning, b: ColumnMeaning) =>
    indicatorOf(a) === indicatorOf(b) && a.industry === b.industry && (!monthly || a.periodGroup === b.periodGroup);
  /** The nearest column before `column` that passes `test`, else the first anywhere. */
  const nearest = (column: ColumnMeaning, test: (c: ColumnMeaning) => boolean): ColumnMeaning | undefined => {
    const j = table.columns.indexOf(column);
    return table.columns.slice(0, j).reverse().find(test) ?? table.columns.find(test);
  };
  const resolved = (column: ColumnMeaning): FactPeriod | undefined => {
    const relation = column.period?.relation ?? fallbackRelation(column.role);
    if (!relation) return undefined;
    const span = column.period?.span;
    const group = monthly ? column.periodGroup : undefined;
    // The words as written; a figure column whose header names no period (排查隐患, 人) has the table's.
    const own = column.period?.label;
    const written = column.periodLabel ?? (own && parsePeriodText(own) ? own : undefined);
    const label = written ?? (relation === "year_ago" ? table.periods.previous : table.periods.current) ?? "";
    return { label, relation, ...(span ? { span } : {}), ...(group ? { group } : {}) };
  };
  const changed = (column: ColumnMeaning): FactPeriod | undefined => {
    // A stated change is about the figure column before it (…| 1—6月累计 | 去年同期 | 增减幅度).
    // A column against the mean of earlier years has no group of its own: the figure column right before it is its.
    const slot = (c: ColumnMeaning) => (column.meanOf ? indicatorOf(c) === indicatorOf(column) && c.industry === column.industry : sameSlot(c, column));
    const figure = nearest(column, (c) => FIGURE_ROLES.has(c.role) && slot(c) && c.period?.relation !== "series");
    const p = figure && resolved(figure);
    if (p) return { ...p, relation: "current" };
    const group = monthly ? column.periodGroup : undefined;
    return { label: table.periods.current ?? "", relation: "current", ...(group ? { group } : {}) };
  };
  const of = (column: ColumnMeaning): FactPeriod | undefined =>
    column.role === "change_abs" || column.role === "change_pct" || column.meanOf ? changed(column) : resolved(column);
  const baseOf = (column: ColumnMeaning, comparison = column.comparison): FactPeriod => {
    const role = comparison === "previous_period" ? "previous_period" : "previous";
    // A change column compares with the comparison column before it; a turned table's change row, under a
    // period column, with that period's comparison column (当月 → 去年同月).
    const slot = (c: ColumnMeaning) => c.role === role && sameSlot(c, column) && (!column.periodGroup || c.periodGroup === column.periodGroup);
    const base = nearest(column, slot) ?? table.columns.find((c) => c.role === role);
    const p = base && resolved(base);
    if (p) return p;
    const current = changed(column)?.span;
    const span = current && (role === "previous" ? yearBefore(current) : monthBefore(current));
    const group = monthly ? column.periodGroup : undefined;
    return {
      label: role === "previous" ? (table.periods.previous ?? "") : "",
      relation: role === "previous" ? "year_ago" : "month_before",
      ...(span ? { span } : {}),
      ...(group ? { group } : {}),
    };
  };
  return { of, baseOf };
}
