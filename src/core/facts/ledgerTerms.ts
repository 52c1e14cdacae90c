/**
 * The criteria that select a ledger's records, as data (provenance.ts): a period as two date
 * bounds (the end as "<" the next day, so a time of day on the last day counts), a key column
 * equal to the group's key, and the records 是否纳入统计 leaves out taken away as terms of their own.
 */
import type { DateRange } from "../reader/model";
import type { PeriodSpan } from "./period";
import type { LedgerCriterion, LedgerTerm } from "./provenance";

/**
 * The day after an ISO date.
 *
 * @param iso yyyy-mm-dd
 * @returns yyyy-mm-dd
 * @example nextDay("2024-06-30") // "2024-07-01"
 */
export function nextDay(iso: string): string {
  const t = new Date(`${iso}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
}

/**
 * The criteria of a date window on a ledger's date column.
 *
 * @param column the date column
 * @param range the window, both ends included
 * @returns ">=" the first day and "<" the day after the last
 */
export function windowCriteria(column: number, range: { readonly start: string; readonly end: string }): LedgerCriterion[] {
  return [
    { column, op: ">=", date: range.start },
    { column, op: "<", date: nextDay(range.end) },
  ];
}

/**
 * One COUNTIFS of the criteria, with the records left out of the statistics taken away (one term
 * per excluding text of the 是否纳入统计 column).
 *
 * @param criteria the criteria
 * @param included the 是否纳入统计 column and the texts that leave a record out, if any
 * @returns the terms
 */
export function withExclusions(
  criteria: readonly LedgerCriterion[],
  included: { readonly column: number; readonly excludedTexts: readonly string[] } | undefined,
): LedgerTerm[] {
  const minus = (included?.excludedTexts ?? []).map((text): LedgerTerm => ({ sign: -1, criteria: [...criteria, { column: included!.column, op: "=", text }] }));
  return [{ sign: 1, criteria }, ...minus];
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The span of a dated window: months where it runs from a month's first day to a month's last
 * day within one year (a whole year is a year), a range otherwise.
 *
 * @param range the window
 * @returns the span, with its dates
 * @example spanOfRange({ start: "2024-01-01", end: "2024-06-30", label: "2024年1—6月" }) // { kind: "cumulative", year: 2024, startMonth: 1, endMonth: 6, start: "2024-01-01", end: "2024-06-30" }
 */
export function spanOfRange(range: DateRange | { readonly start: string; readonly end: string }): PeriodSpan {
  const [y1, m1, d1] = range.start.split("-").map(Number);
  const [y2, m2, d2] = range.end.split("-").map(Number);
  const dates = { start: range.start, end: range.end };
  if (y1 !== y2 || d1 !== 1 || d2 !== lastDay(y2, m2)) return { kind: "range", ...dates };
  const months = { year: y1, startMonth: m1, endMonth: m2 };
  if (m1 === 1 && m2 === 12) return { kind: "year", year: y1, ...dates };
  const kind = m1 === m2 ? "month" : m1 === 1 ? "cumulative" : "months";
  return { kind, ...months, ...dates };
}
