/**
 * Messages of the WPS edition (src/wps): what a read or write in WPS 表格 could not do, and why.
 * Imported directly, not through MESSAGES: the functions bundle carries MESSAGES and has a size budget.
 */
import type { Message } from "./message";

export const WPS_MESSAGES = {
  mergesCellByCell: (sheet: string): Message => ({
    zh: `工作表“${sheet}”的合并单元格是逐个单元格读取的（WPS 无法保存副本供读取），较大的表格会慢一些。`,
    en: `The merged cells of sheet "${sheet}" were read cell by cell (WPS could not save a copy to read), which is slower on large sheets.`,
  }),
  mergesCut: (sheet: string, row: number): Message => ({
    zh: `工作表“${sheet}”第 ${row} 行以下的合并单元格未读取（逐格读取已达上限），该部分按无合并单元格处理；请保存工作簿后重试。`,
    en: `The merged cells of sheet "${sheet}" below row ${row} were not read (the cell-by-cell read reached its limit) and are treated as unmerged; save the workbook and try again.`,
  }),
  readFailed: {
    zh: "读取工作表时 WPS 报错，工作簿未被修改，请重试。",
    en: "WPS failed while reading the sheets; the workbook was not changed. Please try again.",
  } as Message,
  writeFailed: {
    zh: "写入汇总表失败，已删除未完成的工作表，原有工作表未改动。",
    en: "Writing the summary sheet failed; the partial sheet was deleted and your sheets are unchanged.",
  } as Message,
  cleanupFailed: (sheet: string): Message => ({
    zh: `写入汇总表失败，未完成的工作表“${sheet}”未能删除，请手动删除；原有工作表未改动。`,
    en: `Writing the summary sheet failed and the partial sheet "${sheet}" could not be deleted; please delete it. Your sheets are unchanged.`,
  }),
  functionsUnavailable: (build: string): Message => ({
    zh: `此版本 WPS（${build || "版本未知"}）没有加载项自定义函数（需要 12.1.0.20540 或更高版本），BUREAU 函数无法在单元格中使用。一键汇总、核对和报告不受影响：汇总表只用 WPS 内置函数。`,
    en: `This WPS (${build || "build unknown"}) has no add-in custom functions (12.1.0.20540 or later is needed), so the BUREAU functions cannot be used in cells. The summary, the checks and the report are unaffected: the summary sheet uses only WPS's built-in functions.`,
  }),
  summaryFailed: {
    zh: "生成汇总时出错，工作簿未被修改。请重试；若仍出错，请用命令行 bureau-stats summarize 生成。",
    en: "Generating the summary failed; the workbook was not changed. Try again, or use the command line (bureau-stats summarize).",
  } as Message,
  oldEngine: (userAgent: string): Message => ({
    zh: `此版本 WPS 内置的浏览器过旧（${userAgent}），应急统计加载项无法运行（需要 Chromium 67 或更高版本）。请升级 WPS，或使用命令行 bureau-stats 或浏览器页面完成汇总。`,
    en: `The browser built into this WPS is too old (${userAgent}) to run Bureau Stats (Chromium 67 or later is needed). Update WPS, or use the bureau-stats command line or the browser page.`,
  }),
  notInWps: {
    zh: "此页面需在 WPS 表格中由“应急统计”加载项打开。",
    en: "This page must be opened by the Bureau Stats add-in inside WPS Spreadsheets.",
  } as Message,
} as const;
