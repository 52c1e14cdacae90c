/**
 * The breakdowns of an accident ledger: totals by county, industry, accident type, level and
 * month, this period against the same period last year, counted from the records (one pass into
 * buckets per breakdown). Only records 是否纳入统计 leaves in are counted; a record counts in a
 * period when its date falls within it, both ends included. See docs/ledger-summary.md.
 */
import { exactSum } from "../numbers/decimal";
import type { AccidentTotals, DateRange, LedgerModel } from "../reader/model";
import { CHUXIONG_REGIONS } from "../registry/regions";
import { ACCIDENT_LEVELS } from "./accidentLevel";
import { BLANK_KEY, columnOf, within, type AccidentRecord, type KeyField } from "./accidentRecords";
import type { AccidentBreakdowns, LedgerGroup, LedgerMonth } from "./breakdownTypes";
import { daysInMonth, periodLabel, yearEarlier } from "./dates";
import { formulaBasis } from "./formulaBasis";

/**
 * The totals of some records, sums exact on the decimal values.
 *
 * @param records the records (all counted)
 * @returns accidents, deaths, missing, injured, serious injuries, direct loss (万元), 较大 and above
 * @example accidentTotalsOf([]).accidents // 0
 */
export function accidentTotalsOf(records: readonly AccidentRecord[]): AccidentTotals {
  // One pass, integer sums while every figure is a whole number (the usual case); exact decimal sums otherwise.
  let deaths = 0;
  let missing = 0;
  let injured = 0;
  let serious = 0;
  let larger = 0;
  let whole = true;
  for (const r of records) {
    const f = r.figures;
    deaths += f.deaths;
    missing += f.missing;
    injured += f.injured;
    serious += f.serious_injured;
    if (r.largerOrAbove) larger++;
    if (whole && !(Number.isInteger(f.deaths) && Number.isInteger(f.missing) && Number.isInteger(f.injured) && Number.isInteger(f.serious_injured)))
      whole = false;
  }
  whole = whole && [deaths, missing, injured, serious].every(Number.isSafeInteger);
  const exact = (pick: (r: AccidentRecord) => number, quick: number) => (whole ? quick : exactSum(records.map(pick)));
  return {
    accidents: records.length,
    deaths: exact((r) => r.figures.deaths, deaths),
    missing: exact((r) => r.figures.missing, missing),
    injured: exact((r) => r.figures.injured, injured),
    seriousInjured: exact((r) => r.figures.serious_injured, serious),
    directLoss: lossTotal(records),
    largerOrAbove: larger,
  };
}

/** Losses summed as integers of 0.0001 万元 while every loss has at most 4 decimals (exact), else by `exactSum`. */
function lossTotal(records: readonly AccidentRecord[]): number {
  let units = 0;
  for (const r of records) {
    const v = r.figures.direct_loss;
    const u = Math.round(v * 1e4);
    if (!(Math.abs(v) < 1e10) || u / 1e4 !== v) return exactSum(records.map((x) => x.figures.direct_loss));
    units += u;
  }
  return Number.isSafeInteger(units) ? units / 1e4 : exactSum(records.map((x) => x.figures.direct_loss));
}

function buckets(records: readonly AccidentRecord[], field: KeyField): Map<string, AccidentRecord[]> {
  const out = new Map<string, AccidentRecord[]>();
  for (const r of records) {
    const k = r.keys[field];
    let list = out.get(k);
    if (!list) out.set(k, (list = []));
    list.push(r);
  }
  return out;
}

/** Groups by a key: every key of either period, in first-seen order (current period first). */
function groups(current: readonly AccidentRecord[], previous: readonly AccidentRecord[], field: KeyField): LedgerGroup[] {
  const cur = buckets(current, field);
  const prev = buckets(previous, field);
  const keys = [...new Set([...cur.keys(), ...prev.keys()])];
  return keys.map((key) => ({ key, current: accidentTotalsOf(cur.get(key) ?? []), previous: accidentTotalsOf(prev.get(key) ?? []) }));
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
  const zero = accidentTotalsOf([]);
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

function monthRows(included: readonly AccidentRecord[], current: DateRange): LedgerMonth[] {
  const months = monthsOf(current).map((m) => ({
    ...m,
    cur: range(m.start, m.end),
    prev: range(yearEarlier(m.start), yearEarlier(m.end)),
    records: { cur: [] as AccidentRecord[], prev: [] as AccidentRecord[] },
  }));
  // One pass: each record into its month of either year (months do not overlap).
  for (const r of included) {
    if (r.date === undefined) continue;
    for (const m of months) {
      if (within(r, m.cur)) m.records.cur.push(r);
      else if (within(r, m.prev)) m.records.prev.push(r);
      else continue;
      break;
    }
  }
  let toDate = { cur: accidentTotalsOf([]), prev: accidentTotalsOf([]) };
  return months.map((m) => {
    const monthly = { current: accidentTotalsOf(m.records.cur), previous: accidentTotalsOf(m.records.prev) };
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
 * @param records the ledger's records (`readAccidentRecords`)
 * @param ledger the ledger: its sheet, columns and periods
 * @returns by county, industry, type, level and month, and the basis for live formulas
 * @example ledgerBreakdowns(records, ledger).byRegion[0].key // "楚雄市"
 */
export function ledgerBreakdowns(
  records: readonly AccidentRecord[],
  ledger: Pick<LedgerModel, "sheet" | "columns" | "current" | "previous">,
): AccidentBreakdowns {
  const included = records.filter((r) => r.included);
  const current = included.filter((r) => within(r, ledger.current));
  const previous = included.filter((r) => within(r, ledger.previous));
  const has = (field: KeyField) => columnOf(ledger, field) !== undefined;
  return {
    byRegion: has("region") ? inRegistryOrder(groups(current, previous, "region")) : [],
    byIndustry: has("industry") ? byCount(groups(current, previous, "industry")) : [],
    byType: has("accident_type") ? byCount(groups(current, previous, "accident_type")) : [],
    byLevel: levelOrder(groups(current, previous, "level")),
    byMonth: monthRows(included, ledger.current),
    formulaBasis: formulaBasis(records, ledger),
  };
}
