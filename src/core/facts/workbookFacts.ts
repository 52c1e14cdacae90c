/**
 * workbookFacts: the reader's model → the workbook's facts. Every table and ledger is turned into
 * facts by its emitter, tables without a 合计 row get their derived wholes, and the context, the
 * 核对 scope and what was not understood are gathered. The summary plans from this value alone.
 */
import { comparedCells } from "../checks/compared";
import type { WorkbookModel } from "../reader/model";
import { approximateFacts } from "./approximateFacts";
import { checkScope } from "./checkScope";
import { factsContext } from "./context";
import { derivedTotals } from "./derive";
import type { Fact } from "./fact";
import { accidentLedgerFacts, ledgerSource } from "./fromLedger";
import { hazardLedgerFacts, hazardLedgerSource } from "./fromHazardLedger";
import { withCellChecks } from "./cellChecks";
import { joinSheetGroups } from "./fromSheetGroup";
import { tableFacts } from "./fromTable";
import { notUnderstood } from "./notUnderstood";
import type { FactSource, TableSource } from "./sources";
import { rowsAlongColumns, tableSource } from "./tableSource";
import type { WorkbookFacts } from "./workbook";

/**
 * The facts of a workbook.
 *
 * @param model what the reader found (`readWorkbook`)
 * @returns the facts, their sources, the context, the 核对 with its scope, and what was not understood
 * @example workbookFacts(readWorkbook(snapshot)).context.period // "2024年1—6月"
 */
export function workbookFacts(model: WorkbookModel): WorkbookFacts {
  const facts: Fact[] = [];
  const tables: TableSource[] = model.tables.map(tableSource);
  for (const table of model.tables) {
    const own = approximateFacts(tableFacts(table), table);
    facts.push(...own, ...derivedTotals(own, rowsAlongColumns(table)));
  }
  const joined = joinSheetGroups(model.sheetGroups, tables, facts);
  const ledgers: FactSource[] = model.ledgers.map((l) => (l.subtype === "hazard" ? hazardLedgerSource(l, ledgerSource(l)) : ledgerSource(l)));
  const read = joined.facts;
  for (const ledger of model.ledgers) read.push(...(ledger.subtype === "hazard" ? hazardLedgerFacts(ledger) : accidentLedgerFacts(ledger)));
  // The 核对's word on each source cell travels with the figure (cellChecks.ts).
  const all = withCellChecks(read, model.findings, model.anomalies);
  return {
    facts: all,
    sources: [...joined.sources, ...ledgers],
    context: factsContext(model, all),
    findings: model.findings,
    checked: checkScope(all, [...joined.sources, ...ledgers], comparedCells(model.tables)),
    notUnderstood: notUnderstood(joined.sources, all),
    diagnostics: model.diagnostics,
    anomalies: model.anomalies,
  };
}
