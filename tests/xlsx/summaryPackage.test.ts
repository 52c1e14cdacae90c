/**
 * The .summary.xlsx writer on tests/fixtures/fidelity.xlsm (made by scripts/fixtures/make-fidelity.js:
 * the sample workbook plus a user's chart, an image, a pivot table, a defined name, data
 * validation, conditional formatting, custom XML and a macro part). Every part of the input
 * must come back byte for byte except the four the new sheet is referenced from, and those only
 * gain entries; the charts are read back from their XML and compared with the plan.
 */
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookFacts } from "../../src/core/facts";
import { planSummary } from "../../src/core/summary/planSummary";
import type { SummaryPlan } from "../../src/core/summary/plan";
import { workbookToSnapshot } from "../../src/xlsx/loadXlsx";
import { XlsxPackage } from "../../src/xlsx/package/openPackage";
import { streamWorkbook } from "../../src/xlsx/stream/streamWorkbook";
import { writeSummaryPackage, type WrittenSummary } from "../../src/xlsx/summary/writeSummaryPackage";
import { all, first, parseXml, richText } from "./xmlTree";

const FIXTURE = path.join(__dirname, "../fixtures/fidelity.xlsm");
const sha = (b: Uint8Array): string => crypto.createHash("sha256").update(b).digest("hex");

let input: JSZip;
let output: JSZip;
let written: WrittenSummary;
let plan: SummaryPlan;
const text = (zip: JSZip, name: string): Promise<string> => zip.file(name)!.async("string");

beforeAll(async () => {
  const bytes = fs.readFileSync(FIXTURE);
  const pkg = await XlsxPackage.open(bytes);
  const model = readWorkbook(workbookToSnapshot(await streamWorkbook(pkg, "fidelity.xlsm")));
  plan = planSummary(workbookFacts(model));
  written = await writeSummaryPackage(pkg, plan);
  input = await JSZip.loadAsync(bytes);
  output = await JSZip.loadAsync(written.bytes);
});

const EDITED = ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"];

test("every part of the input other than the four the sheet is referenced from comes back byte for byte", async () => {
  const names = Object.keys(input.files).filter((n) => !input.files[n].dir);
  // The fixture carries each kind of part the issue names.
  for (const kind of [
    "xl/charts/chart1.xml",
    "xl/media/image1.png",
    "xl/pivotTables/pivotTable1.xml",
    "xl/pivotCache/pivotCacheDefinition1.xml",
    "xl/pivotCache/pivotCacheRecords1.xml",
    "xl/vbaProject.bin",
    "customXml/item1.xml",
    "xl/drawings/drawing1.xml",
  ])
    expect(names).toContain(kind);
  let same = 0;
  for (const name of names) {
    const before = await input.file(name)!.async("uint8array");
    const after = output.file(name);
    expect(after).not.toBeNull();
    if (EDITED.includes(name)) continue;
    expect(sha(await after!.async("uint8array"))).toBe(sha(before));
    same++;
  }
  expect(same).toBe(names.length - EDITED.length);
  expect([...written.editedParts].sort()).toEqual([...EDITED].sort());
});

test("the edited parts only gain entries: sheets, defined names, the pivot cache, relationships, content types and cell formats all stay", async () => {
  for (const name of EDITED) {
    const before = await text(input, name);
    const after = await text(output, name);
    const entries = (xml: string) =>
      xml.match(/<(?:\w+:)?(?:sheet|definedName|pivotCache|Relationship|Override|Default|xf|font|fill|border|numFmt)\s[^>]*>/g) ?? [];
    const kept = entries(after);
    for (const e of entries(before)) expect(kept).toContain(e);
  }
  const workbook = await text(output, "xl/workbook.xml");
  expect(workbook).toContain("起数合计");
  expect(workbook).toContain('<pivotCache cacheId="7"');
  expect(await text(output, "[Content_Types].xml")).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
});

test("the added parts are the summary sheet, its drawing and one chart part per planned chart, none overwriting the user's", () => {
  // The sample plans at least the accident columns, the loss doughnut and the 整改率 bars; chart1 is the user's.
  expect(plan.charts.length).toBeGreaterThanOrEqual(3);
  const charts = written.addedParts.filter((p) => p.startsWith("xl/charts/"));
  expect(charts).toEqual(plan.charts.map((_c, i) => `xl/charts/chart${i + 2}.xml`));
  expect(written.addedParts).toContain("xl/worksheets/sheet6.xml");
  expect(written.addedParts).toContain("xl/drawings/drawing2.xml");
});

const CHART_ELEMENT = { ColumnClustered: "barChart", BarClustered: "barChart", Doughnut: "doughnutChart", Line: "lineChart" } as const;

