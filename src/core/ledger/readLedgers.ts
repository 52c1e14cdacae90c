/**
 * Ledgers (台账): one row per accident or per hazard. Finds them by their header vocabulary
 * (findLedgerHeader), reads the records (ledgerRowReader: mixed date forms, text numbers, "—"),
 * infers the reporting period from the latest date, and aggregates: accidents this period and the
 * same period last year, by region, industry, accident type and level (accidentFold); hazards
 * found, rectified, in progress, overdue.
 */
import type { ClaimedRows } from "../model/rowRange";
import type { SheetSnapshot } from "../model/snapshot";
import type { Anomaly, Diagnostic, LedgerModel, ReaderOverrides } from "../reader/model";
import { LedgerRowReader } from "./ledgerRowReader";

/** What the ledger reader gives for one sheet. */
export interface SheetLedgers {
  readonly ledgers: LedgerModel[];
  readonly anomalies: Anomaly[];
  readonly diagnostics: Diagnostic[];
  /** Sheet rows the ledgers occupy; the table reader leaves them alone. */
  claimedRows: ClaimedRows;
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
  const reader = new LedgerRowReader(sheet, options);
  for (let i = 0; i < sheet.values.length && reader.open; i++) reader.push(i, sheet.values[i] ?? []);
  return reader.finish();
}
