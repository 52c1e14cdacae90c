/**
 * Names for a consolidation's sheets that no sheet of the open workbook has yet: 综合汇总,
 * 汇总表, 分县汇总, 报送情况 (or the English names), each made unique against the workbook and
 * against the names picked before it. Both host edges (Excel, WPS) name the sheets by this rule.
 */
import { uniqueSheetName } from "../summary/sheetName";
import { SHEET_NAMES, type ConsolidationSheetNames } from "./tableSheets";

/**
 * The consolidation's sheet names, free in the workbook.
 *
 * @param taken the workbook's sheet names
 * @param language the names' language
 * @returns one free name per sheet
 * @example freeConsolidationNames(["汇总表"], "zh").form // "汇总表 (2)"
 */
export function freeConsolidationNames(taken: readonly string[], language: "zh" | "en"): ConsolidationSheetNames {
  const used = [...taken];
  const pick = (name: string) => {
    const free = uniqueSheetName(name, used);
    used.push(free);
    return free;
  };
  const base = SHEET_NAMES[language];
  return { summary: pick(base.summary), form: pick(base.form), byCounty: pick(base.byCounty), status: pick(base.status) };
}
