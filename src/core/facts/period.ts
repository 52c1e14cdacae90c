/**
 * The period of a fact: the words the source writes ("2024年1—6月", "本期", "去年同月", "1—6月累计"),
 * how that period stands to the period the workbook reports on (this period, the same period a
 * year earlier, the month before, or one period of a series), and the calendar span where the
 * source — its column, row, sheet or title — says which. See docs/architecture.md, "The fact model".
 */

import type { PeriodRelation, PeriodSpan } from "../periods/period";

export type { PeriodKind, PeriodRelation, PeriodSpan } from "../periods/period";

/** The period of one fact. */
export interface FactPeriod {
  /** The words the source uses, as written (cleaned of spaces and line breaks): "本期", "2023年1-6月", "2020年". */
  readonly label: string;
  readonly relation: PeriodRelation;
  /** The span, where the source says it (for 本期, from the title or a 填报日期 line). */
  readonly span?: PeriodSpan;
  /**
   * In a monthly report (月报) with both column groups: the month (当月 | 去年同月) or the year to
   * date (1—6月累计 | 去年同期). Absent when the source has one group only.
   */
  readonly group?: "month" | "cumulative";
  /**
   * For the base of a stated change only: the mean of earlier years, as `label` words it ("近5年同期均值",
   * "近三年平均值"; its relation is "series"). Such a change is no 同比, and the table holds no earlier years to check it.
   */
  readonly mean?: true;
}
