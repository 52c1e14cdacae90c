/** Whether anything in a workbook was understood: the one test behind "nothing recognised" (19.7). */
import type { WorkbookFacts } from "./workbook";

/**
 * Whether anything was understood: at least one fact with a figure.
 *
 * @param wf the workbook's facts
 * @returns true when some table or ledger gave a figure
 * @example understood(workbookFacts(readWorkbook(roster))) // false
 */
export function understood(wf: WorkbookFacts): boolean {
  return wf.facts.some((f) => f.value !== null);
}
