/**
 * What the ribbon leaves for the task pane in PluginStorage (the two pages share no memory): the
 * summary sheet written, the 综述, the 核对 findings with their cells, the sheets read (watched
 * for edits: 刷新汇总), or the bilingual error. Plain JSON.
 */
import type { Message } from "../../core/messages";
import type { Finding } from "../../core/reader/model";
import type { WpsSummaryResult } from "../generateSummary";

/** The PluginStorage key of what registering BUREAU.* gave (functions.ts FunctionRegistration). */
export const FUNCTIONS_KEY = "bureauStats.functions";

/** The PluginStorage key of the last result. */
export const PANE_RESULT_KEY = "bureauStats.lastResult";

/** The last summary, as the pane shows it. */
export interface PaneResult {
  /** When it finished (ms), so the pane knows a newer one. */
  readonly at: number;
  readonly sheetName?: string;
  readonly narrative: readonly string[];
  readonly findings: readonly Pick<Finding, "sheet" | "cell" | "message" | "severity" | "stated" | "recomputed">[];
  readonly sourceSheets: readonly string[];
  readonly notes: readonly Message[];
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
  if (!("plan" in outcome)) return { at: at.getTime(), narrative: [], findings: [], sourceSheets: [], notes: [], error: outcome };
  return {
    at: at.getTime(),
    sheetName: outcome.sheetName,
    narrative: outcome.narrative,
    findings: outcome.findings.map(({ sheet, cell, message, severity, stated, recomputed }) => ({ sheet, cell, message, severity, stated, recomputed })),
    sourceSheets: outcome.sourceSheets,
    notes: outcome.readNotes,
  };
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
    return typeof parsed.at === "number" ? parsed : undefined;
  } catch {
    return undefined;
  }
}
