/**
 * The mark on every sheet Bureau Stats writes: a worksheet custom property (Office.js
 * `Worksheet.customProperties`, and its file form `<customPr>` in an .xlsx) whose value says what
 * the sheet is and when it was made. A summary, a cover (说明) and a consolidation's own sheets
 * (报送情况) are output, never data: no path reads them (the add-in, the workbench, the command
 * line, the report). A consolidation's tables (汇总表, 分县汇总) are the prefecture's data, marked
 * "data": read like a user's sheet, so the prefecture's summary and report are made from them.
 * "Replace the previous summary" replaces only the newest summary-marked sheet (a consolidation's
 * 综合汇总 too). Known by the mark, not by name, so a user's own sheet called 汇总 is still read.
 */

/** The custom property's key. */
export const SHEET_MARK_KEY = "bureauStats.createdBy";

/**
 * What a marked sheet is: a summary (一键汇总, a consolidation's 综合汇总), a consolidation's own
 * sheet (报送情况), a file's cover (说明), or a table of ours that is data (a consolidation's 汇总表
 * and 分县汇总).
 */
export type SheetMarkKind = "summary" | "consolidation" | "cover" | "data";

const PREFIX: Readonly<Record<SheetMarkKind, string>> = {
  summary: "bureau-stats-summary",
  consolidation: "bureau-stats-consolidation",
  cover: "bureau-stats-cover",
  data: "bureau-stats-data",
};

/** A mark as read back. */
export interface SheetMark {
  readonly kind: SheetMarkKind;
  /** Creation time in ms since 1970 (0 when the mark has none), to find the newest summary. */
  readonly time: number;
}

/**
 * The value written for a mark.
 *
 * @param kind what the sheet is
 * @param time when it was made (ms)
 * @returns the property's value
 * @example sheetMarkValue("summary", 1733280000000) // "bureau-stats-summary:1733280000000"
 */
export function sheetMarkValue(kind: SheetMarkKind, time: number): string {
  return `${PREFIX[kind]}:${Math.round(time)}`;
}

/**
 * Reads a mark's value; anything not written by us is undefined.
 *
 * @param value the custom property's value, if the sheet has one
 * @returns the kind and time, or undefined
 * @example parseSheetMark("bureau-stats-consolidation:5")?.kind // "consolidation"
 */
export function parseSheetMark(value: string | undefined): SheetMark | undefined {
  if (!value) return undefined;
  for (const kind of Object.keys(PREFIX) as SheetMarkKind[]) {
    const prefix = PREFIX[kind];
    if (value === prefix || value.startsWith(`${prefix}:`)) return { kind, time: Number(value.slice(prefix.length + 1)) || 0 };
  }
  return undefined;
}

/**
 * Whether a sheet is read as data: a user's sheet (no mark of ours) or a table of ours marked
 * "data". The one rule every path that reads a workbook follows.
 *
 * @param mark the sheet's mark value, if it has one
 * @returns true when the sheet is data
 * @example readsAsData(undefined) // true
 * @example readsAsData("bureau-stats-data:5") // true
 * @example readsAsData("bureau-stats-summary:5") // false
 */
export function readsAsData(mark: string | undefined): boolean {
  const parsed = parseSheetMark(mark);
  return !parsed || parsed.kind === "data";
}

/**
 * The newest summary among marked sheets: what "replace the previous summary" replaces.
 *
 * @param sheets sheet names with their mark values
 * @returns the name, or undefined when no sheet carries a summary mark
 * @example latestSummarySheet([{ name: "汇总", mark: "bureau-stats-summary:2" }]) // "汇总"
 */
export function latestSummarySheet(sheets: readonly { readonly name: string; readonly mark?: string }[]): string | undefined {
  let latest: { name: string; time: number } | undefined;
  for (const sheet of sheets) {
    const mark = parseSheetMark(sheet.mark);
    if (mark?.kind === "summary" && (!latest || mark.time >= latest.time)) latest = { name: sheet.name, time: mark.time };
  }
  return latest?.name;
}
