/**
 * What the ribbon leaves for the task pane in PluginStorage (the two pages share no memory): the
 * Generate tab's result of the last 一键汇总 — the summary sheet, the 综述, the 核对 findings with
 * their cells, the sheets read (watched for edits: 刷新汇总) — or its bilingual error. Plain JSON.
 */
import type { Message } from "../../core/messages";
import { paneResultOf } from "../../taskpane/paneProgress";
import type { GenerateResult } from "../../taskpane/services";
import type { WpsSummaryResult } from "../generateSummary";

/** The PluginStorage key of what registering BUREAU.* gave (functions.ts FunctionRegistration). */
export const FUNCTIONS_KEY = "bureauStats.functions";

/** The PluginStorage key of the last result. */
export const PANE_RESULT_KEY = "bureauStats.lastResult";

/** The last summary, as the pane shows it. */
export interface PaneResult {
  /** When it finished (ms), so the pane knows a newer one. */
  readonly at: number;
  readonly result?: GenerateResult;
  readonly error?: Message;
}

/**
 * The pane's view of a summary run, or of its failure.
 *
 * @param outcome the flow's result, or the bilingual error
 * @param at when it finished
 * @returns plain JSON for PluginStorage
 */
export function paneResult(outcome: WpsSummaryResult | Message, at: Date): PaneResult {
  if (!("plan" in outcome)) return { at: at.getTime(), error: outcome };
  return { at: at.getTime(), result: paneResultOf(outcome, outcome.readNotes) };
}

/**
 * The stored result, or undefined when there is none or it cannot be read.
 *
 * @param stored what PluginStorage.getItem gave
 */
export function readPaneResult(stored: unknown): PaneResult | undefined {
  if (typeof stored !== "string" || stored === "") return undefined;
  try {
    const parsed = JSON.parse(stored) as PaneResult;
    return typeof parsed.at === "number" && (parsed.result !== undefined || parsed.error !== undefined) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Why BUREAU.* could not be registered, from what main.ts stored (functions.ts FunctionRegistration).
 *
 * @param stored what PluginStorage.getItem(FUNCTIONS_KEY) gave
 * @returns the bilingual reason, or undefined when the functions were registered (or nothing is known)
 */
export function functionsUnavailable(stored: unknown): Message | undefined {
  if (typeof stored !== "string") return undefined;
  try {
    const parsed = JSON.parse(stored) as { unavailable?: Message };
    return parsed.unavailable && typeof parsed.unavailable.zh === "string" ? parsed.unavailable : undefined;
  } catch {
    return undefined;
  }
}
