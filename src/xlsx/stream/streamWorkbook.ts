/**
 * A whole workbook read with the streaming sheet reader: shared strings and number formats
 * first, then each worksheet in tab order (chart sheets are skipped). Peak memory grows with the
 * cells kept, not with the XML. Every failure is a refusal with a catalogue message naming the
 * part; no parser's or library's text reaches the user.
 */
import type { SheetData, WorkbookData } from "../workbookData";
import type { XlsxPackage } from "../package/openPackage";
import { asRefusal } from "../package/limits";
import { workbookInfo } from "../package/workbookInfo";
import { readFormatCodes } from "./numberFormats";
import { readSharedStrings } from "./sharedStrings";
import { readSheet } from "./readSheet";
import { sheetMarks } from "../sheetMarks";

/** How to read. */
export interface StreamOptions {
  /** Keep formulas (default true); the command line reads values only. */
  readonly withFormulas?: boolean;
}

/**
 * Reads every worksheet of a package.
 *
 * @param pkg the opened package
 * @param name the file name, kept for messages
 * @param options whether to keep formulas
 * @returns the sheets in tab order; rejects with an {@link XlsxRefusal} for a broken or hostile file
 * @example const data = await streamWorkbook(await XlsxPackage.open(bytes), "楚雄.xlsx")
 */
export async function streamWorkbook(pkg: XlsxPackage, name?: string, options: StreamOptions = {}): Promise<WorkbookData> {
  let part = "xl/workbook.xml";
  try {
    const info = await workbookInfo(pkg);
    part = info.sharedStringsPart ?? part;
    const strings = await readSharedStrings(pkg, info.sharedStringsPart);
    part = info.stylesPart ?? part;
    const formats = await readFormatCodes(pkg, info.stylesPart);
    const marks = await sheetMarks(pkg, info.sheets);
    const sheets: SheetData[] = [];
    let cells = 0;
    for (const s of info.sheets) {
      if (!s.part) continue;
      part = s.part;
      const visibility = s.state === "hidden" ? "Hidden" : s.state === "veryHidden" ? "VeryHidden" : "Visible";
      const sheet = await readSheet(pkg, s.part, s.name, visibility, {
        strings,
        formats,
        cellsBefore: cells,
        date1904: info.date1904,
        withFormulas: options.withFormulas,
      });
      cells += sheet.values.length * (sheet.values[0]?.length ?? 0);
      const mark = marks.get(s.name);
      sheets.push(mark ? { ...sheet, mark } : sheet);
    }
    return { sheets, name };
  } catch (error) {
    throw asRefusal(error, part);
  }
}
