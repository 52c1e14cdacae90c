/**
 * The summary sheet looks the same whichever writer draws it: the sample's plan, carried out by the
 * add-in on the in-memory Excel host (src/excel, the Office.js writer; WPS's writer draws the same
 * sheet, tests/wps/differential.test.ts) and written into a .summary.xlsx (src/xlsx/summary, the
 * command line's and the workbench download's writer), read back with ExcelJS — an independent reader
 * of the file — gives, cell by cell, the same bold and italic, font size and colour, fill, horizontal
 * and vertical alignment, wrapping, borders and number format. Both writers read one table of the
 * styles (src/core/summary/stylePalette.ts). Before it, the file had its own copy, and the section
 * headings were blue text in the file but a peach fill in Excel, the headers two blues, a slip's row
 * bordered in the file only.
 */
import * as fs from "fs";
import ExcelJS from "exceljs";
import { generateSummary } from "../../src/excel/generateSummary";
import { createHostFromXlsx } from "../../src/host/excelHost";
import type { CellFormat, HostSheet } from "../../src/host/state";
import { cellAddress } from "../../src/core/model/address";
import { XlsxPackage } from "../../src/xlsx/package/openPackage";
import { writeSummaryPackage } from "../../src/xlsx/summary/writeSummaryPackage";
import { SAMPLE_PATH } from "../summary/sample";

jest.setTimeout(120_000);

/** What a reader sees of a cell's look, each property spelt one way. */
interface Look {
  bold: boolean;
  italic: boolean;
  size: number;
  color: string;
  fill: string;
  horizontal: string;
  vertical: string;
  wrap: boolean;
  bordered: string;
  numberFormat: string;
}

/** The look the add-in left on a cell of the host (absent properties are the host's defaults). */
function hostLook(f: CellFormat, numberFormat: string | undefined, defaultSize: number): Look {
  const edges = Object.entries(f.borders ?? {})
    .filter(([, style]) => style === "Continuous")
    .map(([edge]) => edge);
  // A range's inside lines are its inner cells' edges: a bordered range borders each of its cells.
  const bordered = edges.length === 0 ? "none" : edges.length === 6 ? "all" : edges.sort().join(",");
  return {
    bold: f.bold ?? false,
    italic: f.italic ?? false,
    size: f.fontSize ?? defaultSize,
    color: (f.fontColor ?? "default").toUpperCase(),
    fill: (f.fill ?? "none").toUpperCase(),
    horizontal: (f.horizontalAlignment ?? "general").toLowerCase(),
    vertical: (f.verticalAlignment ?? "bottom").toLowerCase(),
    wrap: f.wrapText ?? false,
    bordered,
    numberFormat: numberFormat ?? "General",
  };
}

/** The look ExcelJS reads from the written file's cell. */
function fileLook(cell: ExcelJS.Cell, defaultSize: number): Look {
  const font = cell.font ?? {};
  const fill = cell.fill?.type === "pattern" && cell.fill.pattern === "solid" ? cell.fill.fgColor?.argb : undefined;
  const sides = (["top", "bottom", "left", "right"] as const).filter((s) => cell.border?.[s]?.style === "thin");
  return {
    bold: font.bold ?? false,
    italic: font.italic ?? false,
    size: font.size ?? defaultSize,
    color: font.color?.argb ? `#${font.color.argb.slice(2)}`.toUpperCase() : "DEFAULT",
    fill: fill ? `#${fill.slice(2)}`.toUpperCase() : "NONE",
    horizontal: cell.alignment?.horizontal ?? "general",
    // ExcelJS calls a styles part's vertical "center" "middle".
    vertical: cell.alignment?.vertical === "middle" ? "center" : (cell.alignment?.vertical ?? "bottom"),
    wrap: cell.alignment?.wrapText ?? false,
    bordered: sides.length === 0 ? "none" : sides.length === 4 ? "all" : sides.join(","),
    numberFormat: cell.numFmt || "General",
  };
}

