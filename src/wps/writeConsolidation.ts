/**
 * Writing a consolidation of county returns into the workbook open in WPS 表格, as the Excel edge
 * does (src/excel/writeConsolidation.ts): its sheets (summary, consolidated form, by county,
 * 报送情况) as new sheets under names free in the workbook, each through the all-or-nothing WPS
 * writer with its mark. When one fails, the ones already written are deleted again; the user's own
 * sheets are never touched.
 */
import { freeConsolidationNames } from "../core/consolidate/freeSheetNames";
import { planConsolidation, type ConsolidationPlan } from "../core/consolidate/planConsolidation";
import type { ConsolidateOptions, CountyReturn } from "../core/consolidate/types";
import { WPS_MESSAGES } from "../core/messages/wpsMessages";
import type { SummaryOptionsInput } from "../core/summary/options";
import type { EtWorksheet, WpsApplication } from "./facade";
import { inspectSheets } from "./sheetMarks";
import { WpsWriteError, writeWpsSummary } from "./writeSummary";

/** What the write did. */
export interface WpsConsolidationWritten {
  readonly plan: ConsolidationPlan;
  readonly sheets: readonly string[];
}

/**
 * Plans and writes a consolidation into the open workbook.
 *
 * @param app the WPS application
 * @param returns the county returns, read in the pane (src/xlsx/readCountyReturn)
 * @param options language, period, prefecture, unreadable files, the summary's options
 * @param time the time the sheets' marks record (ms); now by default
 * @returns the plan and the names the sheets got; throws a WpsWriteError after deleting every sheet it wrote
 * @example writeWpsConsolidation(Application, returns, { language: "zh" })
 */
export function writeWpsConsolidation(
  app: WpsApplication,
  returns: readonly CountyReturn[],
  options: ConsolidateOptions & { summary?: SummaryOptionsInput } = {},
  time: number = Date.now(),
): WpsConsolidationWritten {
  const inventory = inspectSheets(app);
  const plan = planConsolidation(returns, { ...options, sheetNames: freeConsolidationNames(inventory.names, options.language ?? "zh") });
  const written: string[] = [];
  try {
    for (const [i, sheet] of plan.sheets.entries()) {
      // The names are free already; the inventory grows so the writer keeps them as they are.
      const result = writeWpsSummary(app, sheet, {
        inventory: { ...inventory, names: [...inventory.names, ...written] },
        replacePrevious: false,
        mark: plan.marks[i],
        time,
      });
      written.push(result.sheetName);
    }
  } catch (error) {
    // All or nothing: remove what this consolidation wrote; the user's sheets were never touched.
    const left = written.filter((name) => !deleted(app, name));
    if (left.length > 0) throw new WpsWriteError(WPS_MESSAGES.cleanupFailed(left.join("、")));
    throw error;
  }
  return { plan, sheets: written };
}

function deleted(app: WpsApplication, name: string): boolean {
  try {
    (app.ActiveWorkbook.Worksheets.Item(name) as EtWorksheet).Delete();
    return true;
  } catch {
    return false;
  }
}
