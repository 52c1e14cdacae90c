/**
 * Our marks on the sheets Bureau Stats writes in WPS, and the inventory of a workbook's sheets.
 * A sheet gets two marks with the same key and value as Excel's (src/core/summary/sheetMark.ts):
 * a worksheet custom property, as the Office.js edge writes, and a hidden sheet-scoped defined
 * name, because nothing confirms that WPS keeps worksheet custom properties when it saves
 * (docs/wps.md). Either mark makes a sheet ours: never read as data, and replaceable by 刷新汇总.
 */
import { sheetInventory, type SheetInventory } from "../core/summary/sheetInventory";
import { SHEET_MARK_KEY, sheetMarkValue, type SheetMarkKind } from "../core/summary/sheetMark";
import type { EtApplication, EtWorksheet } from "./facade";

/** xlSheetVisible. */
const SHEET_VISIBLE = -1;

/**
 * Marks a sheet as ours.
 *
 * @param sheet the worksheet just added
 * @param kind what it is
 * @param time when it was made (ms)
 */
export function markSheet(sheet: EtWorksheet, kind: SheetMarkKind, time: number): void {
  const value = sheetMarkValue(kind, time);
  sheet.CustomProperties.Add(SHEET_MARK_KEY, value);
  sheet.Names.Add(SHEET_MARK_KEY, `="${value}"`, false);
}

/** A defined name's formula ="…" as its text. */
function nameText(refersTo: unknown): string | undefined {
  const match = /^="(.*)"$/.exec(String(refersTo ?? ""));
  return match ? match[1].replace(/""/g, '"') : undefined;
}

/**
 * A sheet's mark, from either of its two forms.
 *
 * @param sheet the worksheet
 * @returns the mark's value, or undefined for a sheet that is not ours
 */
export function readSheetMark(sheet: EtWorksheet): string | undefined {
  const properties = sheet.CustomProperties;
  for (let i = 1; i <= properties.Count; i++) {
    const property = properties.Item(i);
    if (property.Name === SHEET_MARK_KEY) return String(property.Value ?? "");
  }
  const names = sheet.Names;
  for (let i = 1; i <= names.Count; i++) {
    const name = names.Item(i);
    // Sheet-scoped names read back as "Sheet!name" in VBA.
    if (name.Name === SHEET_MARK_KEY || name.Name.endsWith(`!${SHEET_MARK_KEY}`)) return nameText(name.RefersTo);
  }
  return undefined;
}

/**
 * The open workbook's sheets, their visibility and marks.
 *
 * @param app the WPS application
 * @returns the inventory (sheetInventory.ts)
 */
export function inspectSheets(app: EtApplication): SheetInventory {
  const sheets = app.ActiveWorkbook.Worksheets;
  const found: { name: string; visible: boolean; mark?: string }[] = [];
  for (let i = 1; i <= sheets.Count; i++) {
    const sheet = sheets.Item(i) as EtWorksheet;
    found.push({ name: sheet.Name, visible: Number(sheet.Visible) === SHEET_VISIBLE || sheet.Visible === true, mark: readSheetMark(sheet) });
  }
  return sheetInventory(found);
}
