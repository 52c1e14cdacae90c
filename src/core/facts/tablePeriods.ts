/**
 * The periods of a table's figures: each period or change column's words as written, its
 * relation to the report period, and its span — the column's own (its header as src/core/periods
 * parsed it, the table's period filling in the year), else the span the reader works out for the
 * table or for one group of a monthly report (本期 under a title "2024年1—6月…"; 当月 → 2024年6月,
 * 1—6月累计 → 2024年1—6月). The same span a year earlier for 去年同期, the month before for 上月.
 * Single-period columns of several spans (1月 … 12月, 一季度 … 四季度) are a series.
 */
import type { ColumnMeaning, TableModel } from "../reader/model";
import { figuresPeriod, hasPeriodGroups, type FiguresPeriod } from "../reader/periodGroups";
import type { FactPeriod, PeriodRelation, PeriodSpan } from "./period";
import { monthBefore, yearBefore } from "./spans";

const NAMED: Readonly<Record<string, PeriodSpan["kind"]>> = { 上半年: "cumulative", 下半年: "half", 全年: "year" };

/**
 * The span of the period the reader worked out for a table's figures (figuresPeriod).
 *
 * @param p the figures' period
 * @returns the span
 * @example spanOfFigures({ label: "2024年上半年", short: "上半年", year: 2024, startMonth: 1, endMonth: 6 }) // { kind: "cumulative", year: 2024, startMonth: 1, endMonth: 6, name: "上半年" }
 */
export function spanOfFigures(p: FiguresPeriod): PeriodSpan {
  const year = p.year !== undefined ? { year: p.year } : {};
  if (p.startMonth === undefined || p.endMonth === undefined) return { kind: "year", ...year };
  const months = { startMonth: p.startMonth, endMonth: p.endMonth };
  const named = p.short && !p.short.endsWith("月") ? p.short : undefined;
  if (named) {
    const kind = NAMED[named] ?? (/^前/.test(named) ? "cumulative" : /日/.test(named) ? "range" : "quarter");
    return { kind, ...year, ...months, ...(kind === "range" ? {} : { name: named }) };
  }
  const kind = p.startMonth === p.endMonth ? "month" : p.startMonth === 1 ? "cumulative" : "months";
  return { kind, ...year, ...months };
}

/** The periods of one table (or of one group of a monthly report). */
export interface TablePeriods {
  /** The period of a column's figures, by the column's role; undefined for columns that hold no period's figures. */
  of(column: ColumnMeaning): FactPeriod | undefined;
  /** The period a stated change column compares against: the 去年同期 (or, for 环比, the 上月) of its indicator and group. */
  baseOf(column: ColumnMeaning): FactPeriod;
}

function relationOf(role: ColumnMeaning["role"]): PeriodRelation | undefined {
  if (role === "current" || role === "value" || role === "rate" || role === "change_abs" || role === "change_pct") return "current";
  if (role === "previous") return "year_ago";
  if (role === "previous_period") return "month_before";
  return undefined;
}

/**
 * The periods of a table's columns.
 *
 * @param table the table as read (after withPeriodGroups)
 * @returns a lookup of each column's period
 */
export function tablePeriods(table: TableModel): TablePeriods {
  const monthly = hasPeriodGroups(table);
  const spans = new Map<string, PeriodSpan | undefined>();
  const groupSpan = (group: "month" | "cumulative" | undefined): PeriodSpan | undefined => {
    const key = group ?? "";
    if (!spans.has(key)) {
      const p = figuresPeriod(table, monthly ? group : undefined);
      spans.set(key, p ? spanOfFigures(p) : undefined);
    }
    return spans.get(key);
  };
  const contextYear = table.period?.period.span?.year;
  // A column that names its own span (2023年1-6月, 3月, 2022年, 一季度) has it, the table's period filling in the year.
  const ownSpan = (column: ColumnMeaning): PeriodSpan | undefined => {
    const span = column.period?.span;
    if (!span) return undefined;
    const year = span.year ?? column.period?.year ?? contextYear;
    return year !== undefined && span.year === undefined ? { ...span, year } : span;
  };
  const valueSpans = new Set(table.columns.filter((c) => c.role === "value" || c.role === "rate").map((c) => JSON.stringify(ownSpan(c) ?? null)));
  const series = valueSpans.size >= 2 && !valueSpans.has("null");
  const previousLabel = table.periods.previous ?? "";
  const of = (column: ColumnMeaning): FactPeriod | undefined => {
    let relation = relationOf(column.role);
    if (!relation) return undefined;
    if (series && (column.role === "value" || column.role === "rate")) relation = "series";
    const group = monthly ? column.periodGroup : undefined;
    const current = groupSpan(group);
    const own = ownSpan(column);
    let span = own ?? current;
    if (!own && current && relation === "year_ago") span = yearBefore(current);
    if (!own && current && relation === "month_before") span = monthBefore(current);
    const written = column.periodLabel ?? column.period?.label ?? "";
    const label = written || (relation === "year_ago" ? previousLabel : relation === "current" ? (table.periods.current ?? "") : "");
    return { label, relation, ...(span ? { span } : {}), ...(group ? { group } : {}) };
  };
  const baseOf = (column: ColumnMeaning): FactPeriod => {
    const group = monthly ? column.periodGroup : undefined;
    const role = column.comparison === "previous_period" ? "previous_period" : "previous";
    const bases = table.columns.filter((c) => c.role === role && (!monthly || c.periodGroup === group));
    const own = bases.find((c) => c.indicator === column.indicator && c.industry === column.industry) ?? bases[0];
    const relation = role === "previous" ? "year_ago" : "month_before";
    return (own && of(own)) ?? { label: role === "previous" ? previousLabel : "", relation, ...(group ? { group } : {}) };
  };
  return { of, baseOf };
}
