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
