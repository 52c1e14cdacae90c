/**
 * What a writer of a summary needs to know about a workbook's sheets, whichever host it writes
 * into (Office.js in src/excel, WPS's ET model in src/wps): which sheets are data (visible and not
 * ours), which are ours (by their mark, sheetMark.ts), which summary "replace the previous
 * summary" replaces, and the names the new sheet is written under — a working name first, the
 * final one only at the end, so a failure part-way leaves the previous summary in place.
 */
import { latestSummarySheet, readsAsData } from "./sheetMark";
import { uniqueSheetName } from "./sheetName";

/** The workbook's sheets, and which of them the add-in made (by their mark). */
export interface SheetInventory {
  readonly names: readonly string[];
  readonly visible: readonly string[];
  /** Sheets the add-in wrote as output (summaries, covers, 报送情况): never read as data. A consolidation's tables (marked "data") are data. */
  readonly own: readonly string[];
  /** The newest summary among them: what "replace the previous summary" replaces. */
  readonly latestOwn?: string;
}

/**
 * The inventory of a workbook's sheets, in tab order.
 *
 * @param sheets each sheet's name, whether it is visible and its mark's value (if any)
 * @returns the inventory
 * @example sheetInventory([{ name: "汇总", visible: true, mark: "bureau-stats-summary:2" }]).latestOwn // "汇总"
 */
export function sheetInventory(sheets: readonly { readonly name: string; readonly visible: boolean; readonly mark?: string }[]): SheetInventory {
  return {
    names: sheets.map((s) => s.name),
    visible: sheets.filter((s) => s.visible).map((s) => s.name),
    // Never read: our output (a consolidation's tables are data, readsAsData in sheetMark.ts).
    own: sheets.filter((s) => !readsAsData(s.mark)).map((s) => s.name),
    latestOwn: latestSummarySheet(sheets),
  };
}

/**
 * The sheets a summary reads: the visible ones the add-in did not make. Earlier summaries are
 * output, not data: reading them would count every figure twice. They are known by their mark, not
 * by name, so a user's own sheet called 汇总 is still read.
 *
 * @param inventory the workbook's sheets
 * @returns their names, in tab order
 */
export function dataSheets(inventory: SheetInventory): string[] {
  return inventory.visible.filter((name) => !inventory.own.includes(name));
}

/** Where a new summary sheet goes. */
export interface SummarySlot {
  /** The name it has at the end. */
  readonly finalName: string;
  /** The name it is written under (the final one unless it replaces a summary of that name). */
  readonly workingName: string;
  /** The summary it replaces, deleted only after everything else was written. */
  readonly replaces?: string;
}

/**
 * The names a new summary sheet is written under. Only a sheet the add-in marked may be replaced;
 * the replacement takes its name when the plan's name is that name or a numbered copy of it.
 *
 * @param planName the plan's sheet name (汇总 / Summary)
 * @param inventory the workbook's sheets
 * @param replacePrevious whether to replace the newest summary
 * @returns the working and final names, and what is replaced
 * @example summarySlot("汇总", sheetInventory([{ name: "汇总", visible: true, mark: "bureau-stats-summary:1" }]), true) // { finalName: "汇总", workingName: "汇总 new", replaces: "汇总" }
 */
export function summarySlot(planName: string, inventory: SheetInventory, replacePrevious: boolean): SummarySlot {
  const previous = replacePrevious ? inventory.latestOwn : undefined;
  const sameBase = (name: string) => name === planName || name.startsWith(`${planName} (`);
  if (previous && sameBase(previous)) {
    return { finalName: previous, workingName: uniqueSheetName(`${planName} new`, inventory.names), replaces: previous };
  }
  const name = uniqueSheetName(planName, inventory.names);
  return { finalName: name, workingName: name };
}
