/**
 * Aggregating a hazard ledger's records: found, rectified, in progress, overdue, major, funds, in
 * total and by region. (An accident ledger's totals come from its breakdowns: accidentSummary.ts.)
 */
import { exactSum } from "../numbers/decimal";
import type { HazardTotals } from "../reader/model";
import { readDate } from "./dates";
import { num, type KeyMemo, type LedgerRecord } from "./ledgerRecord";

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
