/**
 * Messages about the Office host itself: an Office that hosts add-ins in an old browser engine
 * (Internet Explorer's Trident or the old Edge's EdgeHTML), which cannot run the add-in's code —
 * the pane's ES5 guard script (src/taskpane/engineGuard.js) shows it, and the build copies it into
 * that script from here (scripts/build/engineGuardPlugin.js), so this file imports nothing but a
 * type —; an Excel that does not answer; a clipboard the page may not use.
 */
import type { Message } from "./message";

export const HOST_MESSAGES = {
  engineTooOld: {
    zh:
      "这一版 Office 用旧的浏览器引擎（Internet Explorer 或旧版 Edge）显示加载项，无法运行“应急统计”。" +
      "请把 Office 更新到最新版本（Windows 版 Microsoft 365 2108 或更高），并安装 Microsoft Edge WebView2 运行时" +
      "（https://go.microsoft.com/fwlink/p/?LinkId=2124703），然后重新打开 Excel。",
    en:
      "This Office shows add-ins in an old browser engine (Internet Explorer or the old Edge), which cannot run Bureau Stats. " +
      "Update Office to the latest version (Microsoft 365 for Windows 2108 or later) and install the Microsoft Edge WebView2 Runtime " +
      "(https://go.microsoft.com/fwlink/p/?LinkId=2124703), then open Excel again.",
  } satisfies Message,
  /** The writer's failure; the cause in catalogue words when it is known (a timeout, a busy Excel), never Office's own text. */
  writeFailed: (cause?: Message): Message => ({
    zh: `写入汇总表失败，已删除未完成的工作表，原有工作表未改动。${cause ? cause.zh : "请重试。"}`,
    en: `Writing the summary sheet failed; the partial sheet was deleted and your sheets are unchanged. ${cause ? cause.en : "Please try again."}`,
  }),
  readFailed: (cause?: Message): Message => ({
    zh: `读取工作表时 Excel 报错，工作簿未被修改。${cause ? cause.zh : "请重试。"}`,
    en: `Excel failed while reading the sheets; the workbook was not changed. ${cause ? cause.en : "Please try again."}`,
  }),
  rowTooLarge: {
    zh: "单行数据超过 Excel 的 5 MB 限制，无法读取。",
    en: "A single row exceeds Excel's 5 MB limit and cannot be read.",
  } satisfies Message,
  noValues: {
    zh: "Excel 未返回单元格数值，请重试或缩小所选工作表。",
    en: "Excel returned no cell values; try again or choose fewer sheets.",
  } satisfies Message,
  // What Office's error codes mean for the user (src/excel/officeFailure.ts reads the codes).
  busy: {
    zh: "Excel 正忙（可能有单元格正在编辑）。请按 Enter 或 Esc 结束编辑后重试。",
    en: "Excel is busy (a cell may be in edit mode). Press Enter or Esc to finish editing, then try again.",
  } satisfies Message,
  payloadTooLarge: {
    zh: "数据量超过 Excel 网页版单次传输上限。请只选择需要的工作表后重试。",
    en: "The data exceeds Excel on the web's request limit. Choose only the sheets you need and try again.",
  } satisfies Message,
  sheetProtected: {
    zh: "工作表受保护或无权修改。请取消工作表保护后重试。",
    en: "The sheet is protected or read-only. Unprotect it and try again.",
  } satisfies Message,
  notFound: {
    zh: "找不到对应的工作表或单元格，可能已被删除或改名。请重新识别后再试。",
    en: "The sheet or cell was not found; it may have been deleted or renamed. Detect again, then retry.",
  } satisfies Message,
  syncTimeout: (seconds: number): Message => ({
    zh: `Excel 在 ${seconds} 秒内没有响应（可能是网络中断或 Excel 正忙），操作已停止，工作簿中未完成的部分已撤销。请点“重试”。`,
    en: `Excel did not answer within ${seconds} seconds (the network may have dropped, or Excel is busy); the operation was stopped and anything half-written was removed. Press Retry.`,
  }),
} as const;
