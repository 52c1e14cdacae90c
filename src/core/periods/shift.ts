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

/** The first and last month a span covers, where it says (a year is January to December, 1—n月 starts in January). */
function monthsOf(span: PeriodSpan): [number | undefined, number | undefined] {
  if (span.kind === "year") return [1, 12];
  return [span.kind === "cumulative" ? 1 : span.startMonth, span.endMonth];
}

/**
 * Whether a span is the same months (or days) as another a year earlier: 2023年1—3月 for 2024年1—3月,
 * never 2023年1—2月. Spans that do not say their months or years are not compared.
 *
 * @param earlier the candidate 去年同期
 * @param later this period's span
 * @returns true when `earlier` is `later` one year back
 * @example isYearBefore({ kind: "cumulative", year: 2023, endMonth: 3 }, { kind: "cumulative", year: 2024, startMonth: 1, endMonth: 3 }) // true
 */
export function isYearBefore(earlier: PeriodSpan, later: PeriodSpan): boolean {
  if (later.start !== undefined || earlier.start !== undefined) {
    const back = yearBefore(later);
    return back.start === earlier.start && back.end === earlier.end;
  }
  if (earlier.year === undefined || later.year === undefined || earlier.year !== later.year - 1) return false;
  const [a, b] = [monthsOf(earlier), monthsOf(later)];
  return a[0] !== undefined && a[0] === b[0] && a[1] !== undefined && a[1] === b[1];
}