/** Reads every chart part back and compares it with its chart plan (first chart part number given). */
async function expectChartsOfPlan(zip: JSZip, plan: SummaryPlan, sheetName: string, firstPart: number): Promise<number> {
  let checked = 0;
  for (const [i, c] of plan.charts.entries()) {
    const xml = parseXml(await text(zip, `xl/charts/chart${i + firstPart}.xml`));
    const chart = first(xml, "chart")!;
    expect(richText(all(chart, "title")[0])).toBe(c.title);
    const kind = first(chart, CHART_ELEMENT[c.type])!;
    expect(kind).toBeDefined();
    if (c.type !== "Doughnut")
      expect(first(kind, "barDir")?.attributes.val ?? "line").toBe({ ColumnClustered: "col", BarClustered: "bar", Line: "line" }[c.type]);
    const series = all(kind, "ser");
    expect(series.length).toBe(c.seriesNames.length);
    // Source "A5:C8" by columns: categories A6:A8, series j in column B+j, rows 6–8.
    const [from, to] = c.source.split(":");
    const col = (a: string) => a.replace(/\d+/g, "");
    const row = (a: string) => Number(a.replace(/[A-Z]+/g, ""));
    series.forEach((s, j) => {
      const valueColumn = String.fromCharCode(col(from).charCodeAt(0) + 1 + j);
      expect(first(first(s, "val"), "f")!.text).toBe(`'${sheetName}'!$${valueColumn}$${row(from) + 1}:$${valueColumn}$${row(to)}`);
      expect(first(first(s, "cat"), "f")!.text).toBe(`'${sheetName}'!$${col(from)}$${row(from) + 1}:$${col(from)}$${row(to)}`);
      expect(all(first(s, "tx")!, "v").map((v) => v.text)).toEqual([c.seriesNames[j]]);
    });
    if (c.type !== "Doughnut") {
      const axisTitle = (axis: string) => richText(first(first(first(xml, "plotArea"), axis), "title"));
      expect(axisTitle("catAx")).toBe(c.categoryAxisTitle);
      expect(axisTitle("valAx")).toBe(c.valueAxisTitle);
    }
    if (c.type === "BarClustered") expect(first(first(xml, "valAx"), "numFmt")!.attributes.formatCode).toBe("0%");
    checked++;
  }
  return checked;
}

test("each chart reads back with the plan's type, title, axis titles and series bound to the summary sheet's cells", async () => {
  expect(plan.charts.map((c) => c.type)).toEqual(expect.arrayContaining(["ColumnClustered", "Doughnut", "BarClustered"]));
  expect(await expectChartsOfPlan(output, plan, written.sheetName, 2)).toBe(plan.charts.length);
});

test("a table of five years' accident counts gets the trend line, read back the same way", async () => {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("历年事故").addRows([
    ["年度", "事故起数（起）", "死亡人数（人）"],
    ["2020年", 41, 38],
    ["2021年", 35, 30],
    ["2022年", 31, 29],
    ["2023年", 27, 21],
    ["2024年", 23, 26],
  ]);
  const pkg = await XlsxPackage.open(new Uint8Array(await workbook.xlsx.writeBuffer()));
  const trendPlan = planSummary(workbookFacts(readWorkbook(workbookToSnapshot(await streamWorkbook(pkg)))));
  expect(trendPlan.charts.map((c) => c.type)).toContain("Line");
  const out = await writeSummaryPackage(pkg, trendPlan);
  expect(await expectChartsOfPlan(await JSZip.loadAsync(out.bytes), trendPlan, out.sheetName, 1)).toBe(trendPlan.charts.length);
});

test("the summary sheet stores formulas with their computed results, and text inline so the shared strings stay untouched", async () => {
  const sheet = await text(output, "xl/worksheets/sheet6.xml");
  const cells = all(parseXml(sheet), "c");
  const withFormula = cells.filter((c) => first(c, "f"));
  expect(withFormula.length).toBeGreaterThan(10);
  for (const c of withFormula.filter((x) => x.attributes.t !== "str")) expect(Number(first(c, "v")?.text)).not.toBeNaN();
  expect(cells.some((c) => c.attributes.t === "s")).toBe(false);
  expect(sheet).toContain("<drawing r:id=");
});

test("a damaged part the sheet must be added to (an emptied styles part) gives the bilingual refusal, not a bare error", async () => {
  const zip = await JSZip.loadAsync(fs.readFileSync(FIXTURE));
  zip.file("xl/styles.xml", "");
  const pkg = await XlsxPackage.open(await zip.generateAsync({ type: "uint8array" }));
  await expect(writeSummaryPackage(pkg, plan)).rejects.toMatchObject({
    kind: "damaged",
    zh: expect.stringContaining("工作簿已损坏：“xl/styles.xml”"),
    en: expect.stringContaining('The workbook is damaged: "xl/styles.xml"'),
  });
});
