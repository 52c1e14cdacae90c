/**
 * planConsolidation: county returns → the sheets of the prefecture's workbook: the consolidated
 * form, the table by county, the 报送情况, and the standard summary on top (the same planSummary
 * as one workbook gets, reading the consolidated sheets, so its figures are live formulas over them).
 */
import { parseCellAddress } from "../model/address";
import type { MergedArea, SheetSnapshot } from "../model/snapshot";
import { readWorkbook } from "../reader/readWorkbook";
import type { SummaryOptionsInput } from "../summary/options";
import type { SummaryPlan } from "../summary/plan";
import { workbookFacts } from "../facts";
import type { SheetMarkKind } from "../summary/sheetMark";
import { planSummary } from "../summary/planSummary";
import { consolidate } from "./consolidate";
import { coverageOf } from "./coverage";
import { statusSheet } from "./statusSheet";
import { countySheet, formSheet, SHEET_NAMES, type ConsolidationSheetNames } from "./tableSheets";
import type { Consolidation, ConsolidateOptions, CountyReturn } from "./types";

/** What a consolidation gives: the figures and reconciliations, and the sheets to write, in order. */
export interface ConsolidationPlan {
  readonly consolidation: Consolidation;
  /** 综合汇总, 汇总表, 分县汇总, 报送情况. */
  readonly sheets: readonly SummaryPlan[];
  /**
   * Each sheet's mark, in the same order: the 综合汇总 a summary (replaced by the next summary, never
   * read), the two tables data (the prefecture's figures: summarize and report read them), 报送情况 ours.
   */
  readonly marks: readonly SheetMarkKind[];
}

/** A planned sheet as the reader sees a sheet: its values and merged areas. */
export function snapshotOf(plan: SummaryPlan): SheetSnapshot {
  const merges: MergedArea[] = plan.merges.flatMap((range) => {
    const [a, b = a] = range.split(":");
    const from = parseCellAddress(a);
    const to = parseCellAddress(b);
    return from && to ? [{ row: from.row, column: from.column, rowCount: to.row - from.row + 1, columnCount: to.column - from.column + 1 }] : [];
  });
  const values = plan.cells.map((row) => row.map((cell) => cell.value ?? ""));
  return { name: plan.sheetName, originRow: 0, originColumn: 0, values, merges };
}

/**
 * Plans the prefecture's workbook from county returns.
 *
 * @param returns each return as read (file name, snapshot, model)
 * @param options period and prefecture (inferred by default), language, and the summary's options
 * @example planConsolidation(returns).sheets.map((s) => s.sheetName) // ["综合汇总", "汇总表", "分县汇总", "报送情况"]
 */
export function planConsolidation(
  returns: readonly CountyReturn[],
  options: ConsolidateOptions & { summary?: SummaryOptionsInput; sheetNames?: Partial<ConsolidationSheetNames> } = {},
): ConsolidationPlan {
  const language = options.language ?? "zh";
  // The add-in passes names free in the open workbook, so the summary's formulas point at our sheets.
  const names: ConsolidationSheetNames = { ...SHEET_NAMES[language], ...options.sheetNames };
  const consolidation = consolidate(returns, options);
  const form = { ...formSheet(consolidation, language, names), sheetName: names.form };
  const byCounty = { ...countySheet(consolidation, language, names), sheetName: names.byCounty };
  const status = { ...statusSheet(consolidation, language), sheetName: names.status };
  const model = readWorkbook({ sheets: [snapshotOf(byCounty), snapshotOf(form)], name: "consolidated" });
  // The 核对 is the counties' own, listed on 报送情况: the consolidated sheets add up by construction, so the
  // summary gives no 核对 of its own (a "no inconsistency" about our own sums would say nothing).
  // Who is left out is said in the 综述 (全州（不含…）, 报送率): the returns know it, the sheets do not.
  const coverage = coverageOf(consolidation);
  const summaryOptions = {
    ...options.summary,
    sections: { ...options.summary?.sections, checks: false },
    language,
    sheetName: names.summary,
    ...(coverage ? { coverage } : {}),
  };
  const summary = planSummary({ ...workbookFacts(model), findings: [] }, summaryOptions);
  return { consolidation, sheets: [summary, form, byCounty, status], marks: ["summary", "data", "data", "consolidation"] };
}
