/**
 * How the add-in runs an Excel batch. In Office it is `Excel.run`; the browser workbench and
 * the tests inject the in-memory host's runner instead, so the same Office.js code runs on both.
 * Every `context.sync()` of a batch is given a time limit: on Excel on the web a request can be
 * lost and its sync never settle (office-js#6678), which left the pane spinning forever; now the
 * batch fails with a bilingual message, its own clean-up runs, and the pane offers a retry.
 */
import { MESSAGES, type Message } from "../core/messages";

/** A function that runs a batch against a request context, like `Excel.run`. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** How long one context.sync() may take (a 4.5 MB write on a slow line takes seconds, not a minute). */
export const SYNC_TIMEOUT_MS = 60_000;

let injected: ExcelRunner | undefined;
let syncTimeoutMs = SYNC_TIMEOUT_MS;

/** A context.sync() that did not settle in time; carries its bilingual message for the pane. */
export class SyncTimeoutError extends Error {
  readonly code = "SyncTimeout";
  readonly bilingual: Message;
  constructor(ms: number) {
    const message = MESSAGES.host.syncTimeout(Math.round(ms / 1000));
    super(`${message.zh} / ${message.en}`);
    this.name = "SyncTimeoutError";
    this.bilingual = message;
  }
}

/**
 * Changes the time limit of a sync (tests; 0 restores the default).
 *
 * @param ms milliseconds
 */
export function setSyncTimeout(ms: number): void {
  syncTimeoutMs = ms > 0 ? ms : SYNC_TIMEOUT_MS;
}

/** The context with each sync raced against the time limit. */
function withSyncTimeout(context: Excel.RequestContext): Excel.RequestContext {
  const sync = context.sync.bind(context);
  const limit = syncTimeoutMs;
  const timed = <T>(passThroughValue?: T): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new SyncTimeoutError(limit)), limit);
      sync(passThroughValue).then(
        (value) => {
          clearTimeout(timer);
          resolve(value as T);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error);
        },
      );
    });
  (context as unknown as { sync: typeof timed }).sync = timed;
  return context;
}

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
  const timed = (context: Excel.RequestContext) => batch(withSyncTimeout(context));
  if (injected) return injected(timed);
  if (typeof Excel === "undefined" || typeof Excel.run !== "function") {
    return Promise.reject(new Error("未连接到 Excel：请在 Excel 中打开本加载项 / Not connected to Excel: open the add-in inside Excel"));
  }
  return Excel.run(timed);
}
