/**
 * The one place where the reader calls the ledger reader and the arithmetic checks, written
 * in parallel in `src/core/ledger/` and `src/core/checks/`.
 *
 * Both are wired in; this file stays the single seam between the table reader and them.
 */
import { checkWorkbook } from "../checks/checkWorkbook";
import { checkPeriodNames } from "../checks/periodNames";
import { readLedgers } from "../ledger/readLedgers";
import type { ClaimedRows } from "../model/rowRange";
import type { SheetSnapshot } from "../model/snapshot";
import type { Anomaly, Diagnostic, Finding, LedgerModel, ReaderOverrides, SheetGroup, TableModel } from "./model";

/** What the ledger reader gives for one sheet. */
export interface SheetLedgers {
  readonly ledgers: readonly LedgerModel[];
  readonly anomalies: readonly Anomaly[];
  readonly diagnostics: readonly Diagnostic[];
  /** Sheet rows the ledgers occupy; the table reader leaves them alone. */
  readonly claimedRows: ClaimedRows;
}

/**
 * Reads the ledgers (台账) of a sheet.
 *
 * @param sheet the sheet
 * @param options overrides (ledger periods) and the report date
 * @returns the ledgers and the rows they claim
 * @example readSheetLedgers(sheet, {}).ledgers.length // 1 for a 事故台账 sheet
 */
export function readSheetLedgers(sheet: SheetSnapshot, options: { overrides?: ReaderOverrides; reportDate?: string }): SheetLedgers {
  return readLedgers(sheet, options);
}

/**
 * Checks the workbook's own arithmetic (核对).
 *
 * @param tables the tables read
 * @param ledgers the ledgers read
 * @param fileName the workbook's file name, whose period the sheet names must not contradict
 * @param groups sheets of one form, one per county (checked against their whole sheet)
 * @returns the findings
 * @example checkTables(tables, []) // [] for a consistent workbook
 */
export function checkTables(tables: readonly TableModel[], ledgers: readonly LedgerModel[], fileName?: string, groups: readonly SheetGroup[] = []): Finding[] {
  // The sheets that gave tables or ledgers: their names against the file's (2005_7.xls holding a sheet 2005_6).
  const sheets = new Set([...tables.map((t) => t.sheet), ...ledgers.map((l) => l.sheet)]);
  return [...checkWorkbook(tables, ledgers, groups), ...checkPeriodNames([...sheets], fileName)];
}
