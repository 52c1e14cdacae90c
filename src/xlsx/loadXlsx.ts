/**
 * Reading an .xlsx file into a {@link WorkbookData} with ExcelJS, in Node and in a browser.
 * Values come out as Excel's `Range.values` would give them: a formula cell's cached result,
 * dates as serial numbers, error cells as their text, rich text flattened, and only the
 * top-left cell of a merged area holding the value.
 */
import ExcelJS from "exceljs";
import type { MergedArea } from "../core/model/snapshot";
import { parseCellAddress } from "../core/model/address";
import type { SheetData, WorkbookData } from "./workbookData";
import { DEFAULT_LIMITS, refuse } from "./package/limits";
import { XlsxPackage } from "./package/openPackage";
import { workbookInfo } from "./package/workbookInfo";
import { sheetMarks } from "./sheetMarks";

// Kept here too for the callers that load with ExcelJS; the module itself needs no ExcelJS.
export { workbookToSnapshot } from "./snapshot";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86400000;

/**
 * The Excel serial number of a date (1900 date system).
 *
 * @param date a JavaScript date, read as UTC as ExcelJS gives it
 * @returns the serial, e.g. 45292 for 2024-01-01
 * @example excelSerial(new Date(Date.UTC(2024, 0, 1))) // 45292
 */
export function excelSerial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
}

/** What a cell shows through `Range.values`. */
function shownValue(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return excelSerial(value);
  if (typeof value === "object") {
    const o = value as unknown as Record<string, unknown>;
    if ("formula" in o || "sharedFormula" in o) return shownValue((o.result ?? "") as ExcelJS.CellValue);
    if ("error" in o) return String(o.error);
    if ("richText" in o) return (o.richText as { text: string }[]).map((t) => t.text).join("");
    if ("text" in o) return String(o.text);
    return "";
  }
  return value;
}

/** A formula cell's formula; "" for any other (a text "=x" is a value, never a formula). */
function formulaOf(cell: ExcelJS.Cell): string {
  const f = cell.formula;
  return f ? `=${f}` : "";
}

function mergeOf(range: string): MergedArea | undefined {
  const [a, b] = range.split(":").map((x) => parseCellAddress(x));
  if (!a || !b) return undefined;
  return { row: a.row, column: a.column, rowCount: b.row - a.row + 1, columnCount: b.column - a.column + 1 };
}

/**
 * Reads an .xlsx file.
 *
 * @param data the file's bytes
 * @param name the file name, kept for messages
 * @returns every sheet in tab order; throws a bilingual Error when the bytes are not an .xlsx file
 * @example const workbook = await loadXlsx(fs.readFileSync("assets/samples/bureau-2024H1.xlsx"))
 */
export async function loadXlsx(data: ArrayBuffer | Uint8Array, name?: string): Promise<WorkbookData> {
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings ask for a Node Buffer; a Uint8Array or ArrayBuffer works in both runtimes.
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (e) {
    throw new Error(`无法打开该文件：不是有效的 .xlsx 工作簿（${(e as Error)?.message ?? e}）/ Cannot open the file: it is not a valid .xlsx workbook`);
  }
  // The grid is rows × columns from A1: one far-away cell would ask for billions of cells, so the
  // used ranges are measured first, against the same limit the command line applies.
  let cells = 0;
  workbook.eachSheet((ws) => {
    const area = (ws.actualRowCount === 0 ? 0 : ws.rowCount) * (ws.actualColumnCount === 0 ? 0 : ws.columnCount);
    cells += area;
    if (cells > DEFAULT_LIMITS.maxCells) throw refuse.tooManyCells(ws.name, area, DEFAULT_LIMITS.maxCells);
  });
  const sheets: SheetData[] = [];
  workbook.eachSheet((ws) => sheets.push(sheetOf(ws)));
  const marks = await marksOf(data);
  for (const sheet of sheets) if (marks.has(sheet.name)) sheet.mark = marks.get(sheet.name);
  return { sheets, name };
}

/** Our marks on the file's sheets (ExcelJS does not read worksheet custom properties). */
async function marksOf(data: ArrayBuffer | Uint8Array): Promise<Map<string, string>> {
  try {
    const pkg = await XlsxPackage.open(data instanceof Uint8Array ? data : new Uint8Array(data));
    return await sheetMarks(pkg, (await workbookInfo(pkg)).sheets);
  } catch {
    return new Map();
  }
}

function sheetOf(ws: ExcelJS.Worksheet): SheetData {
  const rows = ws.actualRowCount === 0 ? 0 : ws.rowCount;
  const columns = ws.actualColumnCount === 0 ? 0 : ws.columnCount;
  const values: unknown[][] = [];
  const formulas: unknown[][] = [];
  const numberFormats: string[][] = [];
  const hiddenRows: number[] = [];
  for (let r = 1; r <= rows; r++) {
    const row = ws.getRow(r);
    if (row.hidden) hiddenRows.push(r - 1);
    const v: unknown[] = new Array(columns);
    const f: unknown[] = new Array(columns);
    const n: string[] = new Array(columns);
    for (let c = 1; c <= columns; c++) {
      const cell = row.getCell(c);
      const slave = cell.isMerged && cell.master !== cell;
      const shown = slave ? "" : shownValue(cell.value);
      v[c - 1] = shown;
      f[c - 1] = slave ? "" : formulaOf(cell);
      n[c - 1] = cell.numFmt || "General";
    }
    values.push(v);
    formulas.push(f);
    numberFormats.push(n);
  }
  const merges = ((ws.model as { merges?: string[] }).merges ?? []).map(mergeOf).filter((m): m is MergedArea => m !== undefined);
  const columnWidths: (number | undefined)[] = [];
  for (let c = 1; c <= columns; c++) columnWidths.push(ws.getColumn(c).width);
  const state = ws.state === "hidden" ? "Hidden" : ws.state === "veryHidden" ? "VeryHidden" : "Visible";
  return { name: ws.name, values, formulas, numberFormats, merges, hiddenRows, columnWidths, visibility: state };
}
