/**
 * The host-free middle of the one-click summary, the same for every edge (Excel, WPS, the workbench,
 * the command line): the snapshot read → the reader's model (with the user's corrections) → the
 * facts → the plan, the 核对 for the pane, and the sheets the summary was
 * read from (watched for edits afterwards, for 刷新汇总). It sits outside src/core/summary because it
 * calls the reader: the planner itself reads facts only.
 */
import type { WorkbookSnapshot } from "../model/snapshot";
import { ledgerRowNotes, paneVerdict, slips, workbookFacts, type WorkbookFacts } from "../facts";
import type { Message } from "../messages";
import type { Finding, WorkbookModel } from "../reader/model";
import { readWorkbook, type ReadWorkbookOptions } from "../reader/readWorkbook";
import type { SummaryOptionsInput } from "../summary/options";
import type { SummaryPlan } from "../summary/plan";
import { planSummary } from "../summary/planSummary";

/** What a host edge writes, and what it tells the pane. */
export interface SummaryOfSnapshot {
  readonly model: WorkbookModel;
  /** What was understood: the facts the plan was made from (computed once per summary). */
  readonly facts: WorkbookFacts;
  readonly plan: SummaryPlan;
  /** The 核对's slips, for the pane (differences within rounding are said in the verdict). */
  readonly findings: readonly Finding[];
  /** Without slips: what the 核对 checked, or that nothing was recognised, in the sheet's words. */
  readonly verdict?: Message;
  /** Per ledger, how its rows were used, in the 核对's words (none without ledgers). */
  readonly ledgerRows: readonly Message[];
  /** The sheets of the tables and ledgers the summary was read from. */
  readonly sourceSheets: readonly string[];
}

/**
 * Reads a snapshot and plans its summary: the one middle of every flow (Excel, WPS, the workbench's
 * worker and download, the command line), so the facts are computed once per summary and no edge
 * keeps a copy.
 *
 * @param snapshot the data sheets as the host gave them
 * @param options summary options, with the time of generation ("YYYY-MM-DDTHH:mm"): the clock is read by the edge, not here
 * @param reading the user's corrections to what the reader found, the report date, ledgers read while streaming
 * @returns the model, the facts, the plan, the slips and the verdict, and the source sheets
 * @example summaryFromSnapshot(snapshot, { language: "zh", generatedAt: "2024-07-05T09:30" }).plan.sheetName // "汇总"
 */
export function summaryFromSnapshot(snapshot: WorkbookSnapshot, options: SummaryOptionsInput, reading: ReadWorkbookOptions = {}): SummaryOfSnapshot {
  const model = readWorkbook(snapshot, reading);
  const facts = workbookFacts(model);
  const plan = planSummary(facts, options);
  const verdict = paneVerdict(facts);
  return {
    model,
    facts,
    plan,
    findings: slips(facts),
    ...(verdict ? { verdict } : {}),
    ledgerRows: ledgerRowNotes(facts),
    sourceSheets: [...new Set([...model.tables.map((x) => x.sheet), ...model.ledgers.map((x) => x.sheet)])],
  };
}
