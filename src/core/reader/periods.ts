/**
 * Period and change headers of comparison tables: 本期 / 去年同期, "2024年1—6月" /
 * "2023年1-6月", 1月至6月, 上半年, 一季度, 全年, and the stated change columns
 * (增减, 同比增减数; 同比增减幅度(%), ±%).
 */
import type { ParsedPeriod, PeriodGroup } from "../periods/period";
import { parsePeriodText } from "../periods/parsePeriod";
import { cleanHeader, normalHeader } from "../registry/headerText";
import { memoByText } from "../text/memoByText";

/** What a period header says. */
export interface PeriodLabel {
  /**
   * "current" for 本期 / 当月 / 累计, "previous" for 去年同期 / 去年同月 / 上年, "previous_period" for 上月
   * (the base of 环比), "earlier" for 前年同期 (two years back: never a base), "dated" for a label with a
   * year, months, a quarter or a half.
   */
  readonly kind: "current" | "previous" | "previous_period" | "earlier" | "dated";
  /** The label as written (cleaned of spaces and line breaks). */
  readonly label: string;
  readonly year?: number;
  readonly startMonth?: number;
  readonly endMonth?: number;
  /**
   * The column group a monthly report (月报) puts it in: "month" for 当月 / 本月 / 去年同月 / a
   * single month, "cumulative" for 累计 / 1—N月累计 / 年初至今 / a range of months. Absent for
   * words that fit either group (本期, 去年同期), which take the group of the columns around them.
   */
  readonly group?: PeriodGroup;
  /** The period as src/core/periods parses it. */
  readonly parsed: ParsedPeriod;
}

export type { PeriodGroup };

/**
 * Parses a period header (the reader's view of src/core/periods: current, previous or dated).
 *
 * @param text a header cell: "本期", "去年同期", "2024年1—6月", "1月至6月", "上半年", "一季度", "2024年", "上月"
 * @returns the period, or undefined when the header is not a period
 * @example parsePeriod("2023年1-6月") // { kind: "dated", label: "2023年1-6月", year: 2023, startMonth: 1, endMonth: 6, group: "cumulative", parsed }
 */
export function parsePeriod(text: unknown): PeriodLabel | undefined {
  return text === null || text === undefined ? undefined : periodLabelOf(String(text));
}

/** Each header text read once (a consolidation's returns repeat their headers); callers never change the label. */
const periodLabelOf = memoByText((text: string): PeriodLabel | undefined => {
  const parsed = parsePeriodText(text);
  if (!parsed) return undefined;
  const label = cleanHeader(text);
  const span = parsed.span;
  if (!span || parsed.relation) {
    const kind =
      parsed.relation === "current"
        ? "current"
        : parsed.relation === "month_before"
          ? "previous_period"
          : parsed.relation === "series"
            ? "earlier"
            : "previous";
    const year = span?.year ?? parsed.year;
    return {
      kind,
      label,
      ...(year !== undefined ? { year } : {}),
      ...(span?.startMonth !== undefined ? { startMonth: span.startMonth, endMonth: span.endMonth } : {}),
      ...(parsed.group ? { group: parsed.group } : {}),
      parsed,
    };
  }
  // Any run of months belongs to the year-to-date group of a monthly report; a quarter or a half to neither.
  const group: PeriodGroup | undefined =
    span.kind === "month" ? "month" : span.kind === "months" || (span.kind === "cumulative" && span.name === undefined) ? "cumulative" : undefined;
  const wholeYear = span.kind === "year" && /全年|年度/.test(label);
  return {
    kind: "dated",
    label,
    ...(span.year !== undefined ? { year: span.year } : {}),
    ...(span.startMonth !== undefined ? { startMonth: span.startMonth, endMonth: span.endMonth } : wholeYear ? { startMonth: 1, endMonth: 12 } : {}),
    ...(group ? { group } : {}),
    parsed,
  };
});

/**
 * Decides which of two period headers is the current one and which the previous one: the
 * words 本期 / 去年同期 decide, else the later year; with no year, the first column is current.
 *
 * @param first the period of the first column
 * @param second the period of the second column
 * @returns "first" when the first is current, "second" when the second is
 * @example currentOf(parsePeriod("2023年1-6月")!, parsePeriod("2024年1—6月")!) // "second"
 */
export function currentOf(first: PeriodLabel, second: PeriodLabel): "first" | "second" {
  if (first.kind === "current" || second.kind === "previous") return "first";
  if (second.kind === "current" || first.kind === "previous") return "second";
  if (first.year !== undefined && second.year !== undefined && first.year !== second.year) return first.year > second.year ? "first" : "second";
  return "first";
}

/**
 * Recognises a stated change column: absolute (增减, 增减(+/-), 同比增减数, 增减数) or
 * relative in percent (同比增减幅度(%), 同比增减(%), ±%, 同比增长(±%), 增减幅度(%), 增长率).
 *
 * @param text a header cell
 * @returns "change_pct", "change_abs" or undefined
 * @example changeRoleOf("同比增长(±%)") // "change_pct"
 * @example changeRoleOf("增减(+/-)") // "change_abs"
 */
export function changeRoleOf(text: unknown): "change_abs" | "change_pct" | undefined {
  const t = normalHeader(text);
  if (t === "" || t.length > 16) return undefined;
  // "事故起数,同比": a figure and its change written in one cell ("2起,增加1起"); the figure is the column's.
  const listed = /^([^,，、]+)[,，、]/.exec(t);
  if (listed && changeRoleOf(listed[1]) === undefined) return undefined;
  // A bare 幅度(%) beside 增减 is the 增减幅度, as releases shorten it.
  const isChange = /增减|增长|增幅|降幅|变化|±|\+\/-|\+-|比上年|比去年|比上月|较上月|同比|环比|^幅度/.test(t);
  if (!isChange) return undefined;
  if (/%|％|幅度|率|百分/.test(t)) return "change_pct";
  if (/^(同比|环比)$/.test(t)) return "change_pct";
  return "change_abs";
}

/**
 * Whether a stated change compares with the period before (环比, 比上月) rather than with the
 * same period a year earlier (同比, the default).
 *
 * @param text a change header
 * @returns "previous_period" for 环比, undefined otherwise
 * @example changeComparisonOf("环比(%)") // "previous_period"
 */
export function changeComparisonOf(text: unknown): "previous_period" | undefined {
  return /环比|比上月|较上月|比上期|较上期/.test(normalHeader(text)) ? "previous_period" : undefined;
}
