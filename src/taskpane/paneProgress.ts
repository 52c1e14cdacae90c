/**
 * A host's summary flow as the pane shows it, the same for every host (Excel, the workbench, WPS):
 * its steps placed on the one progress bar (reading takes the first 40 %, writing the last 45 %),
 * and its outcome as the Generate tab's result.
 */
import type { Bilingual } from "../core/reader/model";
import type { SummaryOutcome } from "../core/summary/summaryOutcome";
import type { GenerateResult, ProgressStep } from "./services";

const READ_END = 0.4;
const PLAN_END = 0.55;

/** A step as a host's flow reports it: for reading, chunks done and in all; for writing, 0 to 1. */
export interface FlowStep {
  readonly step: "reading" | "planning" | "writing" | "done";
  readonly done?: number;
  readonly total?: number;
}

/**
 * The flow's steps as progress-bar steps.
 *
 * @param onProgress the pane's progress callback
 * @returns what the flow calls at each step
 * @example generateSummary(context, options, overrides, paneProgress(setStep))
 */
export function paneProgress(onProgress: (step: ProgressStep) => void): (p: FlowStep) => void {
  return (p) => {
    if (p.step === "reading" && p.total) onProgress({ phase: "reading", fraction: (READ_END * (p.done ?? 0)) / p.total, detail: `${p.done}/${p.total}` });
    else if (p.step === "reading") onProgress({ phase: "reading", fraction: 0.02 });
    else if (p.step === "planning") onProgress({ phase: "planning", fraction: READ_END });
    else if (p.step === "writing") onProgress({ phase: "writing", fraction: PLAN_END + (1 - PLAN_END) * (p.done ?? 0) });
    else onProgress({ phase: "done", fraction: 1 });
  };
}

/**
 * The Generate tab's result of a summary written by any host.
 *
 * @param outcome the host flow's outcome
 * @param readNotes what the read went on without, in both languages
 * @returns the sheet, 综述, 核对 findings, notes and the sheets to watch
 */
export function paneResultOf(outcome: SummaryOutcome, readNotes: readonly Bilingual[]): GenerateResult {
  const notes = [...readNotes, ...outcome.plan.notes.map((n) => ({ zh: n, en: n }))];
  return {
    sheetName: outcome.sheetName,
    narrative: outcome.narrative.join("\n"),
    findings: outcome.findings,
    // Without findings: what was checked, or that nothing was recognised (src/core/facts/verdict.ts).
    ...(outcome.verdict ? { verdict: outcome.verdict } : {}),
    ...(outcome.ledgerRows?.length ? { ledgerRows: outcome.ledgerRows } : {}),
    notes,
    sourceSheets: outcome.sourceSheets,
  };
}
