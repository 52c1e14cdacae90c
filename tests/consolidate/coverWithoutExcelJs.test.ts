/**
 * `bureau-stats consolidate` writes its 说明 cover without ExcelJS (issue 28): loading ExcelJS to
 * write a dozen lines took about 0.6 s of CPU on every run (0.4 s of it loading the library). Here
 * ExcelJS cannot be loaded at all, so a consolidation that still reached for it would fail. The
 * cover is read back with our own streaming reader; the sample returns are assets/samples/returns
 * (county returns, a correction and one damaged file: every file is listed).
 * tests/consolidate/consolidateFiles.test.ts reads the same output with ExcelJS, and
 * tests/libreoffice/consolidationRecalc.test.ts opens it in LibreOffice.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { consolidateFiles } from "../../src/cli/consolidateFiles";
import { XlsxPackage } from "../../src/xlsx/package/openPackage";
import { streamWorkbook } from "../../src/xlsx/stream/streamWorkbook";
import { textWorkbook } from "../../src/xlsx/textWorkbook";

jest.mock("exceljs", () => {
  throw new Error("ExcelJS was loaded");
});

const RETURNS = path.join(__dirname, "../../assets/samples/returns");

test("a consolidation is written without loading ExcelJS, its 说明 first, with the lines and the other four sheets", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bureau-cover-"));
  try {
    const inputs = fs.readdirSync(RETURNS).map((f) => path.join(RETURNS, f));
    const result = await consolidateFiles(inputs, { out: path.join(dir, "州.xlsx"), language: "zh" });
    const book = await streamWorkbook(await XlsxPackage.open(fs.readFileSync(result.output)));
    expect(book.sheets.map((s) => s.name)).toEqual(["说明", "综合汇总", "汇总表", "分县汇总", "报送情况"]);
    const lines = book.sheets[0].values.map((row) => row[0]);
    expect(lines[0]).toMatch(new RegExp(`^本工作簿由“应急统计”汇总${inputs.length}个文件生成（生成于\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}）。$`));
    expect(lines.slice(3).sort()).toEqual(fs.readdirSync(RETURNS).sort());
    expect(book.sheets[0].mark).toMatch(/^bureau-stats-cover/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("the text workbook keeps each line as written (markup characters, spaces at the ends, Chinese) with the column width and A4 page set", async () => {
  const lines = ['a < b & c > "d"', "  两端有空格  ", "汇总的文件：", "=SUM(A1) stays text"];
  const bytes = await textWorkbook({ name: "说明 & <about>", lines, width: 80, creator: "Bureau Stats" });
  const book = await streamWorkbook(await XlsxPackage.open(bytes));
  expect(book.sheets.map((s) => s.name)).toEqual(["说明 & <about>"]);
  expect(book.sheets[0].values.map((row) => row[0])).toEqual(lines);
  expect(book.sheets[0].formulas.flat().filter(Boolean)).toEqual([]);
  expect(book.sheets[0].columnWidths[0]).toBe(80);
  const pkg = await XlsxPackage.open(bytes);
  expect(await pkg.text("xl/worksheets/sheet1.xml")).toContain('<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/>');
});
