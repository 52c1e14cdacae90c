/**
 * The accident side of a ledger as the model carries it: totals this period and last, the groups
 * by county, industry, type and level (the breakdowns' own, so the records are grouped once), and
 * the current window in each year the ledger covers (for the trend), all from `readAccidentRecords`.
 */
import type { DateRange, LedgerModel } from "../reader/model";
import { within, type AccidentRecord } from "./accidentRecords";
import { accidentTotalsOf, ledgerBreakdowns } from "./breakdowns";
import { yearlyWindows } from "./yearlyWindows";

/** The current window in each year the ledger covers, when there are 3 or more. */
function byYear(included: readonly AccidentRecord[], current: DateRange) {
  let earliest: string | undefined;
  for (const r of included) if (r.date !== undefined && (earliest === undefined || r.date < earliest)) earliest = r.date;
  const windows = yearlyWindows(current, earliest);
  if (windows.length < 3) return {};
  return { byYear: windows.map((period) => ({ period, totals: accidentTotalsOf(included.filter((r) => within(r, period))) })) };
}

/**
 * The accident summary of a ledger: totals, groups, years and the breakdowns.
 *
 * @param records the ledger's records (`readAccidentRecords`)
 * @param ledger the ledger: its sheet, columns and periods
 * @example accidentSummary(records, ledger).current.accidents // 23
 */
export function accidentSummary(
  records: readonly AccidentRecord[],
  ledger: Pick<LedgerModel, "sheet" | "columns" | "current" | "previous">,
): NonNullable<LedgerModel["accidents"]> {
  const included = records.filter((r) => r.included);
  const breakdowns = ledgerBreakdowns(records, ledger);
  return {
    current: accidentTotalsOf(included.filter((r) => within(r, ledger.current))),
    previous: accidentTotalsOf(included.filter((r) => within(r, ledger.previous))),
    byRegion: breakdowns.byRegion,
    byIndustry: breakdowns.byIndustry,
    byType: breakdowns.byType,
    byLevel: breakdowns.byLevel,
    ...byYear(included, ledger.current),
    breakdowns,
  };
}
