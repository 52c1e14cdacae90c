/**
 * The 核对 joined to what the 综述 says (docs/report-rules.md rule 14). Each figure's own flags (an
 * open finding on its cell: 待核实 with the recomputed figure; an error value: unavailable) travel
 * with the figure from the facts (facts/cellChecks.ts, summary/sourced.ts). What is left here is a
 * finding about two sources: a table and a ledger of the same period that disagree (rule 8).
 */
import type { Finding } from "../facts";
import type { SummaryFacts } from "./facts";

/** The sheet of an A1 reference ("'事故台账'!C2:C421" → 事故台账). */
function sheetOf(reference: string): string {
  const bang = reference.lastIndexOf("!");
  const sheet = bang < 0 ? reference : reference.slice(0, bang);
  return sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

/**
 * A table and a ledger of the same period that disagree, from the 核对's findings (checks/ledgerChecks.ts):
 * the first table whose cells differ from a ledger's counts, and that ledger.
 *
 * @param findings the 核对's findings
 * @returns the table's and the ledger's sheets, or undefined
 */
function ledgerMismatch(findings: readonly Finding[]): SummaryFacts["ledgerMismatch"] {
  const found = findings.filter((f) => f.kind === "ledger_table_mismatch" && f.severity !== "info" && f.sources.length > 0);
  if (!found.length) return undefined;
  return { table: found[0].sheet, ledger: sheetOf(found[0].sources[0]) };
}

/**
 * The summary facts with the table–ledger disagreement the 核对 found, if any.
 *
 * @param facts the summary facts
 * @param findings the 核对's findings
 * @returns the facts; the same object when the 核对 found no such disagreement
 * @example withLedgerMismatch(facts, wf.findings).ledgerMismatch // { table: "事故统计", ledger: "事故台账" }
 */
export function withLedgerMismatch(facts: SummaryFacts, findings: readonly Finding[]): SummaryFacts {
  const mismatch = ledgerMismatch(findings);
  return mismatch ? { ...facts, ledgerMismatch: mismatch } : facts;
}
