/**
 * Aggregating ledger records: accident totals of a period (exact sums), by group, and by year;
 * hazard totals (found, rectified, in progress, overdue, major, funds).
 */
import { exactSum } from "../numbers/decimal";
import type { AccidentTotals, DateRange, HazardTotals, LedgerField } from "../reader/model";
import { isLargerOrAbove } from "./accidentLevel";
import { readDate } from "./dates";
import { exactTotal, figuresOf, LOSS_SCALE, num, type KeyMemo, type LedgerRecord } from "./ledgerRecord";
import { yearlyWindows } from "./yearlyWindows";

/** Whether the record's date lies in the range (records without a date lie in none). */
export function inRange(r: LedgerRecord, range: { start: string; end: string }): boolean {
  return r.date !== undefined && r.date >= range.start && r.date <= range.end;
}

/**
 * The accident totals of some records: counts, deaths, missing, injured, serious injuries, the
 * direct loss (an exact decimal sum) and the larger-and-above accidents.
 *
 * @example accidentTotals(records, keys, true).accidents // records.length
 */
export function accidentTotals(records: readonly LedgerRecord[], keys: KeyMemo, hasLevel: boolean): AccidentTotals {
  return {
    accidents: records.length,
    deaths: exactTotal(records, (f) => f.deaths),
    missing: exactTotal(records, (f) => f.missing),
    injured: exactTotal(records, (f) => f.injured),
    seriousInjured: exactTotal(records, (f) => f.seriousInjured),
    // Integer units divided once: the float nearest the decimal sum, as exactSum gives.
    directLoss: records.every((r) => figuresOf(r).lossUnits !== undefined)
      ? exactTotal(records, (f) => f.lossUnits ?? 0) / LOSS_SCALE
      : exactSum(records.map((r) => figuresOf(r).directLoss)),
    largerOrAbove: records.filter((r) => isLargerOrAbove(keys.levelOf(r, hasLevel))).length,
  };
}

/** Totals by group key for both periods, in first-seen key order, from one pass into buckets. */
export function groupTotals(
  current: readonly LedgerRecord[],
  previous: readonly LedgerRecord[],
  key: (r: LedgerRecord) => string,
  keys: KeyMemo,
): { key: string; current: AccidentTotals; previous: AccidentTotals }[] {
  const buckets = new Map<string, { current: LedgerRecord[]; previous: LedgerRecord[] }>();
  const bucketOf = (k: string) => {
    let bucket = buckets.get(k);
    if (!bucket) buckets.set(k, (bucket = { current: [], previous: [] }));
    return bucket;
  };
  for (const r of current) bucketOf(key(r)).current.push(r);
  for (const r of previous) bucketOf(key(r)).previous.push(r);
  return [...buckets].map(([k, bucket]) => ({
    key: k,
    current: accidentTotals(bucket.current, keys, true),
    previous: accidentTotals(bucket.previous, keys, true),
  }));
}

/** The accident totals of the current window in each year the ledger covers, when there are 3 or more. */
export function yearlyTotals(
  records: readonly LedgerRecord[],
  current: DateRange,
  keys: KeyMemo,
  hasLevel: boolean,
): { byYear?: { period: DateRange; totals: AccidentTotals }[] } {
  let earliest: string | undefined;
  for (const r of records) if (r.date !== undefined && (earliest === undefined || r.date < earliest)) earliest = r.date;
  const windows = yearlyWindows(current, earliest);
  if (windows.length < 3) return {};
  return {
    byYear: windows.map((period) => ({
      period,
      totals: accidentTotals(
        records.filter((r) => inRange(r, period)),
        keys,
        hasLevel,
      ),
    })),
  };
}

/** The accident side of a ledger: both periods, by region, industry, type and level, and by year. */
export function accidentSummary(included: readonly LedgerRecord[], current: DateRange, previous: DateRange, keys: KeyMemo, hasLevel: boolean) {
  const cur = included.filter((r) => inRange(r, current));
  const prev = included.filter((r) => inRange(r, previous));
  const groups = (field: LedgerField | "derived_level") =>
    groupTotals(cur, prev, (r) => (field === "derived_level" ? keys.levelOf(r, hasLevel) : keys.keyOf(r, field)), keys);
  return {
    current: accidentTotals(cur, keys, hasLevel),
    previous: accidentTotals(prev, keys, hasLevel),
    byRegion: groups("region"),
    byIndustry: groups("industry"),
    byType: groups("accident_type"),
    byLevel: groups("derived_level"),
    ...yearlyTotals(included, current, keys, hasLevel),
  };
}

type Status = "rectified" | "inProgress" | "notStarted";

/** A hazard's status: from the 整改状态 text, else rectified when it has a completion date. */
export function statusOf(r: LedgerRecord): Status {
  const text = String(r.values.get("status") ?? "")
    .normalize("NFKC")
    .trim();
  if (/未整改|未开始|未完成|未落实/.test(text)) return "notStarted";
  if (/整改中|正在|进行中|推进/.test(text)) return "inProgress";
  if (/已整改|已完成|完成|销号|已验收|已落实/.test(text)) return "rectified";
  return readDate(r.values.get("done_date")) ? "rectified" : "notStarted";
}

/**
 * Hazard totals at a report date: found, rectified, in progress, not started, overdue (deadline
 * before the report date and not rectified), major found and rectified, and rectification funds.
 */
export function hazardTotals(records: readonly LedgerRecord[], reportDate: string): HazardTotals {
  const status = records.map(statusOf);
  const major = records.map((r) => /重大/.test(String(r.values.get("level") ?? "")));
  return {
    found: records.length,
    rectified: status.filter((s) => s === "rectified").length,
    inProgress: status.filter((s) => s === "inProgress").length,
    notStarted: status.filter((s) => s === "notStarted").length,
    overdue: records.filter((r, i) => {
      const deadline = readDate(r.values.get("deadline"));
      return status[i] !== "rectified" && deadline !== undefined && deadline.iso < reportDate;
    }).length,
    majorFound: major.filter(Boolean).length,
    majorRectified: records.filter((_, i) => major[i] && status[i] === "rectified").length,
    funds: exactSum(records.map((r) => num(r, "funds"))),
  };
}

/** The hazard side of a ledger: the records up to the report date, in total and by region. */
export function hazardSummary(included: readonly LedgerRecord[], reportDate: string, keys: KeyMemo) {
  const counted = included.filter((r) => r.date === undefined || r.date <= reportDate);
  const byRegion = new Map<string, LedgerRecord[]>();
  for (const r of counted) {
    const key = keys.keyOf(r, "region");
    const rows = byRegion.get(key);
    if (rows) rows.push(r);
    else byRegion.set(key, [r]);
  }
  return {
    reportDate,
    total: hazardTotals(counted, reportDate),
    byRegion: [...byRegion].map(([key, rs]) => ({ key, totals: hazardTotals(rs, reportDate) })),
  };
}
