/**
 * The window an accident ledger is summarised in, from its records' days and its title
 * (docs/ledger-summary.md, "Windows"). A ledger's days say what it is a list of:
 * - the period its title names, when every record falls in it and it is narrower than the year to
 *   date (2024年3月事故台账, 二季度);
 * - the months from January its title or 统计时间 line names (2024年1—6月, 上半年), when the latest
 *   record falls in them: the bureau reports 1—6月 even when its last accident was in May (issue 22.7);
 * - a week's list (一周事故, 第34期: 8月31日—9月5日): those days, never 1 January to September;
 * - an archive of five calendar years or more (2005–2018): all of them, summarised by year;
 * - otherwise the year to date: 1 January to the end of the latest record's month.
 * A 同比 needs records to compare with: a ledger with none in the same dates a year earlier, or an
 * archive of many years, gets none unless the user sets the period.
 */
import { findPeriodIn, periodsIn } from "../periods/findPeriod";
import { spanBounds } from "../periods/spanBounds";
import type { DateRange } from "../reader/model";
import { periodLabel, periodToMonthEnd, yearEarlier } from "./dates";

/** The windows of a ledger: the current and the one a year earlier, and whether they are compared. */
export interface LedgerWindows {
  readonly current: DateRange;
  readonly previous: DateRange;
  /** false when there is nothing to compare with (no record a year earlier) or the ledger is an archive of many years. */
  readonly compare: boolean;
  /** Where the current window comes from: the texts above the header, or the records' days. */
  readonly from: "title" | "records";
}

/** Calendar years from which a ledger is an archive, summarised by year, not a year to date. */
const ARCHIVE_YEARS = 5;

/** A title that names a week's list. */
const WEEK_TITLE = /一周|本周|上周|周报|第[0-9０-９一二三四五六七八九十]+周|[0-9]+月[0-9]+日\s*[—–\-~～至到]\s*([0-9]+月)?[0-9]+日/;

/** Days from one date to another (yyyy-mm-dd). */
function daysBetween(a: string, b: string): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400000;
}

function range(start: string, end: string): DateRange {
  return { start, end, label: periodLabel(start, end) };
}

/**
 * The windows of an accident ledger.
 *
 * @param days the days of its included records (yyyy-mm-dd), each once or more, in any order
 * @param title the texts above its header (the sheet's title), if any
 * @param hasRecordsWithin whether any included record is dated within a range (for the 同比)
 * @returns the windows, or undefined when no record has a date
 * @example ledgerWindows(["2021-08-31", "2021-09-05"], "一周事故及安全警示（2021年第34期）", () => false)?.current.label // "2021年8月31日至9月5日"
 * @example ledgerWindows(["2005-01-05", "2018-12-17"], "", () => true)?.current.label // "2005—2018年"
 */
export function ledgerWindows(
  days: Iterable<string>,
  title: string,
  hasRecordsWithin: (range: { readonly start: string; readonly end: string }) => boolean,
): LedgerWindows | undefined {
  let earliest: string | undefined;
  let latest: string | undefined;
  const years = new Set<string>();
  for (const d of days) {
    if (earliest === undefined || d < earliest) earliest = d;
    if (latest === undefined || d > latest) latest = d;
    years.add(d.slice(0, 4));
  }
  if (earliest === undefined || latest === undefined) return undefined;
  const [firstYear, lastYear] = [Number(earliest.slice(0, 4)), Number(latest.slice(0, 4))];
  const yearToDate = periodToMonthEnd(latest);
  let window: { start: string; end: string } = yearToDate;
  let archive = false;
  const titled = title ? findPeriodIn(title)?.span : undefined;
  const titleBounds = titled ? spanBounds(titled) : undefined;
  // A title's period when it is narrower than the year to date (a month, a quarter, dated days) and
  // holds every record; a title's 1—n月 (上半年, 前三季度) when it holds the latest record, as the
  // bureau reports it; a title's bare year ("2024年事故台账", a running ledger) keeps the year to date.
  const narrower = titleBounds && (titleBounds.start > yearToDate.start || titleBounds.end < yearToDate.end);
  // A title "2024年事故台账" over a line "统计时间：2024年1月1日至6月30日": the line's months.
  const months = title ? periodsIn(title).find((p) => p.span?.kind === "cumulative" && p.span.startMonth === 1)?.span : undefined;
  const monthBounds = months ? spanBounds(months) : undefined;
  let from: LedgerWindows["from"] = "records";
  if (titleBounds && narrower && earliest >= titleBounds.start && latest <= titleBounds.end) {
    window = titleBounds;
    from = "title";
  } else if (monthBounds && latest >= monthBounds.start && latest <= monthBounds.end) {
    window = monthBounds;
    from = "title";
  } else if (lastYear - firstYear + 1 >= ARCHIVE_YEARS && years.size >= 3) {
    // An archive (2005–2018): all its years, by year and by place; no 同比 unless the user picks two periods.
    archive = true;
    window = { start: `${firstYear}-01-01`, end: latest.slice(5, 7) === "12" ? `${lastYear}-12-31` : yearToDate.end };
  } else if (daysBetween(earliest, latest) <= 6 && (WEEK_TITLE.test(title) || earliest.slice(0, 7) !== latest.slice(0, 7))) {
    // A week's list (一周事故 8月31日—9月5日): those days.
    window = { start: earliest, end: latest };
  }
  const previous = range(yearEarlier(window.start), yearEarlier(window.end));
  return { current: range(window.start, window.end), previous, compare: !archive && hasRecordsWithin(previous), from };
}
