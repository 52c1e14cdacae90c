/**
 * A whole workbook read with the streaming sheet reader: shared strings and number formats
 * first, then each worksheet in tab order (chart sheets are skipped). Peak memory grows with the
 * cells kept, not with the XML. Every failure is a refusal with a catalogue message naming the
 * part; no parser's or library's text reaches the user. Asked to, it reads each sheet's ledger as
 * the rows go by and keeps none of the ledger's rows: a ledger of a million rows is counted
 * without holding them.
 */
import type { SheetData, WorkbookData } from "../workbookData";
import type { XlsxPackage } from "../package/openPackage";
import { asRefusal } from "../package/limits";
import { workbookInfo } from "../package/workbookInfo";
import { readFormatCodes } from "./numberFormats";
import { readSharedStrings } from "./sharedStrings";
import { readSheet, type RowClaims } from "./readSheet";
import { sheetMarks } from "../sheetMarks";
import { LedgerRowReader } from "../../core/ledger/ledgerRowReader";
import type { LedgerOptions } from "../../core/ledger/readLedgers";

/** How to read. */
export interface StreamOptions {
  /** Keep formulas (default true); the command line reads values only. */
  readonly withFormulas?: boolean;
  /** Read each sheet's ledger while it streams, with these reader options (the rows it claims are not kept). */
  readonly ledgers?: LedgerOptions;
}

/**
 * Reads every worksheet of a package.
 *
 * @param pkg the opened package
 * @param name the file name, kept for messages
 * @param options whether to keep formulas, and to read ledgers as the rows stream
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
      const context = { strings, formats, cellsBefore: cells, date1904: info.date1904, withFormulas: options.withFormulas };
      let sheet;
      // Our own sheets (marked) are output, never data: no ledger is read from them.
      if (options.ledgers && !marks.has(s.name)) {
        const ledger = new LedgerRowReader({ name: s.name, originRow: 0, originColumn: 0 }, options.ledgers);
        const claims: RowClaims = { claim: (index, cellsOfRow) => ledger.push(index, cellsOfRow) };
        sheet = await readSheet(pkg, s.part, s.name, visibility, { ...context, claims });
        // Rows out of order or merged over the ledger: read the sheet again as a grid, the reader reads the ledger from it.
        if (claims.failed) sheet = await readSheet(pkg, s.part, s.name, visibility, context);
        else sheet.ledgers = ledger.finish();
      } else sheet = await readSheet(pkg, s.part, s.name, visibility, context);
      // The limit is over the whole grid the file writes, rows the ledger took included.
      cells += (sheet.values.length + (sheet.takenRows ?? 0)) * sheet.columnWidths.length;
      const mark = marks.get(s.name);
      sheets.push(mark ? { ...sheet, mark } : sheet);
    }
    return { sheets, name };
  } catch (error) {
    throw asRefusal(error, part);
  }
}
