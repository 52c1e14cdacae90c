/**
 * The same reporting window in each year a ledger covers (1—6月 of 2021, 2022, 2023, 2024), so a
 * trend compares like with like: a partial current year against full earlier years would show
 * a fall that is only the calendar.
 */
import type { DateRange } from "../reader/model";
import { periodLabel, yearEarlier } from "./dates";

/**
 * The current window and its copies one, two … years earlier, back to the year of the
 * earliest record, oldest first.
 *
 * @param current the current period (yyyy-mm-dd start and end)
 * @param earliestDate the earliest record's date (yyyy-mm-dd), or undefined
 * @returns the windows with report labels ("2022年1—6月"), oldest first; only the current one when no date is known
 * @example yearlyWindows({ start: "2024-01-01", end: "2024-06-30" }, "2022-03-05").map((w) => w.start) // ["2022-01-01", "2023-01-01", "2024-01-01"]
 */
export function yearlyWindows(current: { readonly start: string; readonly end: string }, earliestDate: string | undefined): DateRange[] {
  const out: DateRange[] = [];
  let window = { start: current.start, end: current.end };
  const firstYear = earliestDate ? Number(earliestDate.slice(0, 4)) : Number(current.start.slice(0, 4));
  // At most 50 years back: a stray date such as 1900-01-01 must not make thousands of windows.
  for (let k = 0; k < 50 && Number(window.start.slice(0, 4)) >= firstYear; k++) {
    out.unshift({ ...window, label: periodLabel(window.start, window.end) });
    window = { start: yearEarlier(window.start), end: yearEarlier(window.end) };
  }
  return out;
}

/**
 * Each calendar year from the first to the one a window ends in, the last ending where the window
 * does and, given the window's first day, the first starting there: the years of an archive ledger
 * (2005–2018), for its summary by year. The years then add up to the window, never to more.
 *
 * @param first the first year
 * @param end the last day (yyyy-mm-dd)
 * @param start the window's first day (yyyy-mm-dd), when it is not 1 January of the first year
 * @returns the years, oldest first, labelled "2005年" (the last "2018年1—6月" when it ends early)
 * @example calendarYears(2016, "2018-12-31").map((w) => w.label) // ["2016年", "2017年", "2018年"]
 */
export function calendarYears(first: number, end: string, start?: string): DateRange[] {
  const last = Number(end.slice(0, 4));
  const out: DateRange[] = [];
  // At most 200 years: a stray date such as 1900-01-01 must not make thousands of windows.
  for (let y = Math.max(first, last - 199); y <= last; y++) {
    const stop = y === last ? end : `${y}-12-31`;
    const begin = start !== undefined && Number(start.slice(0, 4)) === y ? start : `${y}-01-01`;
    out.push({ start: begin, end: stop, label: periodLabel(begin, stop) });
  }
  return out;
}
