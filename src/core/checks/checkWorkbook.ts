/**
 * 核对: the workbook's own arithmetic, every check over every table. Published reports contain
 * such slips; each finding names the cell, the stated and the recomputed figure.
 */
import type { Finding, LedgerModel, TableModel } from "../reader/model";
import { checkImpossibleValues } from "./impossibleValues";
import { checkLedgerAgainstTables, checkLedgerTextDates } from "./ledgerChecks";
import { checkParts } from "./parts";
import { checkStatedChanges } from "./statedChange";
import { checkStatedRates } from "./statedRate";
import { checkTotals } from "./totals";
import { checkUnitSlips } from "./unitSlips";

/**
 * Runs every check over every table, then the ledgers against the tables of their period and
 * the ledgers' text dates (ledgerChecks.ts).
 *
 * @param tables the tables read
 * @param ledgers the ledgers read
 * @returns the findings, errors first, in sheet order
 * @example checkWorkbook(model.tables, model.ledgers)
 */
export function checkWorkbook(tables: readonly TableModel[], ledgers: readonly LedgerModel[] = []): Finding[] {
  const findings: Finding[] = [];
  for (const table of tables) {
    findings.push(
      ...checkTotals(table),
      ...checkParts(table),
      ...checkStatedChanges(table),
      ...checkStatedRates(table),
      ...checkUnitSlips(table),
      ...checkImpossibleValues(table),
    );
  }
  // Ledgers carry no stated figures of their own; they are checked against the tables of the same period.
  findings.push(...checkLedgerAgainstTables(tables, ledgers), ...checkLedgerTextDates(ledgers));
  return findings;
}
