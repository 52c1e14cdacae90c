/**
 * The differential test of issue 21: every fixture workbook (tests/fixtures/*.xlsx, the corrupt one
 * aside) and the sample go through the Office.js edge (src/excel) on the in-memory Excel host and
 * through the WPS edge (src/wps) on the in-memory ET imitation, both over the same workbook state
 * loaded from the file. The snapshots, the plans and 核对, and the written sheets (cells, formulas,
 * number formats, styles, merges, widths, frozen rows, page setup, charts' types, sources and
 * series) must be identical. Two differences are by design and checked separately: the WPS edge
 * also reads hidden rows (the Office.js edge cannot; they are compared with the file loader's, and
 * on the one fixture with a hidden row the WPS 核对 is compared with the command line's instead),
 * and widths, which Office.js takes in whole points and ET in characters, agree to that rounding.
 */
import * as fs from "fs";
import * as path from "path";
import { readWorkbookSnapshot } from "../../src/excel/readWorkbook";
import { generateSummary } from "../../src/excel/generateSummary";
import { createHostFromXlsx } from "../../src/host/excelHost";
import { createEtHostFromXlsx } from "../../src/etHost/etHost";
import { readWpsSnapshot, type WpsReadReport } from "../../src/wps/readWorkbook";
import { generateWpsSummary } from "../../src/wps/generateSummary";
import { POINTS_PER_CHARACTER } from "../../src/core/summary/plan";
import { loadXlsx, workbookToSnapshot } from "../../src/xlsx/loadXlsx";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { SAMPLE_PATH } from "../summary/sample";
import { plain, written } from "./writtenSheet";

// Each workbook is read, planned and written twice; the ledger fixtures take 45 s on a loaded 2-core machine.
jest.setTimeout(180_000);

const FIXTURES = path.join(__dirname, "../fixtures");
const WORKBOOKS = [
  ...fs
    .readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".xlsx") && f !== "malformed-corrupt.xlsx")
    .sort()
    .map((f) => path.join(FIXTURES, f)),
  SAMPLE_PATH,
];
const GENERATED_AT = "2024-07-05T09:30";
/** The fixture with a hidden row, which only the WPS edge (and the command line) can see. */
const HIDDEN_ROWS = "malformed-hidden-rows.xlsx";
const NOW = new Date(2024, 6, 5, 9, 30);

const counts = { workbooks: 0, sheetsRead: 0, cellsCompared: 0, findings: 0, charts: 0, hiddenRows: 0 };

describe.each(WORKBOOKS.map((file) => [path.basename(file), file]))("%s through both edges", (name, file) => {
  const bytes = fs.readFileSync(file);

  test("the WPS edge reads the snapshot the Office.js edge reads, and the hidden rows the file holds", async () => {
    const excel = await createHostFromXlsx(bytes, name);
    const wps = await createEtHostFromXlsx(bytes, name);
    const options = { withFormulas: true, withNumberFormats: true };
    const fromExcel = await excel.run((context) => readWorkbookSnapshot(context, options));
    const report: WpsReadReport = { layout: "none", blocks: 0, notes: [] };
    const fromWps = await readWpsSnapshot(wps.application, options, report);
    expect(plain(fromWps.sheets.map(({ hiddenRows: _hidden, ...rest }) => rest))).toEqual(plain(fromExcel.sheets));
    const file = await loadXlsx(bytes, name);
    for (const sheet of fromWps.sheets) {
      const loaded = file.sheets.find((s) => s.name === sheet.name)!;
      const last = sheet.originRow + sheet.values.length - 1;
      expect(sheet.hiddenRows).toEqual(loaded.hiddenRows.filter((r) => r >= sheet.originRow && r <= last));
      counts.hiddenRows += sheet.hiddenRows?.length ?? 0;
    }
    if (fromWps.sheets.some((s) => s.values.length > 0)) expect(report.layout).toBe("copy");
    counts.sheetsRead += fromWps.sheets.length;
  });

  const sameAsExcel = name === HIDDEN_ROWS ? test.skip : test;
  sameAsExcel("the summary, its 核对 and the written sheet are the same in WPS as in Excel", async () => {
    const excel = await createHostFromXlsx(bytes, name);
    const wps = await createEtHostFromXlsx(bytes, name);
    const before = wps.state.sheets.map((s) => s.name);
    const fromExcel = await excel.run((context) => generateSummary(context, { generatedAt: GENERATED_AT }));
    const fromWps = await generateWpsSummary(wps.application, { generatedAt: GENERATED_AT }, undefined, () => undefined, NOW);
    expect(fromWps.sheetName).toBe(fromExcel.sheetName);
    expect(plain(fromWps.findings)).toEqual(plain(fromExcel.findings));
    expect(plain(fromWps.plan)).toEqual(plain(fromExcel.plan));
    expect(fromWps.sourceSheets).toEqual(fromExcel.sourceSheets);
    // Every sheet: the user's unchanged in both, the new one written alike.
    expect(wps.state.sheets.map((s) => s.name)).toEqual(excel.state.sheets.map((s) => s.name));
    expect(wps.state.sheets.map((s) => s.name)).toEqual([...before, fromWps.sheetName]);
    for (const sheet of excel.state.sheets) {
      const other = wps.findSheet(sheet.name)!;
      const a = written(sheet);
      const b = written(other);
      expect(plain(b)).toEqual(plain(a));
      // Office.js takes widths in whole points, ET in characters: equal to that rounding.
      const widths = Math.max(sheet.columnWidths.length, other.columnWidths.length);
      for (let c = 0; c < widths; c++) {
        const x = sheet.columnWidths[c];
        const y = other.columnWidths[c];
        if (x === undefined || y === undefined) expect(y).toBe(x);
        else expect(Math.abs(x - y)).toBeLessThanOrEqual(0.5 / POINTS_PER_CHARACTER + 1e-9);
      }
      counts.cellsCompared += sheet.values.length * (sheet.values[0]?.length ?? 0);
      counts.charts += sheet.charts.length;
    }
    expect(written(wps.findSheet(fromWps.sheetName)!).mark).toBe("summary");
    counts.findings += fromWps.findings.length;
    counts.workbooks++;
  });
});

test("a hidden row is seen by the WPS edge as by the command line: reported, not added, and no false 核对 (malformed-hidden-rows.xlsx)", async () => {
  const bytes = fs.readFileSync(path.join(FIXTURES, HIDDEN_ROWS));
  // WPS shows the values the file saved: SUBTOTAL(109, …) without the hidden row.
  const wps = await createEtHostFromXlsx(bytes, HIDDEN_ROWS, { recalculateOnOpen: false });
  const fromWps = await generateWpsSummary(wps.application, { generatedAt: GENERATED_AT }, undefined, () => undefined, NOW);
  const commandLine = readWorkbook(workbookToSnapshot(await loadXlsx(bytes, HIDDEN_ROWS)));
  expect(plain(fromWps.findings)).toEqual(plain(commandLine.findings));
  expect(fromWps.findings).toEqual([]);
  const model = readWorkbook(await readWpsSnapshot(wps.application, { withNumberFormats: true }));
  expect(model.anomalies.some((a) => a.cell === "A7" && a.kind === "hidden-row")).toBe(true);
});

afterAll(() => {
  // The counts for the closing note.
  console.log(`DIFFERENTIAL ${JSON.stringify({ files: WORKBOOKS.length, ...counts })}`);
});
