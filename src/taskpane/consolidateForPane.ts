/**
 * 合并各县报表 for the pane, whatever the host: the picked county returns are read in the page (the
 * same streaming reader as the command line, hostile files refused), the host's writer plans and
 * writes their consolidation into the open workbook as new sheets (Excel: src/excel/
 * writeConsolidation.ts; WPS: src/wps/writeConsolidation.ts), and the pane gets what it shows.
 * Loaded only when the user consolidates, so the package reader stays out of the pane's first load.
 */
import type { ConsolidationPlan } from "../core/consolidate/planConsolidation";
import type { ConsolidateOptions, CountyReturn } from "../core/consolidate/types";
import { messageLine } from "../core/messages";
import type { SummaryOptionsInput } from "../core/summary/options";
import { localTimestamp } from "../core/summary/provenance";
import { readCountyReturn } from "../xlsx/readCountyReturn";
import { toSummaryOptions } from "./summaryOptions";
import type { PaneOptions } from "./options";
import type { ConsolidateResult, ReturnFile } from "./services";

/** A host's consolidation writer: plans the returns and writes the sheets, all or nothing. */
export type ConsolidationWriter = (
  returns: readonly CountyReturn[],
  options: ConsolidateOptions & { summary?: SummaryOptionsInput },
) => Promise<{ readonly plan: ConsolidationPlan; readonly sheets: readonly string[] }>;

/**
 * Reads the returns and has the host write their consolidation.
 *
 * @param write the host's consolidation writer
 * @param files the picked files with their bytes
 * @param options the pane's options (language, report style)
 * @returns the sheets written and what the pane shows; rejects with the writer's bilingual error
 * @example await consolidateForPane((r, o) => Excel.run((c) => writeConsolidation(c, r, o)), files, options)
 */
export async function consolidateForPane(write: ConsolidationWriter, files: readonly ReturnFile[], options: PaneOptions): Promise<ConsolidateResult> {
  const returns: CountyReturn[] = [];
  const unreadable: { fileName: string; reason: string }[] = [];
  for (const file of files) {
    try {
      returns.push(await readCountyReturn(file.bytes, file.name, { modified: file.modified }));
    } catch (error) {
      // The reader's refusal in catalogue words (zh / en), never a library's or a bug's text.
      unreadable.push({ fileName: file.name, reason: messageLine(error) });
    }
  }
  const language = options.language;
  // The clock is read here, outside core: the summary says when it was generated.
  const summary = { ...toSummaryOptions(options), generatedAt: localTimestamp(new Date()) };
  const written = await write(returns, { language, unreadable, summary });
  const c = written.plan.consolidation;
  return {
    sheets: written.sheets,
    counted: c.byCounty.length,
    ...(c.period ? { period: c.period } : {}),
    missing: c.missing,
    notes: c.reconciliations.filter((r) => r.kind !== "missing").map((r) => r.message[language]),
  };
}
