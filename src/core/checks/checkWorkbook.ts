/**
 * 核对: the workbook's own arithmetic, every check over every table. Published reports contain
 * such slips; each finding names the cell, the stated and the recomputed figure.
 */
import type { Finding, LedgerModel, SheetGroup, TableModel } from "../reader/model";
import { MESSAGES } from "../messages";
import { checkErrorCells } from "./errorCells";
import { guardedFindings } from "./finite";
import { checkImpossibleValues } from "./impossibleValues";
import { checkLedgerAgainstTables, checkLedgerTextDates } from "./ledgerChecks";
import { checkLedgerRows } from "./ledgerRows";
import { checkLevels } from "./levels";
import { checkOfWhichRows } from "./ofWhichRows";
import { checkParts } from "./parts";
import { checkPeriodSums } from "./periodSums";
import { checkSheetGroups } from "./sheetGroups";
import { checkStatedChanges } from "./statedChange";
import { checkStatedRowChanges } from "./statedRowChanges";
import { checkStatedRates } from "./statedRate";
import { checkStatedShares } from "./statedShares";
import { checkTotals } from "./totals";
import { checkUnitSlips } from "./unitSlips";

/**
 * Runs every check over every table, then the ledgers against the tables of their period and
 * the ledgers' text dates (ledgerChecks.ts).
 *
 * @param tables the tables read
 * @param ledgers the ledgers read
 * @param groups sheets of one form, one per county, checked against their whole sheet
 * @returns the findings, errors first, in sheet order
 * @example checkWorkbook(model.tables, model.ledgers)
 */
export function checkWorkbook(tables: readonly TableModel[], ledgers: readonly LedgerModel[] = [], groups: readonly SheetGroup[] = []): Finding[] {
  const findings: Finding[] = [];
  // Each check guarded: one that fails inside, or overflows, says so for its table (finite.ts).
  const checks = [
    checkTotals,
    checkParts,
    checkOfWhichRows,
    checkLevels,
    checkStatedChanges,
    checkStatedRowChanges,
    checkStatedRates,
    checkStatedShares,
    checkPeriodSums,
    checkUnitSlips,
    checkImpossibleValues,
    checkErrorCells,
  ];
  for (const table of tables) findings.push(...guardedFindings(table, checks));
  const whole = groups.map((g) => tables.find((t) => t.id === g.total)).filter((t): t is TableModel => t !== undefined);
  for (const table of whole)
    findings.push(
      ...guardedFindings(table, [
        (t) =>
          checkSheetGroups(
            tables,
            groups.filter((g) => g.total === t.id),
          ),
      ]),
    );
  // Ledgers carry no stated figures of their own; they are checked against the tables of the same period.
  try {
    findings.push(...checkLedgerAgainstTables(tables, ledgers), ...checkLedgerTextDates(ledgers), ...checkLedgerRows(ledgers));
  } catch {
    for (const ledger of ledgers)
      findings.push({
        kind: "not_checked",
        severity: "error",
        sheet: ledger.sheet,
        cell: ledger.address,
        sources: [],
        stated: null,
        recomputed: null,
        message: MESSAGES.checks.notChecked(`${ledger.sheet}!${ledger.address}`),
      });
  }
  return findings;
}
