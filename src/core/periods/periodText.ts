/**
 * A period as a report writes it: "2024年1—6月", "2024年6月", "2024年一季度", "2024年前三季度",
 * "2024年上半年", "2023年" for a whole year (never "1—12月" unless the source wrote months), and
 * dated ranges as "2024年1月1日至6月30日" (docs/periods.md).
 */
import type { PeriodSpan } from "./period";

const QUARTER_WORDS = ["一", "二", "三", "四"];

function dayText(iso: string, withYear: boolean): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${withYear ? `${y}年` : ""}${m}月${d}日`;
}

/**
 * The report's label of a span: the year (the span's own, else the one given) and the months.
 *
 * @param span a calendar span (a parsed period's `span`)
 * @param year the year to use when the span names none (from the title, the sheet, the file)
 * @returns the label ("" when there is nothing to say)
 * @example periodText({ kind: "cumulative", startMonth: 1, endMonth: 6 }, 2024) // "2024年1—6月"
 * @example periodText({ kind: "year", name: "全年" }, 2023) // "2023年"
 * @example periodText({ kind: "quarter", startMonth: 7, endMonth: 9 }, 2024) // "2024年三季度"
 */
export function periodText(span: PeriodSpan | undefined, year?: number): string {
  if (!span) return "";
  const y = span.year ?? year;
  const prefix = y !== undefined ? `${y}年` : "";
  const { startMonth: s, endMonth: e } = span;
  switch (span.kind) {
    case "year":
      return y !== undefined ? `${y}年` : "全年";
    case "half":
      return `${prefix}${s === 1 ? "上" : "下"}半年`;
    case "quarter":
      return `${prefix}${QUARTER_WORDS[(e ?? 3) / 3 - 1]}季度`;
    case "cumulative":
      if (span.name) return `${prefix}${span.name}`;
      return e === 1 || s === e ? `${prefix}${e}月` : `${prefix}${s ?? 1}—${e}月`;
    case "month":
      return `${prefix}${e}月`;
    case "months":
      return `${prefix}${s}—${e}月`;
    case "range":
    case "day": {
      if (!span.start || !span.end) return prefix;
      if (span.start === span.end) return dayText(span.start, true);
      const sameYear = span.start.slice(0, 4) === span.end.slice(0, 4);
      return `${dayText(span.start, true)}至${dayText(span.end, !sameYear)}`;
    }
  }
}

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** A dated range in English: "20–26 July 2015", "28 June–4 July 2024", "25 December 2023–3 January 2024". */
function englishDays(start: string, end: string): string {
  const [y1, m1, d1] = start.split("-").map(Number);
  const [y2, m2, d2] = end.split("-").map(Number);
  if (start === end) return `${d1} ${MONTH_NAMES[m1 - 1]} ${y1}`;
  if (y1 !== y2) return `${d1} ${MONTH_NAMES[m1 - 1]} ${y1}–${d2} ${MONTH_NAMES[m2 - 1]} ${y2}`;
  if (m1 !== m2) return `${d1} ${MONTH_NAMES[m1 - 1]}–${d2} ${MONTH_NAMES[m2 - 1]} ${y1}`;
  return `${d1}–${d2} ${MONTH_NAMES[m1 - 1]} ${y1}`;
}

/**
 * A span as English releases write it: "January–June 2024", "June 2024", "2024", and dated ranges
 * by their days ("20–26 July 2015").
 *
 * @param span the span (its year and months; a dated range's first and last day)
 * @returns the English text ("" when it names neither months nor a year)
 * @example englishPeriodText({ year: 2024, startMonth: 1, endMonth: 6 }) // "January–June 2024"
 * @example englishPeriodText({ kind: "range", start: "2015-07-20", end: "2015-07-26" }) // "20–26 July 2015"
 */
export function englishPeriodText(span: Pick<PeriodSpan, "year" | "startMonth" | "endMonth" | "start" | "end">): string {
  if (span.start && span.end) return englishDays(span.start, span.end);
  const year = span.year !== undefined ? String(span.year) : "";
  if (span.startMonth === undefined || span.endMonth === undefined) return year;
  const months = span.startMonth === span.endMonth ? MONTH_NAMES[span.endMonth - 1] : `${MONTH_NAMES[span.startMonth - 1]}–${MONTH_NAMES[span.endMonth - 1]}`;
  return `${months}${year ? ` ${year}` : ""}`;
}

/**
 * The opening phrase of a sentence at a period in English: "In January–June 2024", and "In the period
 * 20–26 July 2015" for a dated range, which is no month ("In 20–26 July 2015" is not English).
 *
 * @param text the period in English (englishPeriodText, englishPeriod)
 * @returns the phrase, without its comma
 * @example englishIn("16–21 July 2020") // "In the period 16–21 July 2020"
 */
export function englishIn(text: string): string {
  return /^\d{1,2}[\s–]/.test(text) ? `In the period ${text}` : `In ${text}`;
}