let sheet: HostSheet;
let file: ExcelJS.Worksheet;
let rows = 0;
let columns = 0;

beforeAll(async () => {
  const bytes = fs.readFileSync(SAMPLE_PATH);
  const host = await createHostFromXlsx(bytes, "bureau-2024H1.xlsx");
  const result = await host.run((context) => generateSummary(context, { generatedAt: "2024-07-05T09:30" }));
  sheet = host.findSheet(result.sheetName)!;
  // The same plan, written into the workbook's own package as the command line writes it.
  const written = await writeSummaryPackage(await XlsxPackage.open(bytes), result.plan);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(written.bytes.buffer.slice(written.bytes.byteOffset, written.bytes.byteOffset + written.bytes.byteLength) as ArrayBuffer);
  file = book.getWorksheet(written.sheetName)!;
  rows = result.plan.rowCount;
  columns = result.plan.columnCount;
});

test("the sample's summary: every cell of the add-in's sheet and of the .summary.xlsx has the same look", () => {
  // The workbook's own default font size (11 in the sample), which both leave alone where a style names none.
  const defaultSize = 11;
  const differences: string[] = [];
  let styled = 0;
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < columns; c++) {
      const address = cellAddress(r, c);
      const inHost = hostLook(sheet.formats.get(`${r},${c}`) ?? {}, sheet.numberFormats[r]?.[c], defaultSize);
      const inFile = fileLook(file.getCell(address), defaultSize);
      if (sheet.formats.has(`${r},${c}`)) styled++;
      for (const k of Object.keys(inHost) as (keyof Look)[])
        if (inHost[k] !== inFile[k]) differences.push(`${address} ${k}: add-in ${String(inHost[k])}, file ${String(inFile[k])}`);
    }
  expect(differences.slice(0, 20)).toEqual([]);
  // The comparison covers the whole sheet: hundreds of styled cells (title, headings, tables, 综述, 核对).
  expect(styled).toBeGreaterThan(300);
});

test("the sheet keeps its look: peach section headings, blue-grey headers centred both ways, the title centred", () => {
  const look = (address: string) => fileLook(file.getCell(address), 11);
  const texts = (r: number) => Array.from({ length: columns }, (_v, c) => String(sheet.values[r]?.[c] ?? ""));
  const headingRow = Array.from({ length: rows }, (_v, r) => r).find((r) => /^一、/.test(texts(r)[0]))!;
  expect(look(cellAddress(headingRow, 0))).toMatchObject({ bold: true, size: 12, fill: "#FCE4D6" });
  expect(look(cellAddress(headingRow + 1, 0))).toMatchObject({ bold: true, fill: "#D9E1F2", horizontal: "center", vertical: "center", bordered: "all" });
  expect(look("A1")).toMatchObject({ bold: true, size: 16, horizontal: "center", vertical: "center" });
});

test("a table's labels, figures and 合计 sit centred in their rows, as a statistician's table does: beside a tall cell they were at the bottom", () => {
  const look = (r: number, c: number) => fileLook(file.getCell(cellAddress(r, c)), 11);
  const texts = (r: number) => Array.from({ length: columns }, (_v, c) => String(sheet.values[r]?.[c] ?? ""));
  // The by-county table of the sample: its 合计 row, then 楚雄市's row (label and figure).
  const total = Array.from({ length: rows }, (_v, r) => r).find((r) => texts(r)[0] === "合计" && texts(r + 1)[0] === "楚雄市")!;
  expect(total).toBeGreaterThan(0);
  expect([look(total, 0).vertical, look(total, 1).vertical, look(total + 1, 0).vertical, look(total + 1, 1).vertical]).toEqual([
    "center",
    "center",
    "center",
    "center",
  ]);
  expect(look(total + 1, 1)).toMatchObject({ horizontal: "right", bordered: "all" });
});
