/**
 * The accident side of a ledger as the model carries it: totals this period and last, the groups
 * by county, industry, type and level (the breakdowns' own, so the records are grouped once), and
 * the current window in each year the ledger covers (for the trend), all summed from the ledger's
 * folded days (accidentFold.ts).
 */
import type { DateRange, LedgerModel } from "../reader/model";
import type { AccidentFold } from "./accidentFold";
import { ledgerBreakdowns } from "./breakdowns";
import { calendarYears, yearlyWindows } from "./yearlyWindows";
import { daysInMonth } from "../periods/calendar";
import { periodLabel } from "./dates";

/**
 * The current window in each year the ledger covers, when there are 3 or more; for a window of
 * several years (an archive ledger, 2005—2018年) each calendar year. A window that starts before
 * the month of the first record is marked incomplete: the ledger may begin inside it (issue 22,
 * "never a year that is missing or incomplete" in a several-year average).
 */
function byYear(fold: AccidentFold, current: DateRange) {
  const firstYear = Number(current.start.slice(0, 4));
  const earliest = fold.earliestDate();
  const windows = firstYear < Number(current.end.slice(0, 4)) ? calendarYears(firstYear, current.end, current.start) : yearlyWindows(current, earliest);
  if (windows.length < 3) return {};
  const partial = (period: DateRange) => earliest !== undefined && period.start.slice(0, 7) < earliest.slice(0, 7);
  return {
    byYear: windows.map((period) => ({ period, totals: fold.sumWithin(period).totals(), ...(partial(period) ? { complete: false as const } : {}) })),
  };
}

/**
 * The month before a window of one calendar month (a monthly report: 环比, issue 22), when the ledger's
 * first record is no later than that month (a ledger that starts in June has no May to compare with).
 */
function monthBefore(fold: AccidentFold, current: DateRange) {
  const [y, m] = current.start.split("-").map(Number);
  const wholeMonth = current.start.endsWith("-01") && current.end === `${current.start.slice(0, 8)}${String(daysInMonth(y, m)).padStart(2, "0")}`;
  const earliest = fold.earliestDate();
  if (!wholeMonth || earliest === undefined) return {};
  const [py, pm] = m === 1 ? [y - 1, 12] : [y, m - 1];
  const start = `${py}-${String(pm).padStart(2, "0")}-01`;
  if (earliest.slice(0, 7) > start.slice(0, 7)) return {};
  const end = `${start.slice(0, 8)}${String(daysInMonth(py, pm)).padStart(2, "0")}`;
  const period: DateRange = { start, end, label: periodLabel(start, end) };
  return { monthBefore: { period, totals: fold.sumWithin(period).totals() } };
}

/**
 * The accident summary of a ledger: totals, groups, years and the breakdowns.
 *
 * @param fold the ledger's records, folded
 * @param ledger the ledger: its sheet, columns and periods
 * @example accidentSummary(foldRecords(records), ledger).current.accidents // 23
 */
export function accidentSummary(
  fold: AccidentFold,
  ledger: Pick<LedgerModel, "sheet" | "columns" | "current" | "previous">,
): NonNullable<LedgerModel["accidents"]> {
  const breakdowns = ledgerBreakdowns(fold, ledger);
  return {
    current: fold.sumWithin(ledger.current).totals(),
    previous: fold.sumWithin(ledger.previous).totals(),
    byRegion: breakdowns.byRegion,
    byIndustry: breakdowns.byIndustry,
    byType: breakdowns.byType,
    byLevel: breakdowns.byLevel,
    ...byYear(fold, ledger.current),
    ...monthBefore(fold, ledger.current),
    breakdowns,
  };
}
