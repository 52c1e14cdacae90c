/**
 * Where things are in a package: the workbook part (from `_rels/.rels`), its sheets in tab
 * order with their parts, the styles and shared-strings parts, and the 1904 date system flag.
 */
import type { XlsxPackage } from "./openPackage";
import { refuse } from "./limits";
import { elementsOf, isType, relationshipsOf, relsPathOf, resolveTarget, type Relationship } from "./xmlParts";

/** One sheet of the workbook. */
export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
  /** The part name, or undefined for a chart sheet or a dangling reference. */
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

/**
 * Reads the workbook part and its relationships.
 *
 * @param pkg the opened package
 * @returns where the sheets, styles and shared strings are
 * @example (await workbookInfo(pkg)).sheets.map((s) => s.name) // ["表1", "台账"]
 */
export async function workbookInfo(pkg: XlsxPackage): Promise<WorkbookInfo> {
  const root = await pkg.text("_rels/.rels");
  const officeDocument = root ? relationshipsOf(root).find((r) => isType(r, "officeDocument")) : undefined;
  const workbookPart = officeDocument ? resolveTarget("", officeDocument.target) : "xl/workbook.xml";
  const workbookXml = await pkg.text(workbookPart);
  if (workbookXml === undefined) throw refuse.notWorkbook(`${workbookPart} missing`);
  const relsXml = (await pkg.text(relsPathOf(workbookPart))) ?? "";
  const workbookRels = relationshipsOf(relsXml);
  const byId = new Map(workbookRels.map((r) => [r.id, r]));
  const elements = elementsOf(workbookXml, ["sheet", "workbookPr"]);
  const sheets: SheetEntry[] = elements
    .filter((e) => e.name === "sheet")
    .map(({ attributes: a }) => {
      const relId = Object.entries(a).find(([k]) => k === "r:id" || k.endsWith(":id"))?.[1] ?? "";
      const rel = byId.get(relId);
      const state = a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible";
      return {
        name: a.name,
        sheetId: Number(a.sheetId),
        relId,
        part: rel && isType(rel, "worksheet") && !rel.external ? resolveTarget(workbookPart, rel.target) : undefined,
        state,
      };
    });
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
