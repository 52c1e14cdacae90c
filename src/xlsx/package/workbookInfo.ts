/**
 * Where things are in a package: the workbook part (from `_rels/.rels`), its sheets in tab
 * order with their parts, the styles and shared-strings parts, and the 1904 date system flag.
 * A workbook.xml Excel could not have written is refused as damaged: a sheet without a name,
 * two sheets of one name, two sheets on one part, a worksheet whose part is missing.
 */
import type { XlsxPackage } from "./openPackage";
import { refuse } from "./limits";
import { elementsOf, isType, relationshipsOf, relsPathOf, resolveTarget, type Relationship } from "./xmlParts";

/** One sheet of the workbook. */
export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
  /** The worksheet part, or undefined for a chart sheet, a dialog or macro sheet. */
  readonly part?: string;
  readonly state: "visible" | "hidden" | "veryHidden";
}

/** The workbook's parts. */
export interface WorkbookInfo {
  readonly workbookPart: string;
  readonly workbookXml: string;
  readonly workbookRels: Relationship[];
  readonly sheets: SheetEntry[];
  readonly stylesPart?: string;
  readonly sharedStringsPart?: string;
  readonly date1904: boolean;
}

/** Refuses what Excel could not have written: nameless or same-named sheets, shared or missing parts. */
function checkSheets(pkg: XlsxPackage, workbookPart: string, sheets: readonly SheetEntry[], worksheetRel: ReadonlySet<string>): void {
  const names = new Map<string, string>();
  const parts = new Map<string, string>();
  for (const s of sheets) {
    if (!s.name) throw refuse.sheetWithoutName(workbookPart);
    // Excel compares sheet names without regard to case.
    const key = s.name.toLowerCase();
    if (names.has(key)) throw refuse.duplicateSheetName(s.name);
    names.set(key, s.name);
    if (!worksheetRel.has(s.relId)) continue;
    if (!s.part || !pkg.has(s.part)) throw refuse.missingSheetPart(s.name, s.part ?? s.relId);
    const other = parts.get(s.part.toLowerCase());
    if (other !== undefined) throw refuse.sharedSheetPart(other, s.name, s.part);
    parts.set(s.part.toLowerCase(), s.name);
  }
}

/**
 * Reads the workbook part and its relationships.
 *
 * @param pkg the opened package
 * @returns where the sheets, styles and shared strings are; rejects with a refusal for a damaged workbook part
 * @example (await workbookInfo(pkg)).sheets.map((s) => s.name) // ["表1", "台账"]
 */
export async function workbookInfo(pkg: XlsxPackage): Promise<WorkbookInfo> {
  const root = await pkg.text("_rels/.rels");
  const officeDocument = root ? relationshipsOf(root, "_rels/.rels").find((r) => isType(r, "officeDocument")) : undefined;
  const workbookPart = officeDocument ? resolveTarget("", officeDocument.target) : "xl/workbook.xml";
  if (/\.bin$/i.test(workbookPart)) throw refuse.xlsb();
  const workbookXml = await pkg.text(workbookPart);
  if (workbookXml === undefined) throw refuse.notWorkbook(workbookPart);
  const relsPart = relsPathOf(workbookPart);
  const relsXml = await pkg.text(relsPart);
  const workbookRels = relsXml === undefined ? [] : relationshipsOf(relsXml, relsPart);
  const byId = new Map(workbookRels.map((r) => [r.id, r]));
  const elements = elementsOf(workbookXml, ["sheet", "workbookPr"], workbookPart);
  const worksheetRels = new Set<string>();
  const sheets: SheetEntry[] = elements
    .filter((e) => e.name === "sheet")
    .map(({ attributes: a }) => {
      const relId = Object.entries(a).find(([k]) => k === "r:id" || k.endsWith(":id"))?.[1] ?? "";
      const rel = byId.get(relId);
      const state = a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible";
      // A sheet with no relationship, or one to a worksheet, must have its part; chart, dialog and macro sheets are skipped.
      const worksheet = !rel || (isType(rel, "worksheet") && !rel.external);
      if (worksheet) worksheetRels.add(relId);
      return {
        name: a.name ?? "",
        sheetId: Number(a.sheetId),
        relId,
        part: rel && worksheet ? resolveTarget(workbookPart, rel.target) : undefined,
        state,
      };
    });
  checkSheets(pkg, workbookPart, sheets, worksheetRels);
  const pr = elements.find((e) => e.name === "workbookPr")?.attributes;
  const partOf = (kind: string): string | undefined => {
    const rel = workbookRels.find((r) => isType(r, kind) && !r.external);
    return rel ? resolveTarget(workbookPart, rel.target) : undefined;
  };
  return {
    workbookPart,
    workbookXml,
    workbookRels,
    sheets,
    stylesPart: partOf("styles"),
    sharedStringsPart: partOf("sharedStrings"),
    date1904: pr?.date1904 === "1" || pr?.date1904 === "true",
  };
}
