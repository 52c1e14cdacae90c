/**
 * The streaming reader against the ExcelJS DOM loader (src/xlsx/loadXlsx.ts, the reader the
 * browser keeps) on every fixture workbook in tests/fixtures and the sample: the cells the two
 * give must agree over the area both cover, beyond it the larger grid holds only blanks, and the
 * reader's model (tables, ledgers, findings) built from either must be the same.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { loadXlsx, workbookToSnapshot } from "../../src/xlsx/loadXlsx";
import { XlsxPackage } from "../../src/xlsx/package/openPackage";
import { streamWorkbook } from "../../src/xlsx/stream/streamWorkbook";
import { shiftFormula } from "../../src/xlsx/stream/sharedFormula";

const DIR = path.join(__dirname, "../fixtures");
const FILES = [
  ...fs
    .readdirSync(DIR)
    .filter((f) => /\.xlsx$/.test(f) && f !== "malformed-corrupt.xlsx")
    .map((f) => path.join(DIR, f)),
  path.join(__dirname, "../../assets/samples/bureau-2024H1.xlsx"),
];

test.each(FILES.map((f) => [path.basename(f), f]))("%s: the streamed cells, formulas, formats and merges match the DOM loader's", async (name, file) => {
  const bytes = fs.readFileSync(file);
  const dom = await loadXlsx(bytes);
  const streamed = await streamWorkbook(await XlsxPackage.open(bytes));
  expect(streamed.sheets.map((s) => s.name)).toEqual(dom.sheets.map((s) => s.name));
  let checked = 0;
  streamed.sheets.forEach((s, i) => {
    const d = dom.sheets[i];
    const rows = Math.max(s.values.length, d.values.length);
    const columns = Math.max(s.values[0]?.length ?? 0, d.values[0]?.length ?? 0);
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < columns; c++) {
        // A date's serial goes through a JavaScript Date in the DOM loader (whole milliseconds); the
        // streamed one is the stored number, so the two may differ in the last bits.
        const near = (x: unknown) => (typeof x === "number" ? Math.round(x * 1e6) / 1e6 : (x ?? ""));
        expect([r, c, near(s.values[r]?.[c])]).toEqual([r, c, near(d.values[r]?.[c])]);
        expect([r, c, near(s.formulas[r]?.[c])]).toEqual([r, c, near(d.formulas[r]?.[c])]);
        const sf = s.numberFormats[r]?.[c] ?? "General";
        const df = d.numberFormats[r]?.[c] ?? "General";
        if (s.values[r]?.[c] !== undefined && d.values[r]?.[c] !== undefined) expect([r, c, sf]).toEqual([r, c, df]);
        checked++;
      }
    expect(s.merges).toEqual(d.merges);
    expect(s.hiddenRows).toEqual(d.hiddenRows);
    expect(s.visibility).toBe(d.visibility);
  });
  // Only the empty-sheet fixture has no cell to compare.
  expect(checked > 0).toBe(name !== "malformed-empty-sheet.xlsx");
  const model = (data: typeof dom) => JSON.stringify(readWorkbook(workbookToSnapshot(data)));
  expect(model(streamed)).toBe(model(dom));
});

test("a workbook in the 1904 date system gives the same 1900-system date serials as the DOM loader", async () => {
  const workbook = new ExcelJS.Workbook();
  workbook.properties.date1904 = true;
  const sheet = workbook.addWorksheet("台账");
  sheet.addRow(["事故发生时间", "死亡(人)"]);
  sheet.addRow([new Date(Date.UTC(2024, 5, 28)), 1]);
  sheet.getCell("A2").numFmt = "yyyy-mm-dd";
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  const streamed = await streamWorkbook(await XlsxPackage.open(bytes));
  // 2024-06-28 is serial 45471 in the 1900 system (Excel's DATE(2024,6,28)); the count is not a date.
  expect(streamed.sheets[0].values[1]).toEqual([45471, 1]);
  expect((await loadXlsx(bytes)).sheets[0].values[1]).toEqual([45471, 1]);
});

test("a shared formula moves its relative references by the cell's offset and leaves $-anchored parts, strings and sheet names alone", () => {
  expect(shiftFormula("SUM(B2:C2)*$A$1", 3, 0)).toBe("SUM(B5:C5)*$A$1");
  expect(shiftFormula("B2/$C2+D$2", 1, 2)).toBe("D3/$C3+F$2");
  expect(shiftFormula(`IF(A1="B2","x",'B2'!A1)`, 1, 0)).toBe(`IF(A2="B2","x",'B2'!A2)`);
  expect(shiftFormula("LOG10(A1)", 1, 0)).toBe("LOG10(A2)");
});
