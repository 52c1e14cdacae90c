/**
 * What the pane wrote into the workbench's open workbook, so that 下载汇总工作簿 gives the same
 * sheets: each summary and each consolidation sheet as the plan the pane's writer carried out,
 * in the order written. The download writes these plans into the opened file with the command
 * line's package writer (downloadSummary.ts) — one plan, two writers, no second planning with
 * other options or another language.
 */
import type { ConsolidationPlan } from "../core/consolidate/planConsolidation";
import type { SummaryPlan } from "../core/summary/plan";
import type { SheetMarkKind } from "../core/summary/sheetMark";

/** One sheet the pane wrote: its plan, its mark, and whether it replaced the summary written before. */
export interface WrittenSheet {
  readonly plan: SummaryPlan;
  readonly mark: SheetMarkKind;
  readonly replacePrevious: boolean;
}

/** The sheets written into one opened workbook, oldest first. */
export class PaneWrites {
  private readonly written: WrittenSheet[] = [];
  private planned?: SummaryPlan;

  /** The sheets written so far, oldest first. */
  get sheets(): readonly WrittenSheet[] {
    return [...this.written];
  }

  /** Keeps the summary's plan until the pane's writer has written it (a cancelled or failed Generate writes nothing). */
  summaryPlanned(plan: SummaryPlan): void {
    this.planned = plan;
  }

  /**
   * The summary planned last has been written.
   *
   * @param replacePrevious whether it replaced the summary written before (the pane's 替换 option)
   */
  summaryWritten(replacePrevious: boolean): void {
    if (this.planned) this.written.push({ plan: this.planned, mark: "summary", replacePrevious });
    this.planned = undefined;
  }

  /** A Generate that failed or was cancelled: its plan was not written. */
  summaryDropped(): void {
    this.planned = undefined;
  }

  /**
   * A consolidation was written: its sheets, each under its own mark, none replacing another.
   *
   * @param plan the consolidation's plan as the pane's writer carried it out
   */
  consolidationWritten(plan: ConsolidationPlan): void {
    plan.sheets.forEach((sheet, i) => this.written.push({ plan: sheet, mark: plan.marks[i] ?? "consolidation", replacePrevious: false }));
  }
}
