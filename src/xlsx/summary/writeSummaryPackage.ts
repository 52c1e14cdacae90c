/**
 * The .summary.xlsx writer (command line and browser): the user's package with the summary sheet
 * written into it. Every part of the input is kept byte for byte except the few the new sheet
 * must be referenced from — workbook.xml, its .rels, [Content_Types].xml and the styles part —
 * and those only gain entries. Parts kept as they are have their checksums verified first: a
 * damaged input is refused, never copied. The new parts are the sheet, its drawing and one chart part per
 * {@link ChartPlan}. An .xlsm stays an .xlsm: the macro part and the workbook's content type are
 * untouched. Shared strings are not touched either: the summary writes its text inline.
 *
 * The sheet carries our mark (src/xlsx/sheetMarks.ts), so every path that opens the file again knows
 * it as output; a summary replaces the newest summary we wrote before, in its slot
 * (previousSummary.ts), so summarising a .summary.xlsx gives one 汇总, not 汇总 (2).
 */
import type { SummaryPlan } from "../../core/summary/plan";
import { uniqueSheetName } from "../../core/summary/sheetName";
import { sheetMarkValue, type SheetMarkKind } from "../../core/summary/sheetMark";
import type { XlsxPackage } from "../package/openPackage";
import { workbookInfo } from "../package/workbookInfo";
import { asRefusal, refuse } from "../package/limits";
import { REL, relsPathOf } from "../package/xmlParts";
import { joinPieces } from "../package/zipWriter";
import { addFormats, cellFormats, MINIMAL_STYLES } from "./cellStyles";
import { chartSeries, chartXml } from "./chartXml";
import { drawingXml } from "./drawingXml";
import { addContentTypes, addRelationship, addSheetToWorkbook, CONTENT_TYPE } from "./packageEdits";
import { sheetXml } from "./sheetXml";
import { clearPreviousSummary, withoutLocalNames } from "./previousSummary";
import { CUSTOM_PROPERTY, encodeMarkValue } from "../sheetMarks";

/** A written file: the pieces to write one after another (the command line), or its bytes joined when asked for. */
export interface WrittenFile {
  readonly pieces: readonly Uint8Array[];
  readonly bytes: Uint8Array;
}

/** The file of some pieces; its bytes are joined only when read. */
function writtenFile(pieces: readonly Uint8Array[]): WrittenFile {
  let joined: Uint8Array | undefined;
  return {
    pieces,
    get bytes() {
      return (joined ??= joinPieces(pieces));
    },
  };
}

/** The written package. */
export interface WrittenSummary extends WrittenFile {
  /** The name the summary sheet got (unique in the workbook). */
  readonly sheetName: string;
  /** The parts added. */
  readonly addedParts: readonly string[];
  /** The user's parts that were edited (only gained entries). */
  readonly editedParts: readonly string[];
  /** The earlier summary sheet this one replaced (its slot), if any. */
  readonly replaced?: string;
}

/** How to write. */
export interface SummaryPackageOptions {
  /** What the sheet's mark says it is (default "summary"). */
  readonly mark?: SheetMarkKind;
  /** Replace the newest summary sheet we wrote before (default: true for a summary, false otherwise). */
  readonly replacePrevious?: boolean;
  /** The mark's time (ms); now by default. */
  readonly time?: number;
}

