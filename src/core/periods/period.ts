/**
 * The vocabulary of periods every layer shares (docs/periods.md): how a period stands to the report
 * period, the kinds of calendar span, and a span. The reader parses periods into it
 * (parsePeriod.ts); facts carry it (src/core/facts/period.ts re-exports it); the planner prints it.
 */

/**
 * How a period stands to the workbook's report period:
 * - "current": the period reported on (本期, 当月, 本年累计, 2024年1—6月 beside 2023年1—6月, the only
 *   period of a single-period table);
 * - "year_ago": the same span one year earlier (去年同期, 去年同月, 上年, 上年同期);
 * - "month_before": the month before the current one (上月, the base of 环比);
 * - "series": one period of a series with no comparison role (2020年 … 2024年 down the side,
 *   1月 … 12月 across, 一季度 … 四季度 and 全年, a ledger's windows by year).
 */
export type PeriodRelation = "current" | "year_ago" | "month_before" | "series";

/**
 * The kinds of calendar span a bureau reports:
 * - "month": one month (2024年6月, 当月);
 * - "cumulative": January to a month (1—6月, 1—6月累计, 年初至今; 前三季度 and 上半年 also are, and keep their name);
 * - "months": another run of months (4—6月 written as months);
 * - "quarter": one quarter (一季度, 第二季度, Q3);
 * - "half": 下半年 (上半年 is cumulative with its name);
 * - "year": a whole year (2023年, 2023年度, 全年) — never written "1—12月" unless the source does;
 * - "range": dated bounds (2024年3月5日—4月10日, a ledger's window);
 * - "day": one date (an event, a ledger row's date).
 */
export type PeriodKind = "month" | "cumulative" | "months" | "quarter" | "half" | "year" | "range" | "day";

/** A calendar span. Months are 1–12; dates are ISO yyyy-mm-dd. Fields are present where known. */
export interface PeriodSpan {
  readonly kind: PeriodKind;
  readonly year?: number;
  readonly startMonth?: number;
  readonly endMonth?: number;
  /** For "range" and "day" (and any span whose dates are known): first and last day, both included. */
  readonly start?: string;
  readonly end?: string;
  /** The name a report gives the span, where it has one: 上半年, 前三季度, 一季度, 全年. */
  readonly name?: string;
  /**
   * false when the span is not yet complete: a year whose later months are empty, a 1—12月 column
   * whose figures stop in April. Absent when nothing says either way.
   */
  readonly complete?: boolean;
}

/** The two column groups of a monthly report: the month itself, and the year to date. */
export type PeriodGroup = "month" | "cumulative";

/** A period as parsed from one text (a header, a row label, a title, a sheet or file name). */
export interface ParsedPeriod {
  /** The text as written, spaces and line breaks removed ("2024年1—6月", "一季度", "去年同月"). */
  readonly label: string;
  /** Where the period joins several texts, each as written (a title's 7月16日以来, a line's 截至2020年7月21日17时). */
  readonly words?: readonly string[];
  /** The calendar span, where the text says it; absent for a word such as 本期 or 去年同月. */
  readonly span?: PeriodSpan;
  /** How a relative word stands to the report period (本期 current, 去年同月 year_ago, 上月 month_before). */
  readonly relation?: PeriodRelation;
  /** The monthly-report group the text places it in (当月 / 累计), where it says. */
  readonly group?: PeriodGroup;
  /** The year a relative word names without a span ("2023年同期"). */
  readonly year?: number;
  /** For 前年同期 / 前年同月: how many years before the report period (2); its relation is "series". */
  readonly yearsAgo?: number;
}
