/**
 * Spans shifted as the comparison words mean them: 去年同期 is the same span a year earlier, 上月
 * the month before. (Writing a span as a report does is src/core/periods/periodText.ts.)
 */
import type { PeriodSpan } from "./period";

/**
 * The same span one year earlier (去年同期 of a span).
 *
 * @param span the span
 * @returns the span with the year (and dates) one less; unchanged without a year
 * @example yearBefore({ kind: "month", year: 2024, startMonth: 6, endMonth: 6 }).year // 2023
 */
export function yearBefore(span: PeriodSpan): PeriodSpan {
  if (span.year === undefined) return span;
  const back = (iso: string | undefined) => (iso ? `${Number(iso.slice(0, 4)) - 1}${iso.slice(4)}` : undefined);
  const start = back(span.start);
  const end = back(span.end);
  return { ...span, year: span.year - 1, ...(start ? { start } : {}), ...(end ? { end } : {}) };
}

/**
 * The month before a month's span (上月, the base of 环比); undefined spans stay as they are.
 *
 * @param span a month's span
 * @returns the previous month (December of the year before for January), or the span unchanged when it is not one month
 * @example monthBefore({ kind: "month", year: 2024, startMonth: 1, endMonth: 1 }) // { kind: "month", year: 2023, startMonth: 12, endMonth: 12 }
 */
export function monthBefore(span: PeriodSpan): PeriodSpan {
  if (span.kind !== "month" || span.endMonth === undefined) return span;
  const january = span.endMonth === 1;
  const month = january ? 12 : span.endMonth - 1;
  const year = span.year === undefined ? {} : { year: january ? span.year - 1 : span.year };
  return { kind: "month", ...year, startMonth: month, endMonth: month };
}
