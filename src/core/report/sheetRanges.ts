/**
 * References to workbook cells as the report's sources: parsing the A1 references of a formula or
 * of a 核对 finding ("'事故分县统计'!B5", "J9:J19", "SUM('分行业'!B5:B13)"), testing whether two
 * ranges meet, and writing ranges back as text for the 说明 table.
 */
import { columnLetters, parseCellAddress, quoteSheetName } from "../model/address";
import { FORMULA_REFERENCE, withoutStrings } from "../model/formulaReferences";
import type { SheetRange } from "./types";

/**
 * The ranges a formula or a list of references points at. References without a sheet belong to
 * `defaultSheet`. String literals are skipped.
 *
 * @param text a formula ("=IFERROR(B6-C6,"—")") or a reference ("'事故台账'!C2:C421")
 * @param defaultSheet the sheet of references without one
 * @returns the ranges, in order
 * @example parseReferences("='事故分县统计'!B5", "汇总") // [{ sheet: "事故分县统计", top: 4, left: 1, bottom: 4, right: 1 }]
 */
export function parseReferences(text: string, defaultSheet: string): SheetRange[] {
  const code = withoutStrings(text);
  const out: SheetRange[] = [];
  for (const m of code.matchAll(FORMULA_REFERENCE)) {
    const qualified = m[3] !== undefined;
    const sheet = qualified ? (m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]) : defaultSheet;
    const a = parseCellAddress(qualified ? m[3] : m[5]);
    const second = qualified ? m[4] : m[6];
    const b = second ? parseCellAddress(second) : a;
    if (!a || !b) continue;
    out.push({
      sheet,
      top: Math.min(a.row, b.row),
      left: Math.min(a.column, b.column),
      bottom: Math.max(a.row, b.row),
      right: Math.max(a.column, b.column),
    });
  }
  return out;
}

/**
 * Whether two ranges share a cell.
 *
 * @param a a range
 * @param b another range
 * @returns true when they are on one sheet and overlap
 */
export function rangesMeet(a: SheetRange, b: SheetRange): boolean {
  return a.sheet === b.sheet && a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** "B5" or "B5:C9" (no sheet). */
function localAddress(r: SheetRange): string {
  const a = `${columnLetters(r.left)}${r.top + 1}`;
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${columnLetters(r.right)}${r.bottom + 1}`;
}

/**
 * Ranges as the 说明 table writes them: one sheet name per sheet, its cells after it,
 * "'事故分县统计'!B5、C5；'分行业'!B6".
 *
 * @param ranges the ranges
 * @param language zh (、 and ；) or en (", " and "; ")
 * @returns the text
 * @example rangesText([{ sheet: "事故分县统计", top: 4, left: 1, bottom: 4, right: 1 }], "zh") // "'事故分县统计'!B5"
 */
export function rangesText(ranges: readonly SheetRange[], language: "zh" | "en"): string {
  const bySheet = new Map<string, string[]>();
  for (const r of ranges) {
    const list = bySheet.get(r.sheet) ?? [];
    const address = localAddress(r);
    if (!list.includes(address)) list.push(address);
    bySheet.set(r.sheet, list);
  }
  const [inner, outer] = language === "en" ? [", ", "; "] : ["、", "；"];
  return [...bySheet].map(([sheet, list]) => `${quoteSheetName(sheet)}!${list.join(inner)}`).join(outer);
}

/**
 * Ranges without repeats, in first-seen order.
 *
 * @param ranges the ranges
 * @returns the distinct ranges
 */
export function distinctRanges(ranges: readonly SheetRange[]): SheetRange[] {
  const seen = new Set<string>();
  return ranges.filter((r) => {
    const key = `${r.sheet}\u0000${r.top},${r.left},${r.bottom},${r.right}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * One box per sheet around the ranges: the short form a table's source line gives
 * ("'事故分县统计'!B5:I15"), where the 说明 table lists each figure's own cells.
 *
 * @param ranges the ranges
 * @returns a range per sheet, in first-seen order
 */
export function boundingRanges(ranges: readonly SheetRange[]): SheetRange[] {
  const boxes = new Map<string, SheetRange>();
  for (const r of ranges) {
    const b = boxes.get(r.sheet);
    boxes.set(
      r.sheet,
      b
        ? {
            sheet: r.sheet,
            top: Math.min(b.top, r.top),
            left: Math.min(b.left, r.left),
            bottom: Math.max(b.bottom, r.bottom),
            right: Math.max(b.right, r.right),
          }
        : r,
    );
  }
  return [...boxes.values()];
}
