/**
 * How the ribbon's 一键汇总 button tells the pane what it did. In the shared runtime the
 * commands and the pane live in one JavaScript context but in different bundles, so the
 * channel is a global slot plus a DOM event rather than module state.
 */
import type { GenerateResult } from "./services";

const SLOT = "__bureauStatsLastRibbonResult";
const EVENT = "bureauStats:ribbon-result";

type Holder = { [SLOT]?: GenerateResult };

/**
 * Publishes the result of a ribbon run: kept as the last result and announced to an open pane.
 *
 * @param result what the summary flow produced
 * @example publishRibbonResult({ sheetName: "汇总", narrative: "…", findings: [] })
 */
export function publishRibbonResult(result: GenerateResult): void {
  (globalThis as Holder)[SLOT] = result;
  if (typeof globalThis.dispatchEvent === "function" && typeof CustomEvent === "function") globalThis.dispatchEvent(new CustomEvent(EVENT, { detail: result }));
}

/**
 * Subscribes to ribbon results; a result published before the pane opened is delivered at once.
 *
 * @param listener called with each result
 * @returns a function that unsubscribes
 * @example useEffect(() => subscribeRibbonResult(show), [])
 */
export function subscribeRibbonResult(listener: (result: GenerateResult) => void): () => void {
  const last = (globalThis as Holder)[SLOT];
  if (last) listener(last);
  if (typeof globalThis.addEventListener !== "function") return () => undefined;
  const handler = (event: Event) => listener((event as CustomEvent<GenerateResult>).detail);
  globalThis.addEventListener(EVENT, handler);
  return () => globalThis.removeEventListener(EVENT, handler);
}
