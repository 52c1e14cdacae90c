/**
 * Ledgers (台账): one row per accident or per hazard. Finds them by their header vocabulary
 * (findLedgerHeader), reads the records (readLedgerRecords: mixed date forms, text numbers, "—"),
 * infers the reporting period from the latest date, and aggregates (aggregateLedger): accidents
 * this period and the same period last year, by region, industry, accident type and level;
 * hazards found, rectified, in progress, overdue.
 */
import { rangeAddress } from "../model/address";
import type { SheetSnapshot } from "../model/snapshot";
import type { Anomaly, DateRange, Diagnostic, LedgerModel, ReaderOverrides } from "../reader/model";
import { readAccidentRecords } from "./accidentRecords";
import { accidentSummary } from "./accidentSummary";
import { hazardSummary } from "./aggregateLedger";
import { hazardBreakdowns } from "./hazardBreakdowns";
import { periodLabel, periodToMonthEnd, yearEarlier } from "./dates";
import { findLedgerHeader } from "./findLedgerHeader";
import { isExcluded, KeyMemo } from "./ledgerRecord";
import { readLedgerRecords } from "./readLedgerRecords";
import { MESSAGES, type Message } from "../messages";

/** What the ledger reader gives for one sheet. */
export interface SheetLedgers {
  readonly ledgers: LedgerModel[];
  readonly anomalies: Anomaly[];
  readonly diagnostics: Diagnostic[];
  /** Sheet rows the ledgers occupy; the table reader leaves them alone. */
  readonly claimedRows: number[];
}

/** Options of `readLedgers`. */
export interface LedgerOptions {
  readonly overrides?: ReaderOverrides;
  /** yyyy-mm-dd: the date overdue hazards are counted at, and the period's end when no record has a date; by default the end of the latest record's month. */
  readonly reportDate?: string;
}

/**
 * Reads the ledgers of a sheet.
 *
 * @param sheet the sheet snapshot
 * @param options overrides (the ledger period) and the report date
 * @returns the ledgers, anomalies (text dates with their cells), diagnostics, and the rows claimed
 * @example readLedgers(accidentLedgerSheet).ledgers[0].accidents.current.accidents // 23
 */
export function readLedgers(sheet: SheetSnapshot, options: LedgerOptions = {}): SheetLedgers {
  const out: SheetLedgers = { ledgers: [], anomalies: [], diagnostics: [], claimedRows: [] };
  const header = findLedgerHeader(sheet);
  if (!header) return out;
  const { rowIndex, columns, subtype } = header;
  const headerRow = sheet.originRow + rowIndex;
  const { records, lastIndex, anomalies } = readLedgerRecords(sheet, header);
  out.anomalies.push(...anomalies);
  const lastColumn = Math.max(...columns.map((c) => c.column));
  const firstColumn = Math.min(...columns.map((c) => c.column));
  const address = rangeAddress(headerRow, firstColumn, sheet.originRow + lastIndex - headerRow + 1, lastColumn - firstColumn + 1);
  for (let r = headerRow; r <= sheet.originRow + lastIndex; r++) out.claimedRows.push(r);
  const id = `${sheet.name}!${address}`;
  const diagnostic = (message: Message) => out.diagnostics.push({ severity: "warning", sheet: sheet.name, address, message });

  if (records.length === 0) {
    diagnostic(MESSAGES.ledger.noRecords(sheet.name));
    return out;
  }
  let latestDate: string | undefined;
  for (const r of records) if (r.date !== undefined && (latestDate === undefined || r.date > latestDate)) latestDate = r.date;
  const override = options.overrides?.ledgerPeriod?.[id];
  const latest = latestDate ?? options.reportDate;
  if (!override && latest === undefined) {
    // The period comes from the records' dates; without any there is nothing to count in a period.
    diagnostic(MESSAGES.ledger.noDates(sheet.name));
    return out;
  }
  const currentRange = override ?? periodToMonthEnd(latest!);
  const current: DateRange = { ...currentRange, label: periodLabel(currentRange.start, currentRange.end) };
  const previousRange = { start: yearEarlier(current.start), end: yearEarlier(current.end) };
  const previous: DateRange = { ...previousRange, label: periodLabel(previousRange.start, previousRange.end) };
  const included = records.filter((r) => !isExcluded(r.values.get("included")));
  const keys = new KeyMemo();
  const common = {
    kind: "ledger" as const,
    id,
    sheet: sheet.name,
    address,
    headerRow,
    columns: columns.map((c) => ({ column: c.column, header: c.header, field: c.field, confidence: c.confidence })),
    firstRow: records[0].row,
    lastRow: records[records.length - 1].row,
    recordCount: records.length,
    excludedCount: records.length - included.length,
    current,
    previous,
    periodSource: override ? ("user" as const) : ("inferred" as const),
    confidence: Math.min(1, columns.filter((c) => c.field !== "other").length / 8),
  };
  if (subtype === "accident") {
    out.ledgers.push({ ...common, subtype, accidents: accidentSummary(readAccidentRecords(sheet, common), common) });
  } else {
    const reportDate = options.reportDate ?? periodToMonthEnd(latest ?? current.end).end;
    const breakdowns = hazardBreakdowns(records, reportDate, keys, common);
    out.ledgers.push({ ...common, subtype, hazards: { ...hazardSummary(included, reportDate, keys), breakdowns } });
  }
  return out;
}