/** The first free part name of a pattern ("xl/charts/chart#.xml"). */
function freeName(pkg: XlsxPackage, taken: Set<string>, pattern: string): string {
  for (let n = 1; ; n++) {
    const name = pattern.replace("#", String(n));
    if (!pkg.has(name) && !taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

/** A relationship target from one part to another in the same package. */
function relative(from: string, to: string): string {
  const a = from.split("/").slice(0, -1);
  const b = to.split("/");
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => ".."), ...b.slice(i)].join("/");
}

/**
 * Writes the summary sheet and its charts into the package and returns the new file's bytes.
 * The package object is changed (it is the output's); the input file is not.
 *
 * @param pkg the opened input package
 * @param plan the summary plan (the same the add-in carries out)
 * @returns the bytes of the .summary.xlsx (or .xlsm), the sheet's name and what changed
 * @example const { bytes } = await writeSummaryPackage(await XlsxPackage.open(input), plan)
 */
export async function writeSummaryPackage(pkg: XlsxPackage, plan: SummaryPlan, options: SummaryPackageOptions = {}): Promise<WrittenSummary> {
  const written = await writeSummarySheets(pkg, [{ plan, options }]);
  return Object.assign(writtenFile(written.pieces), written.sheets[0]);
}

/**
 * Writes several sheets into the package (a consolidation's four, the pane's summaries), one after
 * another as {@link writeSummaryPackage} would, and compresses the package once: compressing it
 * after each sheet deflated the first sheets again for every later one.
 *
 * @param pkg the opened input package
 * @param sheets each sheet's plan and how to write it, in order
 * @returns the file (its pieces, or its bytes joined) and, for each sheet, its name and what changed
 * @example const { bytes } = await writeSummarySheets(pkg, plans.map((plan) => ({ plan, options: { mark: "consolidation" } })))
 */
export async function writeSummarySheets(
  pkg: XlsxPackage,
  sheets: readonly { readonly plan: SummaryPlan; readonly options?: SummaryPackageOptions }[],
): Promise<WrittenFile & { sheets: Omit<WrittenSummary, keyof WrittenFile>[] }> {
  // Every part that will be copied untouched is checked before anything is written.
  await pkg.verifyAll();
  try {
    const written: Omit<WrittenSummary, keyof WrittenFile>[] = [];
    for (const sheet of sheets) written.push(await writeInto(pkg, sheet.plan, sheet.options ?? {}));
    // Untouched parts are copied as they lie in the input, never inflated or deflated again (zipWriter.ts).
    return Object.assign(writtenFile(await pkg.pieces()), { sheets: written });
  } catch (error) {
    throw asRefusal(error, "xl/workbook.xml");
  }
}

/** An edit of a user's part that fails on its content (an emptied styles part, a workbook.xml without <sheets>) names it as damaged. */
function editOf<T>(part: string, edit: () => T): T {
  try {
    return edit();
  } catch {
    throw refuse.damaged(part, "xml");
  }
}

async function writeInto(pkg: XlsxPackage, plan: SummaryPlan, options: SummaryPackageOptions): Promise<Omit<WrittenSummary, keyof WrittenFile>> {
  const info = await workbookInfo(pkg);
  const mark = options.mark ?? "summary";
  // The earlier summary gives up its slot (tab, part, relationship); its drawing and charts go.
  const slot = (options.replacePrevious ?? mark === "summary") ? await clearPreviousSummary(pkg, info) : undefined;
  const sheetName = uniqueSheetName(
    plan.sheetName,
    info.sheets.filter((s) => s.name !== slot?.entry.name).map((s) => s.name),
  );
  const taken = new Set<string>();
  const wbDir = info.workbookPart.split("/").slice(0, -1).join("/");
  const prefix = wbDir ? `${wbDir}/` : "";
  const sheetPart = slot ? slot.entry.part : freeName(pkg, taken, `${prefix}worksheets/sheet#.xml`);
  const added: string[] = [sheetPart];
  const edited: string[] = [];
  const contentTypes: { part: string; type: string }[] = [{ part: sheetPart, type: CONTENT_TYPE.worksheet }];

  // The mark: a custom-property part of the sheet, as Excel keeps Worksheet.customProperties.
  const markPart = freeName(pkg, taken, `${prefix}customProperty#.bin`);
  pkg.zip.file(markPart, encodeMarkValue(sheetMarkValue(mark, options.time ?? Date.now())), { createFolders: false, binary: true });
  contentTypes.push({ part: markPart, type: CUSTOM_PROPERTY.contentType });
  added.push(markPart);
  let sheetRels = addRelationship(undefined, CUSTOM_PROPERTY.rel, relative(sheetPart, markPart));
  const markRelId = sheetRels.id;

  // Styles: append the summary's formats.
  const columns = Math.max(plan.columnCount, ...plan.cells.map((r) => r.length), 1);
  const rows = Math.max(plan.rowCount, plan.cells.length);
  const formats = cellFormats(rows, columns, plan.cells, plan.styles);
  let stylesPart = info.stylesPart;
  const workbookRelsBefore = await pkg.text(relsPathOf(info.workbookPart));
  let workbookRelsXml = workbookRelsBefore;
  let stylesXml = stylesPart ? await pkg.text(stylesPart) : undefined;
  if (!stylesPart || stylesXml === undefined) {
    stylesPart = freeName(pkg, taken, `${prefix}styles#.xml`);
    stylesXml = MINIMAL_STYLES;
    const rel = addRelationship(workbookRelsXml, REL.styles, relative(info.workbookPart, stylesPart));
    workbookRelsXml = rel.xml;
    contentTypes.push({ part: stylesPart, type: CONTENT_TYPE.styles });
    added.push(stylesPart);
  } else edited.push(stylesPart);
  const styledXml = stylesXml;
  const styled = editOf(stylesPart, () => addFormats(styledXml, formats.formats));
  pkg.zip.file(stylesPart, styled.xml, { createFolders: false });
  const styleOf = (r: number, c: number): number => {
    const i = formats.formatIndex[r]?.[c] ?? -1;
    return i < 0 ? 0 : styled.xfIndex[i];
  };

  // Charts and their drawing.
  let drawingRelId: string | undefined;
  if (plan.charts.length) {
    const drawingPart = freeName(pkg, taken, `${prefix}drawings/drawing#.xml`);
    let drawingRels: string | undefined;
    const chartRelIds: string[] = [];
    for (const chart of plan.charts) {
      const chartPart = freeName(pkg, taken, `${prefix}charts/chart#.xml`);
      const series = chartSeries(chart, sheetName, (r, c) => plan.cells[r]?.[c]);
      pkg.zip.file(chartPart, chartXml(chart, series), { createFolders: false });
      const rel = addRelationship(drawingRels, REL.chart, relative(drawingPart, chartPart));
      drawingRels = rel.xml;
      chartRelIds.push(rel.id);
      contentTypes.push({ part: chartPart, type: CONTENT_TYPE.chart });
      added.push(chartPart);
    }
    pkg.zip.file(drawingPart, drawingXml(plan.charts, chartRelIds), { createFolders: false });
    pkg.zip.file(relsPathOf(drawingPart), drawingRels!, { createFolders: false });
    sheetRels = addRelationship(sheetRels.xml, REL.drawing, relative(sheetPart, drawingPart));
    drawingRelId = sheetRels.id;
    contentTypes.push({ part: drawingPart, type: CONTENT_TYPE.drawing });
    added.push(drawingPart, relsPathOf(drawingPart));
  }
  pkg.zip.file(relsPathOf(sheetPart), sheetRels.xml, { createFolders: false });
  added.push(relsPathOf(sheetPart));
  pkg.zip.file(sheetPart, sheetXml(plan, styleOf, drawingRelId, markRelId), { createFolders: false });

  // The workbook's own parts gain the new sheet (or the replaced one's entry takes its name).
  let relId = slot?.entry.relId;
  if (!slot) {
    const sheetRel = addRelationship(workbookRelsXml, REL.worksheet, relative(info.workbookPart, sheetPart));
    pkg.zip.file(relsPathOf(info.workbookPart), sheetRel.xml, { createFolders: false });
    relId = sheetRel.id;
  } else if (workbookRelsXml !== undefined && workbookRelsXml !== workbookRelsBefore)
    pkg.zip.file(relsPathOf(info.workbookPart), workbookRelsXml, { createFolders: false });
  const sheetId = slot ? slot.entry.sheetId : Math.max(0, ...info.sheets.map((s) => s.sheetId).filter(Number.isFinite)) + 1;
  const workbookXml = editOf(info.workbookPart, () =>
    addSheetToWorkbook(slot ? withoutLocalNames(info.workbookXml, slot.index) : info.workbookXml, {
      name: sheetName,
      sheetId,
      relId: relId!,
      index: slot ? slot.index : info.sheets.length,
      titleRows: plan.print.titleRows,
      titleColumns: plan.print.titleColumns,
      printArea: plan.print.area,
      replaces: !!slot,
    }),
  );
  pkg.zip.file(info.workbookPart, workbookXml, { createFolders: false });
  const types = await pkg.text("[Content_Types].xml");
  pkg.zip.file("[Content_Types].xml", addContentTypes(types ?? "", contentTypes), { createFolders: false });
  edited.push(info.workbookPart, relsPathOf(info.workbookPart), "[Content_Types].xml");

  return { sheetName, addedParts: added, editedParts: edited, ...(slot ? { replaced: slot.entry.name } : {}) };
}
