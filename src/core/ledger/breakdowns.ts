/**
 * The breakdowns of an accident ledger: totals by county, industry, accident type, level and
 * month, this period against the same period last year, summed from the ledger's days
 * (accidentFold.ts). Only records 是否纳入统计 leaves in are counted; a record counts in a period
 * when its date falls within it, both ends included. See docs/ledger-summary.md.
 */
import { exactSum } from "../numbers/decimal";
import type { AccidentTotals, DateRange, LedgerModel } from "../reader/model";
import { CHUXIONG_REGIONS } from "../registry/regions";
import { ACCIDENT_LEVELS } from "./accidentLevel";
import { dayWithin, foldRecords, type AccidentFold, type DayBucket } from "./accidentFold";
import { BLANK_KEY, columnOf, type AccidentRecord, type KeyField } from "./accidentRecords";
import type { AccidentBreakdowns, LedgerGroup, LedgerMonth } from "./breakdownTypes";
import { daysInMonth, periodLabel, yearEarlier } from "./dates";
import { formulaBasis } from "./formulaBasis";
import { accidentTotalsOf, TotalsSum } from "./totalsSum";

export { accidentTotalsOf };

const NONE = new TotalsSum().totals();

/** Groups by a key: every key of either period, in first-seen order (current period first). */
function groups(fold: AccidentFold, current: readonly DayBucket[], previous: readonly DayBucket[], field: KeyField): LedgerGroup[] {
  const cur = fold.groupsOver(current, field);
  const prev = fold.groupsOver(previous, field);
  const keys = [...new Set([...cur.keys(), ...prev.keys()])];
  return keys.map((key) => ({ key, current: cur.get(key)?.totals() ?? NONE, previous: prev.get(key)?.totals() ?? NONE }));
}

/** Blank keys last, whatever the order before. */
function blankLast<T extends { readonly key: string }>(list: T[]): T[] {
  return [...list.filter((g) => g.key !== BLANK_KEY), ...list.filter((g) => g.key === BLANK_KEY)];
}

/**
 * Regions in the registry's order where they are known (楚雄州's ten 县市 and 高新区), then the others as first seen.
 *
 * @param list the groups
 * @returns the same groups, reordered
 */
export function inRegistryOrder<T extends { readonly key: string }>(list: readonly T[]): T[] {
  const rank = new Map(CHUXIONG_REGIONS.map((name, i) => [name, i]));
  const known = list.filter((g) => rank.has(g.key)).sort((a, b) => rank.get(a.key)! - rank.get(b.key)!);
  return blankLast([...known, ...list.filter((g) => !rank.has(g.key))]);
}

/** Most accidents this period first, then last period; ties keep first-seen order (sort is stable). */
function byCount(list: readonly LedgerGroup[]): LedgerGroup[] {
  return blankLast([...list].sort((a, b) => b.current.accidents - a.current.accidents || b.previous.accidents - a.previous.accidents));
}

/** The four levels always (a zero is a figure), most serious first, then other stated levels. */
function levelOrder(list: readonly LedgerGroup[]): LedgerGroup[] {
  const zero = NONE;
  const fixed = ACCIDENT_LEVELS.map((level) => list.find((g) => g.key === level) ?? { key: level, current: zero, previous: zero });
  return blankLast([...fixed, ...list.filter((g) => !(ACCIDENT_LEVELS as readonly string[]).includes(g.key))]);
}

