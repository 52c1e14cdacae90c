/**
 * Writing a summary plan into the workbook open in WPS 表格, all or nothing. The new sheet is
 * added after the last sheet under a working name and marked as ours first; values and formulas
 * go in as whole blocks of rows (row by row where a build refuses a block), then number formats
 * as runs down each column, merges, styles, widths, heights, frozen rows, page setup and native
 * charts, with screen updating off. Only at the end is the previous summary (if replaced) set
 * aside, the new sheet given its name and the old one deleted. When any call fails, the new sheet
 * is deleted and a set-aside summary gets its name back, so the user's sheets and the previous
 * summary are as they were. Sheets the add-in did not mark are never written, renamed or deleted.
 */
import type { Message } from "../core/messages";
import { WPS_MESSAGES } from "../core/messages/wpsMessages";
import type { PlanCell, SummaryPlan } from "../core/summary/plan";
import { summarySlot, type SheetInventory } from "../core/summary/sheetInventory";
import type { SheetMarkKind } from "../core/summary/sheetMark";
import { uniqueSheetName } from "../core/summary/sheetName";
import { numberFormatRuns } from "../core/summary/stylePalette";
import { asText } from "../core/text/textStaysText";
import type { EtWorksheet, WpsApplication } from "./facade";
import { freezeRows, writeCharts, writeLayout } from "./sheetFormats";
import { inspectSheets, markSheet } from "./sheetMarks";

/** How to write. */
export interface WpsWriteOptions {
  /** The sheets as inspectSheets found them; inspected anew when absent. */
  readonly inventory?: SheetInventory;
  /** Replace the newest summary the add-in made (and take its name). */
  readonly replacePrevious: boolean;
  /** What the sheet's mark says it is (default "summary"). */
  readonly mark?: SheetMarkKind;
  /** Cells one block write may carry (default 100,000). */
  readonly blockCells?: number;
  /** Called with the writing progress, 0 to 1. */
  readonly onProgress?: (fraction: number) => void;
  /** The time the mark records (ms); now by default. */
  readonly time?: number;
}

/** What the write did. */
export interface WpsWriteResult {
  readonly sheetName: string;
  readonly replaced?: string;
  /** Block writes that fell back to rows. */
  readonly rowFallbacks: number;
}

/** Why a write failed: the catalogue's message; the user's sheets are unchanged. */
export class WpsWriteError extends Error {
  constructor(readonly bilingual: Message) {
    super(`${bilingual.zh} / ${bilingual.en}`);
    this.name = "WpsWriteError";
  }
}

const DEFAULT_BLOCK_CELLS = 100_000;

/** What a plan cell becomes in a Formula block: the formula, or the value ("" for blank), text kept as text. */
function toFormula(cell: PlanCell | undefined): string | number | boolean {
  if (!cell) return "";
  if (cell.formula) return cell.formula;
  if (cell.value === null) return "";
  return typeof cell.value === "string" ? asText(cell.value) : cell.value;
}

/**
 * Writes a plan into a new sheet.
 *
 * @param app the WPS application
 * @param plan the summary plan
 * @param options replace or add, mark, progress
 * @returns the sheet's name and what it replaced; throws a WpsWriteError after undoing everything
 * @example writeWpsSummary(Application, plan, { replacePrevious: true })
 */
export function writeWpsSummary(app: WpsApplication, plan: SummaryPlan, options: WpsWriteOptions): WpsWriteResult {
  const inventory = options.inventory ?? inspectSheets(app);
  const slot = summarySlot(plan.sheetName, inventory, options.replacePrevious);
  const worksheets = app.ActiveWorkbook.Worksheets;
  const total = plan.merges.length + plan.styles.length + plan.columnWidths.length + plan.rowHeights.length + plan.charts.length + 4;
  let done = 0;
  const step = () => options.onProgress?.(Math.min(1, ++done / total));
  let sheet: EtWorksheet | undefined;
  let previous: EtWorksheet | undefined;
  let screenUpdating: unknown = true;
  let rowFallbacks = 0;
  try {
    screenUpdating = app.ScreenUpdating;
    app.ScreenUpdating = false;
    sheet = worksheets.Add(undefined, worksheets.Item(worksheets.Count)) as EtWorksheet;
    sheet.Name = slot.workingName;
    markSheet(sheet, options.mark ?? "summary", options.time ?? Date.now());
    rowFallbacks = writeCells(sheet, plan, options.blockCells ?? DEFAULT_BLOCK_CELLS);
    step();
    const cells = sheet.Cells;
    for (const run of numberFormatRuns(plan.cells, plan.rowCount, plan.columnCount)) {
      cells.Item(run.row + 1, run.column + 1).Resize(run.rowCount, 1).NumberFormat = run.format;
    }
    step();
    writeLayout(sheet, plan, step);
    freezeRows(app, sheet, plan.frozenRows);
    writeCharts(sheet, plan.charts, step);
    sheet.Activate();
    app.Calculate();
    // Last: nothing after the old summary is deleted can fail and leave neither.
    if (slot.replaces) {
      // The old summary is set aside, not deleted, until the new one has its name.
      previous = worksheets.Item(slot.replaces) as EtWorksheet;
      previous.Name = uniqueSheetName(`${slot.replaces} old`, [...inventory.names, slot.workingName]);
      sheet.Name = slot.finalName;
      previous.Delete();
      previous = undefined;
    }
    step();
  } catch (error) {
    console.error("Bureau Stats: WPS write failed", error);
    const cleaned = undo(sheet, previous, slot.replaces);
    throw new WpsWriteError(cleaned ? WPS_MESSAGES.writeFailed : WPS_MESSAGES.cleanupFailed(slot.workingName));
  } finally {
    try {
      app.ScreenUpdating = screenUpdating === undefined ? true : screenUpdating;
    } catch {
      // Screen updating comes back on by itself when the add-in's call ends.
    }
  }
  return { sheetName: slot.finalName, replaced: slot.replaces, rowFallbacks };
}

/** Deletes the new sheet and gives a set-aside summary its name back; false when WPS refused. */
function undo(sheet: EtWorksheet | undefined, previous: EtWorksheet | undefined, previousName: string | undefined): boolean {
  let ok = true;
  try {
    sheet?.Delete();
  } catch {
    ok = false;
  }
  try {
    if (previous && previousName) previous.Name = previousName;
  } catch {
    ok = false;
  }
  return ok;
}

/** Values and formulas in blocks of rows; a block WPS refuses is written row by row. Returns the fallbacks. */
function writeCells(sheet: EtWorksheet, plan: SummaryPlan, blockCells: number): number {
  if (plan.rowCount === 0 || plan.columnCount === 0) return 0;
  const cells = sheet.Cells;
  const blockRows = Math.max(1, Math.floor(blockCells / plan.columnCount));
  const row = (r: number) => Array.from({ length: plan.columnCount }, (_, c) => toFormula(plan.cells[r]?.[c]));
  let fallbacks = 0;
  for (let start = 0; start < plan.rowCount; start += blockRows) {
    const count = Math.min(blockRows, plan.rowCount - start);
    const rows = Array.from({ length: count }, (_, i) => row(start + i));
    try {
      cells.Item(start + 1, 1).Resize(count, plan.columnCount).Formula = rows;
    } catch {
      // Some builds were reported to refuse whole-block writes: one row at a time instead.
      fallbacks++;
      rows.forEach((values, i) => {
        cells.Item(start + i + 1, 1).Resize(1, plan.columnCount).Formula = [values];
      });
    }
  }
  return fallbacks;
}
