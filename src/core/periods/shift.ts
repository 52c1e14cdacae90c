/**
 * Spans shifted as the comparison words mean them: 去年同期 is the same span a year earlier, 上月
 * the month before (the base of 环比). One home for both, used by the reader (columnPeriods) and by
 * the facts (a stated change's base).
 */
import type { PeriodSpan } from "./period";

/**
 * The same span a year earlier (dates too; 29 February becomes the 28th).
 *
 * @param span the span
 * @returns the span one year back
 * @example yearBefore({ kind: "month", year: 2024, startMonth: 6, endMonth: 6 }).year // 2023
 */
export function yearBefore(span: PeriodSpan): PeriodSpan {
  const earlier = (iso?: string) => (iso ? `${Number(iso.slice(0, 4)) - 1}${iso.slice(4)}`.replace(/-02-29$/, "-02-28") : undefined);
  const start = earlier(span.start);
  const end = earlier(span.end);
  return {
    ...span,
    ...(span.year !== undefined ? { year: span.year - 1 } : {}),
    ...(start ? { start } : {}),
    ...(end ? { end } : {}),
  };
}

/**
 * The month before a month span (January's is December of the year before).
 *
 * @param span a month's span
 * @returns the month before, or undefined when the span is not one month
 * @example monthBefore({ kind: "month", year: 2024, startMonth: 1, endMonth: 1 }) // { kind: "month", startMonth: 12, endMonth: 12, year: 2023 }
 */
export function monthBefore(span: PeriodSpan): PeriodSpan | undefined {
  if (span.kind !== "month" || span.endMonth === undefined) return undefined;
  const m = span.endMonth === 1 ? 12 : span.endMonth - 1;
  const year = span.year === undefined ? undefined : span.endMonth === 1 ? span.year - 1 : span.year;
  return { kind: "month", startMonth: m, endMonth: m, ...(year !== undefined ? { year } : {}) };
}
