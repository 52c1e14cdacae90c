/**
 * The pane's 生成报告: the workbook the pane read, planned as a report with the pane's options and
 * written as a .docx in the page (the same planReport and writer as the command line and the
 * workbench). Loaded as its own chunk when the button is pressed.
 */
import type { WorkbookModel } from "../core/reader/model";
import { planReport } from "../core/report/planReport";
import { localTimestamp } from "../core/summary/provenance";
import { writeReport } from "../docx/writeReport";
import type { PaneOptions } from "./options";
import type { ReportFile } from "./services";
import { toSummaryOptions } from "./summaryOptions";

/**
 * Plans and writes the report of the workbook the pane read.
 *
 * @param model what the reader found
 * @param options the pane's options (language, decimals, change style …)
 * @param workbookName the workbook's name, where the snapshot knows it
 * @param now the time of generation
 * @returns the .docx to download and how its figures trace
 */
export async function paneReport(model: WorkbookModel, options: PaneOptions, workbookName: string | undefined, now: Date): Promise<ReportFile> {
  const language = options.language;
  const sourceName = workbookName ?? (language === "en" ? "this workbook" : "本工作簿");
  const plan = planReport(model, { language, sourceName, generatedAt: localTimestamp(now), summary: toSummaryOptions(options) });
  const bytes = await writeReport(plan, { date: now });
  const base = (workbookName ?? (language === "en" ? "report" : "报告")).replace(/\.(xls[xm]?|et|csv)$/i, "");
  return {
    name: `${base}.report.docx`,
    bytes,
    figures: plan.figures.length,
    traced: plan.figures.filter((f) => f.source).length,
    toConfirm: plan.figures.filter((f) => !f.source || f.source.findings.length).length,
  };
}
