/**
 * The depth of a hazard ledger's (隐患台账) summary: by county and by category, 重大隐患 alone, the
 * overdue hazards (逾期未整改) with the cells to look at, 整改资金, and what live formulas over the
 * ledger may rely on. A hazard counts when 是否纳入统计 leaves it in and it was found by the report
 * date (or has no date). See docs/ledger-summary.md.
 */
import { cellAddress } from "../model/address";
import type { LedgerField, LedgerModel } from "../reader/model";
import { readCell } from "../numbers/readCell";
import { BLANK_KEY, columnOf } from "./accidentRecords";
import { hazardTotals, statusOf } from "./aggregateLedger";
import type { HazardBreakdowns, HazardFormulaBasis, HazardGroup, OverdueHazard } from "./breakdownTypes";
import { inRegistryOrder } from "./breakdowns";
import { readDate } from "./dates";
import { isPlainCriterion } from "./formulaBasis";
import { isExcluded, type KeyMemo, type LedgerRecord } from "./ledgerRecord";

/** How many overdue hazards the list names; the rest are counted. */
export const OVERDUE_LIST_LIMIT = 200;

/** The status texts a COUNTIFS criterion can rely on: each maps to exactly one status. */
const STATUS_WORDS = new Set(["已整改", "整改中", "未整改"]);

function groups(records: readonly LedgerRecord[], key: (r: LedgerRecord) => string, reportDate: string): HazardGroup[] {
  const buckets = new Map<string, LedgerRecord[]>();
  for (const r of records) {
    const k = key(r);
    const list = buckets.get(k);
    if (list) list.push(r);
    else buckets.set(k, [r]);
  }
  return [...buckets].map(([k, rs]) => ({ key: k, totals: hazardTotals(rs, reportDate) }));
}

function byFound(list: readonly HazardGroup[]): HazardGroup[] {
  const sorted = [...list].sort((a, b) => b.totals.found - a.totals.found);
  return [...sorted.filter((g) => g.key !== BLANK_KEY), ...sorted.filter((g) => g.key === BLANK_KEY)];
}

function isMajor(r: LedgerRecord): boolean {
  return /重大/.test(String(r.values.get("level") ?? ""));
}

function exactKeys(records: readonly LedgerRecord[], field: LedgerField, keys: KeyMemo): string[] {
  const bad = new Set<string>();
  const all = new Set<string>();
  for (const r of records) {
    const key = keys.keyOf(r, field);
    all.add(key);
    const raw = r.values.get(field);
    if (typeof raw !== "string" || raw !== key || !isPlainCriterion(key)) bad.add(key);
  }
  return [...all].filter((k) => !bad.has(k));
}

function basisOf(
  all: readonly LedgerRecord[],
  counted: readonly LedgerRecord[],
  ledger: Pick<LedgerModel, "sheet" | "columns">,
  keys: KeyMemo,
): HazardFormulaBasis {
  const col = (f: LedgerField) => columnOf(ledger, f);
  const dateColumn = col("date") ?? 0;
  const excludedTexts = [...new Set(all.filter((r) => isExcluded(r.values.get("included"))).map((r) => String(r.values.get("included"))))];
  const includedColumn = col("included");
  const realDate = (raw: unknown) => typeof raw === "number" && readDate(raw) !== undefined;
  const datesLive = col("date") !== undefined && excludedTexts.every(isPlainCriterion) && counted.every((r) => realDate(r.values.get("date")));
  const statusLive = col("status") !== undefined && counted.every((r) => STATUS_WORDS.has(String(r.values.get("status") ?? "")));
  const deadlineLive = col("deadline") !== undefined && counted.every((r) => statusOf(r) === "rectified" || realDate(r.values.get("deadline")));
  const levelLive = col("level") !== undefined && counted.every((r) => ["重大", "一般", "", undefined].includes(r.values.get("level") as string));
  const fundsLive =
    col("funds") !== undefined &&
    counted.every((r) => {
      const raw = r.values.get("funds");
      const reading = readCell(raw);
      return reading.kind === "error" ? false : reading.kind !== "number" || typeof raw === "number";
    });
  const keyed = (f: LedgerField) => {
    const column = col(f);
    return column === undefined ? undefined : { column, keys: exactKeys(counted, f, keys) };
  };
  return {
    sheet: ledger.sheet,
    dateColumn,
    datesLive,
    ...(includedColumn !== undefined ? { included: { column: includedColumn, excludedTexts } } : {}),
    ...(statusLive ? { statusColumn: col("status") } : {}),
    ...(deadlineLive ? { deadlineColumn: col("deadline") } : {}),
    ...(levelLive ? { levelColumn: col("level") } : {}),
    ...(fundsLive ? { fundsColumn: col("funds") } : {}),
    ...(keyed("region") ? { region: keyed("region") } : {}),
    ...(keyed("industry") ? { category: keyed("industry") } : {}),
  };
}

/**
 * The hazard ledger's breakdowns.
 *
 * @param records all the ledger's records
 * @param reportDate yyyy-mm-dd: hazards found by then count; overdue means a deadline before it, not rectified
 * @param keys the read's group-key memo
 * @param ledger the ledger (sheet, columns)
 * @returns by county, by category, 重大 by county, the overdue list, and the formula basis
 * @example hazardBreakdowns(records, "2024-06-30", keys, ledger).overdueCount // 12
 */
export function hazardBreakdowns(
  records: readonly LedgerRecord[],
  reportDate: string,
  keys: KeyMemo,
  ledger: Pick<LedgerModel, "sheet" | "columns">,
): HazardBreakdowns {
  const included = records.filter((r) => !isExcluded(r.values.get("included")));
  const counted = included.filter((r) => r.date === undefined || r.date <= reportDate);
  const region = (r: LedgerRecord) => keys.keyOf(r, "region");
  const deadlineColumn = columnOf(ledger, "deadline");
  const overdueRecords = counted.filter((r) => {
    const deadline = readDate(r.values.get("deadline"));
    return statusOf(r) !== "rectified" && deadline !== undefined && deadline.iso < reportDate;
  });
  const overdue: OverdueHazard[] = overdueRecords.slice(0, OVERDUE_LIST_LIMIT).map((r) => ({
    row: r.row,
    cell: cellAddress(r.row, deadlineColumn ?? 0),
    region: region(r),
    unit: String(r.values.get("unit_name") ?? "").trim(),
    deadline: readDate(r.values.get("deadline"))!.iso,
    status: String(r.values.get("status") ?? "").trim(),
    major: isMajor(r),
  }));
  return {
    byRegion: columnOf(ledger, "region") !== undefined ? inRegistryOrder(groups(counted, region, reportDate)) : [],
    byCategory: columnOf(ledger, "industry") !== undefined ? byFound(groups(counted, (r) => keys.keyOf(r, "industry"), reportDate)) : [],
    majorByRegion: inRegistryOrder(groups(counted.filter(isMajor), region, reportDate)),
    overdue,
    overdueCount: overdueRecords.length,
    formulaBasis: basisOf(records, counted, ledger, keys),
  };
}
