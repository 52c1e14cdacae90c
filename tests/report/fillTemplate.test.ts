/**
 * A bureau's template (tests/fixtures/report-template.docx, made by scripts/report/make-template.js:
 * a 红头, placeholders, and a chart of its own whose alt text holds {{图:事故对比}}) filled with the
 * sample's report: the placeholders get the report's parts, the chart keeps its title and colours
 * and shows the sample's figures (本期 23, 26, 11; 去年同期 20, 21, 6), and every other part of the
 * package is byte for byte the template's.
 */
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import { fillTemplate } from "../../src/docx/fillTemplate";
import { sampleReports, type SampleReports } from "./sample";

const TEMPLATE = path.join(__dirname, "../fixtures/report-template.docx");
let sample: SampleReports;
let template: JSZip;
let filled: JSZip;
let result: Awaited<ReturnType<typeof fillTemplate>>;
beforeAll(async () => {
  sample = await sampleReports();
  const bytes = fs.readFileSync(TEMPLATE);
  template = await JSZip.loadAsync(bytes);
  result = await fillTemplate(bytes, sample.zh, { date: new Date(2024, 6, 10) });
  filled = await JSZip.loadAsync(result.bytes);
}, 120000);

const text = (zip: JSZip, name: string) => zip.file(name)!.async("string");
const bytesOf = (zip: JSZip, name: string) => zip.file(name)!.async("uint8array");

test("every placeholder is filled and the 红头 is still there", async () => {
  const doc = await text(filled, "word/document.xml");
  expect(doc.match(/\{\{[^}]*\}\}/g)).toBeNull();
  expect(result.unfilled).toEqual([]);
  expect(doc.includes("楚雄州应急管理局")).toBe(true);
  expect(doc.includes("楚应急统〔2024〕7号")).toBe(true);
  expect(doc.includes("2024年1—6月全州生产安全事故、自然灾害和隐患排查整改情况")).toBe(true);
  expect(doc.includes("全州共发生各类生产安全事故")).toBe(true);
  expect(doc.includes("2024年7月10日")).toBe(true);
  expect(doc.includes('w:name="F1_事故分县统计_B5"')).toBe(true);
});

test("the parts the filling does not change are byte for byte the template's", async () => {
  const unchanged = [
    "word/header1.xml",
    "word/styles.xml",
    "word/theme/theme1.xml",
    "word/settings.xml",
    "word/fontTable.xml",
    "docProps/core.xml",
    "_rels/.rels",
  ];
  for (const name of unchanged) {
    expect(result.keptParts).toContain(name);
    expect(Buffer.from(await bytesOf(filled, name)).equals(Buffer.from(await bytesOf(template, name)))).toBe(true);
  }
  // Only the body and the chart (its data, its workbook under a new name, and the part list naming it) were written anew.
  const changed: string[] = [];
  for (const name of Object.keys(template.files).filter((n) => !template.files[n].dir)) {
    if (!filled.file(name)) continue;
    if (!Buffer.from(await bytesOf(filled, name)).equals(Buffer.from(await bytesOf(template, name)))) changed.push(name);
  }
  expect(changed.sort()).toEqual(["[Content_Types].xml", "word/charts/_rels/chart1.xml.rels", "word/charts/chart1.xml", "word/document.xml"].sort());
});

test("the template's chart keeps its title and colours and shows the sample's figures, in its embedded workbook too", async () => {
  const chart = await text(filled, "word/charts/chart1.xml");
  expect(chart.includes("事故对比（本局样式）")).toBe(true);
  expect(chart.includes('<a:srgbClr val="C00000"/>')).toBe(true);
  expect(chart.includes('<a:srgbClr val="7F7F7F"/>')).toBe(true);
  const values = [...chart.matchAll(/<c:val>[\s\S]*?<\/c:val>/g)].map((m) => [...m[0].matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => Number(v[1])));
  expect(values).toEqual([
    [23, 26, 11],
    [20, 21, 6],
  ]);
  const rels = await text(filled, "word/charts/_rels/chart1.xml.rels");
  const embedded = /Target="\.\.\/embeddings\/([^"]+)"/.exec(rels)![1];
  const workbook = await JSZip.loadAsync(await bytesOf(filled, `word/embeddings/${embedded}`));
  expect((await workbook.file("xl/worksheets/sheet1.xml")!.async("string")).includes("<v>26</v>")).toBe(true);
});
