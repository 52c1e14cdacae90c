/**
 * Test-only: opens a fixture .xlsx with ExcelJS and gives the WorkbookSnapshot the reader sees,
 * the way `Range.values` would (formula results, error text, dates as serials, hidden rows).
 * The HOST helper's `loadXlsx` + `workbookToSnapshot` (src/xlsx/) replace this once they land.
 */
import ExcelJS from "exceljs";
import type { MergedArea, SheetSnapshot, WorkbookSnapshot } from "../../src/core/model/snapshot";
import { parseCellAddress } from "../../src/core/model/address";

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function shown(value: unknown): unknown {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH) / 86400000;
  if (typeof value === "object") {
    const o = value as Record<string, unknown>;
    if ("formula" in o || "sharedFormula" in o) return shown(o.result);
    if ("error" in o) return String(o.error);
    if ("richText" in o) return (o.richText as { text: string }[]).map((t) => t.text).join("");
    if ("text" in o) return String(o.text);
  }
  return value;
}

function mergeOf(range: string): MergedArea {
  const [a, b] = range.split(":").map((x) => parseCellAddress(x)!);
  return { row: a.row, column: a.column, rowCount: b.row - a.row + 1, columnCount: b.column - a.column + 1 };
}

/**
 * Loads a fixture file into a snapshot.
 *
 * @param file the path of the .xlsx file
 * @returns every sheet's values, merges and hidden rows
 * @example await loadFixture("tests/fixtures/layout-c.xlsx")
 */
export async function loadFixture(file: string): Promise<WorkbookSnapshot> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheets: SheetSnapshot[] = [];
  workbook.eachSheet((ws) => {
    const rowCount = ws.rowCount;
    const columnCount = ws.columnCount;
    const values: unknown[][] = [];
    const hiddenRows: number[] = [];
    for (let r = 1; r <= rowCount; r++) {
      const row = ws.getRow(r);
      if (row.hidden) hiddenRows.push(r - 1);
      const cells: unknown[] = [];
      for (let c = 1; c <= columnCount; c++) {
        const cell = row.getCell(c);
        // Only a merged area's top-left cell holds the value, as in Excel.
        cells.push(cell.isMerged && cell.master !== cell ? "" : shown(cell.value));
      }
      values.push(cells);
    }
    const merges = ((ws.model as { merges?: string[] }).merges ?? []).map(mergeOf);
    sheets.push({ name: ws.name, originRow: 0, originColumn: 0, values, merges, hiddenRows });
  });
  return { sheets };
}
