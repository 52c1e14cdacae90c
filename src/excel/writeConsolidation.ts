/**
 * Writing a consolidation of county returns into the open workbook: its sheets (summary,
 * consolidated form, by county, 报送情况) as new sheets under names free in the workbook, each
 * through the safe summary writer. All or nothing: when one fails, the ones already written are
 * deleted again. The user's own sheets are never touched.
 */
import { freeConsolidationNames } from "../core/consolidate/freeSheetNames";
import { planConsolidation, type ConsolidationPlan } from "../core/consolidate/planConsolidation";
import type { ConsolidateOptions, CountyReturn } from "../core/consolidate/types";
import type { SummaryOptionsInput } from "../core/summary/options";
import { inspectSheets, writeSummary } from "./writeSummary";

/** What the write did. */
export interface ConsolidationWritten {
  readonly plan: ConsolidationPlan;
  readonly sheets: readonly string[];
  readonly syncs: number;
}

/**
 * Plans and writes a consolidation into the open workbook.
 *
 * @param context the request context
 * @param returns the county returns, read in the pane (src/xlsx/readCountyReturn)
 * @param options language, period, prefecture, unreadable files, the summary's options
 * @returns the plan, the names the sheets got and the syncs; rejects with a bilingual error after
 *   deleting every sheet it had written
 * @example await runExcel((context) => writeConsolidation(context, returns, { language: "zh" }))
 */
export async function writeConsolidation(
  context: Excel.RequestContext,
  returns: readonly CountyReturn[],
  options: ConsolidateOptions & { summary?: SummaryOptionsInput } = {},
): Promise<ConsolidationWritten> {
  const { inventory, syncs: inspected } = await inspectSheets(context);
  const names = freeConsolidationNames(inventory.names, options.language ?? "zh");
  const plan = planConsolidation(returns, { ...options, sheetNames: names });
  const written: string[] = [];
  let syncs = inspected;
  try {
    for (const [i, sheet] of plan.sheets.entries()) {
      // The names are free already; the inventory grows so the writer keeps them as they are.
      const result = await writeSummary(context, sheet, {
        inventory: { ...inventory, names: [...inventory.names, ...written] },
        replacePrevious: false,
        mark: plan.marks[i],
      });
      written.push(result.sheetName);
      syncs += result.syncs;
    }
  } catch (error) {
    // All or nothing: remove what this consolidation wrote; the user's sheets were never touched.
    for (const name of written) context.workbook.worksheets.getItem(name).delete();
    await context.sync();
    throw error;
  }
  return { plan, sheets: written, syncs };
}
