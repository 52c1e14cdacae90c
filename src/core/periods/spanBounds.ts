/**
 * The first and last day of a period: what a ledger counts within. A title's "2024年1—6月", a
 * user's --period "2024年上半年" or "2024年3月1日至3月31日" all become two ISO dates.
 */
import { daysInMonth } from "./calendar";
import type { PeriodSpan } from "./period";
import { parsePeriodText } from "./parsePeriod";

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The first and last day of a parsed span, when it says its year.
 *
 * @param span the span
 * @returns the two dates (yyyy-mm-dd), or undefined without a year or months
 * @example spanBounds({ kind: "cumulative", year: 2024, startMonth: 1, endMonth: 6 }) // { start: "2024-01-01", end: "2024-06-30" }
 */
export function spanBounds(span: PeriodSpan): { start: string; end: string } | undefined {
  if (span.start && span.end) return { start: span.start, end: span.end };
  if (span.year === undefined) return undefined;
  const [first, last] = span.kind === "year" ? [1, 12] : [span.startMonth, span.endMonth];
  if (first === undefined || last === undefined) return undefined;
  return { start: `${span.year}-${pad(first)}-01`, end: `${span.year}-${pad(last)}-${pad(daysInMonth(span.year, last))}` };
}

/**
 * The dates of a period a user typed (the command line's --period, the pane's 报告期): it must name
 * its year and be a period and nothing else — "2024.1-2024.6" or "2024 H1" is refused, never read as
 * the January or the whole year a period inside it would give.
 *
 * @param text "2024年1—6月", "2024年上半年", "2024年3月1日至3月31日", "2024Q1", "2024.1.1-2024.6.30"
 * @returns the two dates, or undefined when the text is not a period with a year
 * @example periodBounds("2024年1-6月") // { start: "2024-01-01", end: "2024-06-30" }
 * @example periodBounds("2024.1-2024.6") // undefined
 */
export function periodBounds(text: string): { start: string; end: string } | undefined {
  const span = parsePeriodText(text.trim())?.span;
  return span ? spanBounds(span) : undefined;
}
