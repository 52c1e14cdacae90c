/**
 * Writing a summary plan into the open workbook through Office.js.
 *
 * Two syncs for a summary of ordinary size: one to learn the sheet names and which sheets the
 * add-in made before, one that creates the new sheet and writes everything (values and formulas
 * as whole blocks, formats in bulk, charts) with calculation suspended. A very large plan is
 * written in row chunks, one sync each, each request under the byte budget. The new sheet is
 * written under a fresh name first; only at the end of the last sync is the previous summary
 * deleted (if asked) and the new one given its name, so a failure leaves the old one in place.
 * On any failure the partial sheet is deleted. Sheets the add-in did not create are never
 * written, renamed or deleted.
 */
import { MESSAGES } from "../core/messages";
import type { SummaryPlan } from "../core/summary/plan";
import { sheetInventory, summarySlot, type SheetInventory } from "../core/summary/sheetInventory";
import { SHEET_MARK_KEY, sheetMarkValue, type SheetMarkKind } from "../core/summary/sheetMark";
import { chartOperations, formatOperations, packIntoSyncs, rowWrites, writeRows } from "./writeOperations";
import { causeOf, OfficeFailure } from "./officeFailure";
import { assertExcelFloor } from "./requirements";

/** The custom property that marks a sheet the add-in created (src/core/summary/sheetMark.ts). */
export const CREATED_BY_KEY = SHEET_MARK_KEY;

export type { SheetInventory } from "../core/summary/sheetInventory";

/**
 * Lists the sheets and finds those the add-in created, in two syncs.
 *
 * @param context the request context
 * @returns the inventory and the syncs it took; rejects with a bilingual BelowFloorError
 *   on an Excel below ExcelApi 1.12
 * @example const { inventory } = await inspectSheets(context)
 */
export async function inspectSheets(context: Excel.RequestContext): Promise<{ inventory: SheetInventory; syncs: number }> {
  // Below the floor (no custom properties), say so in both languages before touching anything.
  assertExcelFloor(context);
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  await context.sync();
  const marks = sheets.items.map((s) => {
    const mark = s.customProperties.getItemOrNullObject(CREATED_BY_KEY);
    mark.load("value");
    return { name: s.name, visibility: s.visibility, mark };
  });
  await context.sync();
  return {
    inventory: sheetInventory(
      marks.map(({ name, visibility, mark }) => ({ name, visible: visibility === "Visible", mark: mark.isNullObject ? undefined : mark.value })),
    ),
    syncs: 2,
  };
}

/** How to write. */
export interface WriteOptions {
  /** The sheets as `inspectSheets` found them in this batch; inspected anew when absent. */
  readonly inventory?: SheetInventory;
  /** Delete the latest summary sheet the add-in made before (and take its name). */
  readonly replacePrevious: boolean;
  /** Bytes one request may carry (default 4.5 MB, under Excel on the web's 5 MB). */
  readonly budgetBytes?: number;
  /** Called with the writing progress, 0 to 1. */
  readonly onProgress?: (fraction: number) => void;
  /**
   * What the sheet's mark says it is (default "summary"). A consolidation's sheets get their own,
   * so "replace the previous summary" never deletes them.
   */
  readonly mark?: SheetMarkKind;
}

/** What the write did. */
export interface WriteResult {
  readonly sheetName: string;
  /** The sheet it replaced, if any. */
  readonly replaced?: string;
  readonly syncs: number;
}

/**
 * Writes a plan into a new sheet.
 *
 * @param context the request context
 * @param plan the summary plan
 * @param options replace or add, byte budget, progress
 * @returns the new sheet's name and the number of syncs; rejects with a bilingual Error after
 *   deleting the partial sheet when anything fails
 * @example await runExcel((context) => writeSummary(context, plan, { replacePrevious: true }))
 */
export async function writeSummary(context: Excel.RequestContext, plan: SummaryPlan, options: WriteOptions): Promise<WriteResult> {
  assertExcelFloor(context);
  let syncs = 0;
  const sheets = context.workbook.worksheets;
  let inventory = options.inventory;
  if (!inventory) {
    const inspected = await inspectSheets(context);
    inventory = inspected.inventory;
    syncs += inspected.syncs;
  }
  // Only a sheet the add-in marked may be replaced, and only at the end.
  const { finalName, workingName, replaces: previous } = summarySlot(plan.sheetName, inventory, options.replacePrevious);

  const budget = options.budgetBytes ?? 4.5 * 1024 * 1024;
  // Every sync under the budget, the last one too (it also carries the final structural changes).
  const syncPlan = packIntoSyncs(rowWrites(plan), [...formatOperations(plan, budget), ...chartOperations(plan)], budget - FINAL_BYTES);
  try {
    const sheet = sheets.add(workingName);
    sheet.customProperties.add(SHEET_MARK_KEY, sheetMarkValue(options.mark ?? "summary", Date.now()));
    context.workbook.application.suspendApiCalculationUntilNextSync();
    for (let i = 0; i < syncPlan.length; i++) {
      writeRows(sheet, syncPlan[i].rows);
      for (const op of syncPlan[i].operations) op.apply(sheet);
      if (i === syncPlan.length - 1) {
        if (previous) {
          sheets.getItem(previous).delete();
          sheet.name = finalName;
        }
        sheet.activate();
        // Calculation was suspended for the writes, and a workbook in manual mode would not
        // recalculate at all: recalculate once after the last write (ExcelApi 1.1).
        context.workbook.application.calculate(RECALCULATE);
      }
      if (i < syncPlan.length - 1) {
        // Only very large plans have more than one sync: each request must stay under 5 MB.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        syncs++;
        context.workbook.application.suspendApiCalculationUntilNextSync();
      }
      options.onProgress?.((i + 1) / syncPlan.length);
    }
    await context.sync();
    syncs++;
  } catch (error) {
    await deletePartial(context, workingName);
    throw writeFailure(error);
  }
  return { sheetName: finalName, replaced: previous, syncs };
}

/** Bytes kept free in the last sync for deleting, renaming, activating and recalculating. */
const FINAL_BYTES = 2048;

/** The writer's failure: the catalogue's message with its cause in catalogue words; Office's code and text as detail only. */
function writeFailure(error: unknown): OfficeFailure {
  return new OfficeFailure(MESSAGES.host.writeFailed(causeOf(error)), error);
}

async function deletePartial(context: Excel.RequestContext, name: string): Promise<void> {
  try {
    const partial = context.workbook.worksheets.getItemOrNullObject(name);
    partial.load("name");
    await context.sync();
    if (!partial.isNullObject) {
      // Only our own working sheet: its name was free before this write began.
      partial.delete();
      await context.sync();
    }
  } catch {
    // Nothing more can be done; the error already tells the user.
  }
}

/** Excel.CalculationType.recalculate, as its string value (the Excel enums are not loaded outside Office). */
const RECALCULATE = "Recalculate" as Excel.CalculationType;
