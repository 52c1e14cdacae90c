/**
 * A whole workbook read with the streaming sheet reader: shared strings and number formats
 * first, then each worksheet in tab order (chart sheets are skipped). Peak memory grows with the
 * cells kept, not with the XML.
 */
import type { SheetData, WorkbookData } from "../workbookData";
import type { XlsxPackage } from "../package/openPackage";
import { refuse, XlsxRefusal } from "../package/limits";
import { workbookInfo } from "../package/workbookInfo";
import { formatCodes } from "./numberFormats";
import { readSharedStrings } from "./sharedStrings";
import { readSheet } from "./readSheet";

/**
 * Reads every worksheet of a package.
 *
 * @param pkg the opened package
 * @param name the file name, kept for messages
 * @returns the sheets in tab order; rejects with an {@link XlsxRefusal} for a broken or hostile file
 * @example const data = await streamWorkbook(await XlsxPackage.open(bytes), "楚雄.xlsx")
 */
export async function streamWorkbook(pkg: XlsxPackage, name?: string): Promise<WorkbookData> {
  try {
    const info = await workbookInfo(pkg);
    const strings = await readSharedStrings(pkg, info.sharedStringsPart);
    const formats = formatCodes(info.stylesPart ? await pkg.text(info.stylesPart) : undefined);
    const sheets: SheetData[] = [];
    let cells = 0;
    for (const s of info.sheets) {
      if (!s.part || !pkg.has(s.part)) continue;
      const visibility = s.state === "hidden" ? "Hidden" : s.state === "veryHidden" ? "VeryHidden" : "Visible";
      const sheet = await readSheet(pkg, s.part, s.name, visibility, { strings, formats, cellsBefore: cells, date1904: info.date1904 });
      cells += sheet.values.length * (sheet.values[0]?.length ?? 0);
      sheets.push(sheet);
    }
    return { sheets, name };
  } catch (error) {
    if (error instanceof XlsxRefusal) throw error;
    throw refuse.notWorkbook((error as Error).message);
  }
}
