/**
 * Old binary workbooks (.xls, Excel 97–2003, and WPS's .et) and text tables (.csv) turned into an
 * .xlsx package, so that every later step — the limited package reader, the streaming sheet
 * reader, the summary written into the package — is the one the .xlsx files go through. The
 * parsing is SheetJS's (the `@e965/xlsx` build of SheetJS 0.20.3, which carries the fixes for
 * CVE-2023-30533 and CVE-2024-22363; docs/file-formats.md says why it was chosen). This module is
 * loaded only when such a file is opened, so no bundle carries SheetJS until then.
 */
import * as XLSX from "@e965/xlsx";
import * as codepages from "@e965/xlsx/dist/cpexcel.full";
import { refuse, resolveLimits, XlsxRefusal, type XlsxLimits } from "../package/limits";

// BIFF5 and older files (and CSV exports of old systems) keep their text in a code page (936 for
// Simplified Chinese); the table of code pages is set once, where the module is loaded.
XLSX.set_cptable(codepages);

/** The two kinds of file this module converts. */
export type LegacyKind = "legacy" | "csv";

const PLAIN_NUMBER = /^[+-]?(0|[1-9]\d*)(\.\d+)?$|^[+-]?0?\.\d+$/;

/**
 * The text of a .csv file: UTF-8 (with or without a byte-order mark), UTF-16 with its mark, and
 * otherwise GB18030, which is what Excel and WPS on a Chinese Windows write for "CSV".
 */
function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

/** The number a CSV field spells plainly ("12", "-3.5"), or the text itself: codes with leading zeros and "1,234" stay as written. */
function csvValue(text: string): string | number {
  return PLAIN_NUMBER.test(text) ? Number(text) : text;
}

function parseCsv(bytes: Uint8Array): XLSX.WorkBook {
  const workbook = XLSX.read(decodeText(bytes), { type: "string", raw: true, dense: true });
  for (const name of workbook.SheetNames) {
    const rows = (workbook.Sheets[name] as XLSX.DenseWorkSheet)["!data"] ?? [];
    for (const row of rows) {
      for (const cell of row ?? []) {
        if (!cell || cell.t !== "s" || typeof cell.v !== "string") continue;
        const value = csvValue(cell.v.trim());
        if (typeof value === "number") Object.assign(cell, { t: "n", v: value, w: undefined });
      }
    }
  }
  return workbook;
}

function parseBinary(bytes: Uint8Array): XLSX.WorkBook {
  return XLSX.read(bytes, { type: "array", cellFormula: true, cellNF: true, cellDates: false, cellStyles: true, dense: true });
}

/**
 * Column outline levels are dropped: SheetJS 0.20.3 writes them twice, as `outlineLevel` and as a
 * `level` attribute that the .xlsx schema does not have (a file Excel would offer to repair).
 */
function dropColumnLevels(workbook: XLSX.WorkBook): void {
  for (const name of workbook.SheetNames) for (const col of workbook.Sheets[name]?.["!cols"] ?? []) if (col) delete col.level;
}

/**
 * Rows with no cell are filled in as empty rows: SheetJS 0.20.3 reads a dense sheet's rows as a
 * sparse array but its writer reads every row of the range (a LibreOffice-saved .xls with a blank
 * row between two tables failed there).
 */
function fillEmptyRows(workbook: XLSX.WorkBook): void {
  for (const name of workbook.SheetNames) {
    const sheet = workbook.Sheets[name] as XLSX.DenseWorkSheet;
    if (!sheet["!ref"] || !sheet["!data"]) continue;
    const last = XLSX.utils.decode_range(sheet["!ref"]).e.r;
    for (let r = 0; r <= last; r++) if (!sheet["!data"][r]) sheet["!data"][r] = [];
  }
}

/** Refuses a workbook whose sheets span more cells (rows × columns from A1) than the limit, as the .xlsx reader does. */
function checkCells(workbook: XLSX.WorkBook, limits: XlsxLimits): void {
  let cells = 0;
  for (const name of workbook.SheetNames) {
    const ref = workbook.Sheets[name]?.["!ref"];
    if (!ref) continue;
    const range = XLSX.utils.decode_range(ref);
    const area = (range.e.r + 1) * (range.e.c + 1);
    cells += area;
    if (cells > limits.maxCells) throw refuse.tooManyCells(name, area, limits.maxCells);
  }
}

/**
 * Converts an .xls / .et / .csv file into the bytes of an .xlsx package holding the same sheets:
 * values, formulas (with their cached results), number formats, merged areas, hidden rows and
 * column widths.
 *
 * @param bytes the file
 * @param kind "legacy" for an .xls / .et compound file, "csv" for a text table
 * @param limits the reading limits (the file's size counts against the inflated-size limit, its cells against the cell limit)
 * @returns the .xlsx bytes; rejects with an {@link XlsxRefusal} (bilingual) when the file cannot be read or is refused
 * @example const xlsx = await legacyToXlsx(fs.readFileSync("2005_7.xls"), "legacy")
 */
export async function legacyToXlsx(bytes: Uint8Array, kind: LegacyKind, limits: Partial<XlsxLimits> = {}): Promise<Uint8Array> {
  const resolved = resolveLimits(limits);
  if (bytes.length > resolved.maxUncompressedBytes) throw refuse.tooLarge(bytes.length, resolved.maxUncompressedBytes);
  let workbook: XLSX.WorkBook;
  try {
    workbook = kind === "csv" ? parseCsv(bytes) : parseBinary(bytes);
  } catch {
    // The parser's own words never reach a user: the catalogue says what happened.
    throw kind === "csv" ? refuse.csvUnreadable() : refuse.legacyUnreadable("damaged");
  }
  if (workbook.SheetNames.length === 0) throw refuse.legacyUnreadable("empty");
  checkCells(workbook, resolved);
  dropColumnLevels(workbook);
  fillEmptyRows(workbook);
  try {
    const out = XLSX.write(workbook, { type: "array", bookType: "xlsx", compression: true }) as ArrayBuffer;
    return new Uint8Array(out);
  } catch (error) {
    if (error instanceof XlsxRefusal) throw error;
    throw refuse.legacyUnreadable("unconvertible");
  }
}
