/**
 * "Replace the previous summary" in a file, as the add-in does in Excel: the newest sheet carrying
 * our summary mark gives up its slot — its tab position, its part name and its relationship from
 * the workbook stay; what hung from it (its drawing, charts, mark, print titles) is removed — and
 * the new summary is written into that slot. A summarised .summary.xlsx therefore gets one 汇总,
 * not 汇总 (2) beside the old one. Only a marked summary is ever cleared; a user's sheet, and a
 * consolidation's sheets, are never touched.
 */
import { latestSummarySheet } from "../../core/summary/sheetMark";
import type { XlsxPackage } from "../package/openPackage";
import type { SheetEntry, WorkbookInfo } from "../package/workbookInfo";
import { relationshipsOf, relsPathOf, resolveTarget, rootPrefix } from "../package/xmlParts";
import { sheetMarks } from "../sheetMarks";

/** The slot the previous summary leaves. */
export interface SummarySlot {
  readonly entry: SheetEntry & { readonly part: string };
  /** Its tab index (the localSheetId of its defined names). */
  readonly index: number;
  /** The parts removed with it. */
  readonly removed: readonly string[];
}

/** Every part reachable from a part through its relationships (drawing → charts → their styles …). */
async function partsBelow(pkg: XlsxPackage, part: string, seen: Set<string>): Promise<void> {
  const relsPath = relsPathOf(part);
  const rels = await pkg.text(relsPath);
  if (rels === undefined) return;
  seen.add(relsPath);
  for (const rel of relationshipsOf(rels)) {
    if (rel.external) continue;
    const target = resolveTarget(part, rel.target);
    if (seen.has(target) || !pkg.has(target)) continue;
    seen.add(target);
    await partsBelow(pkg, target, seen);
  }
}

/** Drops the content-type overrides of removed parts. */
function withoutOverrides(xml: string, removed: readonly string[]): string {
  const p = rootPrefix(xml);
  let out = xml;
  for (const part of removed) {
    const escaped = `/${part}`.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    out = out.replace(new RegExp(`<${p}Override\\s[^>]*PartName="${escaped}"[^>]*/>`, "g"), "");
  }
  return out;
}

/** Drops the defined names local to one sheet (its print titles and print area). */
export function withoutLocalNames(workbookXml: string, index: number): string {
  const p = rootPrefix(workbookXml);
  const local = new RegExp(`<${p}definedName\\s[^>]*localSheetId="${index}"[^>]*>[\\s\\S]*?</${p}definedName>`, "g");
  const out = workbookXml.replace(local, "");
  return out.replace(new RegExp(`<${p}definedNames>\\s*</${p}definedNames>`), "");
}

/**
 * Clears the newest summary sheet we wrote, keeping its slot, and returns that slot.
 *
 * @param pkg the package (changed: the summary's own parts are removed)
 * @param info the workbook's parts
 * @returns the slot, or undefined when no sheet carries our summary mark
 * @example const slot = await clearPreviousSummary(pkg, await workbookInfo(pkg))
 */
export async function clearPreviousSummary(pkg: XlsxPackage, info: WorkbookInfo): Promise<SummarySlot | undefined> {
  const marks = await sheetMarks(pkg, info.sheets);
  const name = latestSummarySheet(info.sheets.map((s) => ({ name: s.name, mark: marks.get(s.name) })));
  const index = info.sheets.findIndex((s) => s.name === name);
  const entry = info.sheets[index];
  if (!entry?.part || !pkg.has(entry.part)) return undefined;
  const seen = new Set<string>();
  await partsBelow(pkg, entry.part, seen);
  // A part some other sheet also uses (a shared printer-settings part, say) stays.
  for (const other of info.sheets) if (other !== entry && other.part) seen.delete(other.part);
  const removed = [...seen].filter((part) => part !== entry.part && part !== info.workbookPart);
  for (const part of removed) pkg.zip.remove(part);
  const types = await pkg.text("[Content_Types].xml");
  if (types !== undefined) pkg.zip.file("[Content_Types].xml", withoutOverrides(types, removed), { createFolders: false });
  return { entry: { ...entry, part: entry.part }, index, removed };
}
