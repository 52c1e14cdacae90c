/**
 * A series of years (2019年 … 2024年 down the side or across, each of the same months) names no
 * report period of its own: each year is one period of the series (periodGroups.datedRoles). When
 * the table's own period (its title: 2024年全市…, 2024年上半年…) or the user's report period
 * (`--period`) names one of those years with the same months, that year is the current figure, the
 * year before it the 去年同期, and the older years stay the series, which the several-year average
 * compares with (summary/earlierYears.ts, docs/report-rules.md rule 20). A year the series does
 * not hold, or other months, picks nothing: the table stays a series.
 */
import type { PeriodSpan } from "../periods/period";
import type { ColumnMeaning, TableModel } from "./model";
import type { ReportMonths } from "./tableModel";

export type { ReportMonths };

function monthsOf(span: PeriodSpan): readonly [number, number] | undefined {
  if (span.kind === "range" || span.kind === "day") return undefined;
  if (span.kind === "year") return [span.startMonth ?? 1, span.endMonth ?? 12];
  return span.startMonth !== undefined && span.endMonth !== undefined ? [span.startMonth, span.endMonth] : undefined;
}

/**
 * The report year and months a span names, when it names one year's months.
 *
 * @param span a period span (a table's title period)
 * @returns the year and months, or undefined (no year, a dated range)
 * @example reportMonthsOf({ kind: "half", year: 2024, startMonth: 1, endMonth: 6 }) // { year: 2024, startMonth: 1, endMonth: 6 }
 */
export function reportMonthsOf(span: PeriodSpan | undefined): ReportMonths | undefined {
  if (span?.year === undefined) return undefined;
  const months = monthsOf(span);
  return months ? { year: span.year, startMonth: months[0], endMonth: months[1] } : undefined;
}

/**
 * The report year and months of the user's report period (yyyy-mm-dd bounds) when it is whole
 * months of one year.
 *
 * @param bounds the report period's first and last day
 * @returns the year and months, or undefined
 * @example reportMonthsOfBounds({ start: "2024-01-01", end: "2024-06-30" }) // { year: 2024, startMonth: 1, endMonth: 6 }
 */
export function reportMonthsOfBounds(bounds: { readonly start: string; readonly end: string } | undefined): ReportMonths | undefined {
  const [sy, sm, sd] = (bounds?.start ?? "").split("-").map(Number);
  const [ey, em, ed] = (bounds?.end ?? "").split("-").map(Number);
  if (!sy || sy !== ey || sd !== 1 || !sm || !em) return undefined;
  // The last day of the end month: day 0 of the month after it.
  const lastDay = new Date(Date.UTC(ey, em, 0)).getUTCDate();
  return ed === lastDay ? { year: sy, startMonth: sm, endMonth: em } : undefined;
}

/**
 * Whether a series of periods (the years of one indicator's columns, or of a table's rows) takes the
 * report year: each of the report's months, every year once, two years or more, the report year among them.
 *
 * @param spans the series' periods
 * @param report the report year and months
 * @returns true when the report year is one of the series' years
 * @example seriesHoldsReport([{ kind: "year", year: 2004 }, { kind: "year", year: 2005 }], { year: 2005, startMonth: 1, endMonth: 12 }) // true
 */
export function seriesHoldsReport(spans: readonly (PeriodSpan | undefined)[], report: ReportMonths): boolean {
  const years = spans.map((s) => {
    const months = s && monthsOf(s);
    return months && months[0] === report.startMonth && months[1] === report.endMonth ? s.year : undefined;
  });
  // Two periods of one year are not a series of years; one year alone is no series.
  return years.every((y) => y !== undefined) && new Set(years).size === years.length && years.length >= 2 && years.includes(report.year);
}

/**
 * A year of a series that holds the report year: the report year is the current figure, the year before it the 去年同期.
 *
 * @param year the period's year
 * @param report the report year and months
 * @returns "current", "year_ago", or undefined (an older year, which stays the series)
 * @example reportRelation(2004, { year: 2005, startMonth: 1, endMonth: 12 }) // "year_ago"
 */
export function reportRelation(year: number | undefined, report: ReportMonths): "current" | "year_ago" | undefined {
  return year === report.year ? "current" : year === report.year - 1 ? "year_ago" : undefined;
}

/** Columns of one series: the same indicator, industry and monthly group. */
function slotOf(c: ColumnMeaning): string {
  return `${c.indicator ?? ""}|${c.industry ?? ""}|${c.periodGroup ?? ""}`;
}

/** A figure column of a series of years with the report's months. */
function seriesYear(c: ColumnMeaning, report: ReportMonths): number | undefined {
  const span = c.period?.span;
  if (c.period?.relation !== "series" || c.role !== "value" || span?.year === undefined) return undefined;
  const months = monthsOf(span);
  return months && months[0] === report.startMonth && months[1] === report.endMonth ? span.year : undefined;
}

/**
 * The table with the report year of each series of years made current and the year before it
 * previous; the same table when no series holds the report year.
 *
 * @param table a table as read, its columns' periods resolved (columnPeriods.ts)
 * @param report the report year and months (the table's title, else the user's period)
 * @returns the table with those columns' roles and relations set
 * @example withReportYear(yearsDown, { year: 2024, startMonth: 1, endMonth: 12 }).periods // { current: "2024年", previous: "2023年" }
 */
export function withReportYear(table: TableModel, report: ReportMonths | undefined): TableModel {
  if (!report) return table;
  const slots = new Map<string, ColumnMeaning[]>();
  for (const c of table.columns) if (!c.ofWhich && seriesYear(c, report) !== undefined) slots.set(slotOf(c), [...(slots.get(slotOf(c)) ?? []), c]);
  const picked = new Set<string>();
  for (const [slot, columns] of slots)
    if (
      seriesHoldsReport(
        columns.map((c) => c.period?.span),
        report,
      )
    )
      picked.add(slot);
  // The table keeps the report year (its title's before the user's) for a series down its side (facts/rowPeriods.ts).
  const stamped = table.reportMonths ? table : { ...table, reportMonths: report };
  if (picked.size === 0) return stamped;
  const roleOf = (c: ColumnMeaning): "current" | "previous" | undefined => {
    const relation = picked.has(slotOf(c)) ? reportRelation(seriesYear(c, report), report) : undefined;
    return relation === "current" ? "current" : relation === "year_ago" ? "previous" : undefined;
  };
  const columns = table.columns.map((c): ColumnMeaning => {
    const role = roleOf(c);
    if (!role || !c.period) return c;
    return { ...c, role, period: { ...c.period, relation: role === "current" ? "current" : "year_ago" } };
  });
  const label = (role: "current" | "previous") => {
    const c = columns.find((x) => !x.ofWhich && roleOf(x) === role);
    return c?.periodLabel ?? c?.period?.label;
  };
  const current = table.periods.current ?? label("current");
  const previous = table.periods.previous ?? label("previous");
  return { ...stamped, columns, periods: { ...(current ? { current } : {}), ...(previous ? { previous } : {}) } };
}
