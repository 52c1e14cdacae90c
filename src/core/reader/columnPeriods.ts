/**
 * Each period column's period, resolved: what the column's own words say, its group header's
 * span, and the table's own period (title, 统计时间 line, sheet or file name) together give every
 * figure its calendar span and its relation to the report period (docs/periods.md):
 * - 本期 / 当月 / 累计: the report span of its group (2023年, 2024年6月, 2024年1—6月);
 * - 去年同期 / 去年同月 / 上年: the same span a year earlier;
 * - 上月: the month before the report month (the base of 环比);
 * - one month, quarter or year of a series: its own span, the year filled in where it names none.
 */
import type { ParsedPeriod, PeriodRelation, PeriodSpan } from "../periods/period";
import type { ColumnMeaning, TableModel } from "./model";
import { reportSpan } from "./periodGroups";
import { monthBefore, yearBefore } from "../periods/shift";
import { reportMonthsOf, withReportYear } from "./reportYear";

const PERIOD_ROLES = new Set(["current", "previous", "previous_period", "value", "rate"]);

function relationOf(column: ColumnMeaning, series: boolean): PeriodRelation {
  if (column.period?.yearsAgo) return "series";
  if (column.role === "previous") return "year_ago";
  if (column.role === "previous_period") return "month_before";
  return column.role === "value" && series ? "series" : "current";
}

/**
 * The table with every period column's `period` resolved: its relation, and its span with the
 * year wherever the table says it. Change columns keep what they had.
 *
 * @param table a table as read (after withPeriodGroups)
 * @returns the table with resolved column periods
 * @example withColumnPeriods(layoutA).columns[2].period?.span // { kind: "cumulative", year: 2023, startMonth: 1, endMonth: 6 }
 */
export function withColumnPeriods(table: TableModel): TableModel {
  const valued = table.columns.filter((c) => c.role === "value" && c.period?.span);
  const context = table.period?.period.span;
  const series = valued.length >= 2;
  // Years down the side of a table titled by part of one of them (2024年上半年…, rows 2019年 … 2024年):
  // each row is that part of its year, as when the title names no year (全国上半年…).
  const titleYearInSeries = valued.some((c) => c.period?.span?.kind === "year" && c.period.span.year === context?.year);
  let changed = false;
  const columns = table.columns.map((c): ColumnMeaning => {
    if (!PERIOD_ROLES.has(c.role)) return c;
    // A figure column with no period of its own (a single-period table) is the table's period.
    if (!c.period && (c.role === "value" || c.role === "rate") && !c.indicator && table.keyKind !== "indicator") return c;
    const group = c.periodGroup ?? c.period?.group;
    const report = reportSpan(table, group);
    const own = c.period?.span;
    let span: PeriodSpan | undefined;
    if (c.role === "previous") {
      span =
        own?.year !== undefined ? own : own ? (report?.year !== undefined ? yearBefore({ ...own, year: report.year }) : own) : report && yearBefore(report);
    } else if (c.role === "previous_period") {
      const base = reportSpan(table, group ?? "month");
      span =
        own?.year !== undefined
          ? own
          : own && base?.year !== undefined
            ? { ...own, year: (own.endMonth ?? 0) > (base.endMonth ?? 12) ? base.year - 1 : base.year }
            : (own ?? (base && monthBefore(base)));
    } else if (c.period?.yearsAgo) {
      // 前年同期: the report span two years back, one period of a series.
      span = report;
      for (let k = 0; k < c.period.yearsAgo && span; k++) span = yearBefore(span);
    } else if (own?.kind === "year" && context?.startMonth !== undefined && context.kind !== "year" && (context.year === undefined || titleYearInSeries)) {
      // "2019年" down the side of a table titled "全国上半年…": 上半年 of 2019.
      span = { ...context, year: own.year };
    } else {
      span = own ? (own.year === undefined && report?.year !== undefined ? { ...own, year: report.year } : own) : report;
    }
    const relation = relationOf(c, series);
    const label = c.period?.label ?? c.periodLabel ?? c.headerPath[c.headerPath.length - 1] ?? "";
    const period: ParsedPeriod = {
      label,
      relation,
      ...(span ? { span } : {}),
      ...(group ? { group } : {}),
      ...(c.period?.yearsAgo ? { yearsAgo: c.period.yearsAgo } : {}),
    };
    changed = true;
    return { ...c, period };
  });
  // The title's year picks the current year of a series of years (reportYear.ts).
  return withReportYear(changed ? { ...table, columns } : table, reportMonthsOf(context));
}
