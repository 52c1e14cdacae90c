/**
 * The host-free middle of the one-click summary, the same for every host edge: the snapshot read
 * → the reader's model (with the user's corrections) → the plan, and the sheets the summary was
 * read from (watched for edits afterwards, for 刷新汇总). It sits outside src/core/summary because it
 * calls the reader: the planner itself reads facts only.
 */
import type { WorkbookSnapshot } from "../model/snapshot";
import { paneVerdict, slips, workbookFacts } from "../facts";
import type { Message } from "../messages";
import type { Finding, ReaderOverrides, WorkbookModel } from "../reader/model";
import { readWorkbook } from "../reader/readWorkbook";
import type { SummaryOptions } from "../summary/options";
import type { SummaryPlan } from "../summary/plan";
import { planSummary } from "../summary/planSummary";

/** What a host edge writes, and what it tells the pane. */
export interface SummaryOfSnapshot {
  readonly model: WorkbookModel;
  readonly plan: SummaryPlan;
  /** The 核对's slips, for the pane (differences within rounding are said in the verdict). */
  readonly findings: readonly Finding[];
  /** Without slips: what the 核对 checked, or that nothing was recognised, in the sheet's words. */
  readonly verdict?: Message;
  /** The sheets of the tables and ledgers the summary was read from. */
  readonly sourceSheets: readonly string[];
}

/**
 * Reads a snapshot and plans its summary.
 *
 * @param snapshot the data sheets as the host gave them
 * @param options resolved summary options
 * @param overrides the user's corrections to what the reader found
 * @param generatedAt when the summary is made ("YYYY-MM-DDTHH:mm"): the clock is read by the edge, not here
 * @returns the model, the plan, the slips and the verdict, and the source sheets
 * @example summaryFromSnapshot(snapshot, resolveSummaryOptions({}), undefined, "2024-07-05T09:30").plan.sheetName // "汇总"
 */
export function summaryFromSnapshot(
  snapshot: WorkbookSnapshot,
  options: SummaryOptions,
  overrides: ReaderOverrides | undefined,
  generatedAt: string,
): SummaryOfSnapshot {
  const model = readWorkbook(snapshot, { overrides });
  const facts = workbookFacts(model);
  const plan = planSummary(facts, { ...options, generatedAt: options.generatedAt ?? generatedAt });
  const verdict = paneVerdict(facts);
  return {
    model,
    plan,
    findings: slips(facts),
    ...(verdict ? { verdict } : {}),
    sourceSheets: [...new Set([...model.tables.map((x) => x.sheet), ...model.ledgers.map((x) => x.sheet)])],
  };
}
