/**
 * What a period text says, wherever it was written: a column header, a row label, a sheet name,
 * a title, a file name or a 统计时间 / 填报日期 line. Plain data (see docs/periods.md).
 */

/**
 * The shape of the span a text names.
 * - `month`: one month (2024年6月, 当月, 2005_7);
 * - `months`: a run of months, usually from January (1—6月, 1-6月累计, 2005_1-2);
 * - `quarter`: one quarter (一季度, 第三季度, Q2);
 * - `quarters`: quarters from the first (前三季度, 1—3季度);
 * - `half`: 上半年 / 下半年;
 * - `year`: a whole year (2023年, 2023年度, 全年);
 * - `range`: dated days (2024年1月1日至6月30日) that are not whole months;
 * - `open`: a word that names no span of its own (本期, 去年同期, 累计 without months).
 */
export type PeriodSpan = "month" | "months" | "quarter" | "quarters" | "half" | "year" | "range" | "open";

/**
 * How a period stands to the report period, when the text says so by a word rather than a date.
 * - `current`: 本期, 本月, 当月, 本年, 累计, 年初至今;
 * - `previous_year`: the same span a year earlier (去年同期, 上年同期, 去年同月, 上年, 2023年同期);
 * - `previous_period`: the span just before (上月, 上期: the base of 环比).
 */
export type PeriodRelation = "current" | "previous_year" | "previous_period";

/** The two column groups of a monthly report: the month itself, and the year to date. */
export type PeriodGroup = "month" | "cumulative";

/** A period as parsed from one text. */
export interface ParsedPeriod {
  /** The text as written, spaces and line breaks removed ("2024年1—6月", "一季度", "去年同月"). */
  readonly label: string;
  readonly span: PeriodSpan;
  /** The calendar year, where the text gives one. */
  readonly year?: number;
  /** First and last month (1–12), where the text gives them (a quarter 三季度 gives 7 and 9). */
  readonly startMonth?: number;
  readonly endMonth?: number;
  /** For dated ranges: the first and last day, yyyy-mm-dd (the year may be borrowed from the other end). */
  readonly startDate?: string;
  readonly endDate?: string;
  /** A relative word (本期, 去年同月, 上月 …): how it stands to the report period. */
  readonly relation?: PeriodRelation;
  /** The monthly-report group the text places it in (当月 / 累计), where it says. */
  readonly group?: PeriodGroup;
}
