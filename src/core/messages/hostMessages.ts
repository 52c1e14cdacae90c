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
  writeFailed: (cause: Message): Message => ({
    zh: `写入汇总表失败，已删除未完成的工作表，原有工作表未改动（${cause.zh}）`,
    en: `Writing the summary sheet failed; the partial sheet was deleted and your sheets are unchanged (${cause.en})`,
  }),
  syncTimeout: (seconds: number): Message => ({
    zh: `Excel 在 ${seconds} 秒内没有响应（可能是网络中断或 Excel 正忙），操作已停止，工作簿中未完成的部分已撤销。请点“重试”。`,
    en: `Excel did not answer within ${seconds} seconds (the network may have dropped, or Excel is busy); the operation was stopped and anything half-written was removed. Press Retry.`,
  }),
} as const;
