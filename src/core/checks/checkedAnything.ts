/**
 * Whether the 核对 looked at anything. "未发现计算不一致" is said only about tables and ledgers that
 * were understood; a workbook of which nothing was understood gets "nothing was checked" instead
 * (the summary's 核对 section, the report's 附件1, the command line's line).
 */
import type { WorkbookModel } from "../reader/model";

/**
 * Whether any table or ledger was understood, so the 核对 had something to check.
 *
 * @param model the workbook as read
 * @returns true when at least one table or ledger was read
 * @example checkedAnything({ tables: [], ledgers: [], findings: [], anomalies: [], diagnostics: [] }) // false
 */
export function checkedAnything(model: Pick<WorkbookModel, "tables" | "ledgers">): boolean {
  return model.tables.length > 0 || model.ledgers.length > 0;
}