function iso(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/**
 * The months of a period, each clipped to the period: 2024-01-01…2024-06-30 gives January to June.
 *
 * @param period the current period
 * @returns one range per month, with its month number and label ("3月")
 * @example monthsOf({ start: "2024-01-01", end: "2024-02-29" }).map((m) => m.end) // ["2024-01-31", "2024-02-29"]
 */
export function monthsOf(period: { readonly start: string; readonly end: string }): { month: number; label: string; start: string; end: string }[] {
  const out: { month: number; label: string; start: string; end: string }[] = [];
  let [y, m] = period.start.split("-").map(Number);
  // At most 24 months: a long user-set period gets its first two years by month.
  for (let k = 0; k < 24; k++) {
    const first = iso(y, m, 1);
    if (first > period.end) break;
    const last = iso(y, m, daysInMonth(y, m));
    out.push({ month: m, label: `${m}月`, start: first < period.start ? period.start : first, end: last > period.end ? period.end : last });
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return out;
}

function range(start: string, end: string): DateRange {
  return { start, end, label: periodLabel(start, end) };
}

function monthRows(fold: AccidentFold, current: DateRange): LedgerMonth[] {
  const calendar = monthsOf(current);
  // Over more than 12 months a month's name (3月) stands for several months: an archive of many
  // years is told by year (accidentSummary's byYear), never as one year's months under its span.
  if (calendar.length > 12) return [];
  const months = calendar.map((m) => ({
    ...m,
    cur: range(m.start, m.end),
    prev: range(yearEarlier(m.start), yearEarlier(m.end)),
    days: { cur: [] as DayBucket[], prev: [] as DayBucket[] },
  }));
  // Each day into its month of either year (months do not overlap; the current year's first).
  for (const day of fold.allDays()) {
    for (const m of months) {
      if (dayWithin(day.date, m.cur)) m.days.cur.push(day);
      else if (dayWithin(day.date, m.prev)) m.days.prev.push(day);
      else continue;
      break;
    }
  }
  let toDate = { cur: NONE, prev: NONE };
  return months.map((m) => {
    const monthly = { current: fold.sumOf(m.days.cur).totals(), previous: fold.sumOf(m.days.prev).totals() };
    toDate = { cur: addTotals(toDate.cur, monthly.current), prev: addTotals(toDate.prev, monthly.previous) };
    return { month: m.month, label: m.label, current: m.cur, previous: m.prev, monthly, cumulative: { current: toDate.cur, previous: toDate.prev } };
  });
}

/** The sum of two totals (累计 as the running sum of the months), the loss exact on decimals. */
function addTotals(a: AccidentTotals, b: AccidentTotals): AccidentTotals {
  return {
    accidents: a.accidents + b.accidents,
    deaths: exactSum([a.deaths, b.deaths]),
    missing: exactSum([a.missing, b.missing]),
    injured: exactSum([a.injured, b.injured]),
    seriousInjured: exactSum([a.seriousInjured, b.seriousInjured]),
    directLoss: exactSum([a.directLoss, b.directLoss]),
    largerOrAbove: a.largerOrAbove + b.largerOrAbove,
  };
}

/**
 * The breakdowns of an accident ledger.
 *
 * @param source the ledger's records folded (`AccidentFold`), or the records themselves (`readAccidentRecords`)
 * @param ledger the ledger: its sheet, columns and periods
 * @returns by county, industry, type, level and month, and the basis for live formulas
 * @example ledgerBreakdowns(records, ledger).byRegion[0].key // "楚雄市"
 */
export function ledgerBreakdowns(
  source: AccidentFold | readonly AccidentRecord[],
  ledger: Pick<LedgerModel, "sheet" | "columns" | "current" | "previous">,
): AccidentBreakdowns {
  const fold = Array.isArray(source) ? foldRecords(source as readonly AccidentRecord[]) : (source as AccidentFold);
  const current = fold.daysWithin(ledger.current);
  const previous = fold.daysWithin(ledger.previous);
  const has = (field: KeyField) => columnOf(ledger, field) !== undefined;
  return {
    byRegion: has("region") ? inRegistryOrder(groups(fold, current, previous, "region")) : [],
    byIndustry: has("industry") ? byCount(groups(fold, current, previous, "industry")) : [],
    byType: has("accident_type") ? byCount(groups(fold, current, previous, "accident_type")) : [],
    byLevel: levelOrder(groups(fold, current, previous, "level")),
    byMonth: monthRows(fold, ledger.current),
    formulaBasis: formulaBasis(fold, ledger),
  };
}
