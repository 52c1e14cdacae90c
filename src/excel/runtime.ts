/**
 * How the add-in runs an Excel batch. In Office it is `Excel.run`; the browser workbench and
 * the tests inject the in-memory host's runner instead, so the same Office.js code runs on both.
 */

/** A function that runs a batch against a request context, like `Excel.run`. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

let injected: ExcelRunner | undefined;

/**
 * Replaces `Excel.run` (for the workbench and tests); `undefined` restores it.
 *
 * @param runner the runner to use
 * @example setExcelRunner((batch) => host.run(batch))
 */
export function setExcelRunner(runner: ExcelRunner | undefined): void {
  injected = runner;
}

/**
 * Runs a batch with the injected runner, or with `Excel.run` inside Office.
 *
 * @param batch the batch
 * @returns what the batch returns
 * @example await runExcel(async (context) => { … })
 */
export function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  if (injected) return injected(batch);
  if (typeof Excel === "undefined" || typeof Excel.run !== "function") {
    return Promise.reject(new Error("未连接到 Excel：请在 Excel 中打开本加载项 / Not connected to Excel: open the add-in inside Excel"));
  }
  return Excel.run(batch);
}
