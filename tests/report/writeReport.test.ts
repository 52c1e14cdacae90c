/**
 * The .docx the writer makes of the sample's report, read back as a package: the 公文 page
 * (GB/T 9704-2012 5.2.1: A4, 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm; 5.2.3: 22 lines), the
 * fonts named and not embedded, page numbers on the outside edge (7.5), a bookmark per figure, and
 * native charts whose data is embedded (c:externalData → an .xlsx), so 编辑数据 opens it.
 */
import JSZip from "jszip";
import { bookmarkName } from "../../src/core/report/annexes";
import { planReport } from "../../src/core/report/planReport";
import { writeReport } from "../../src/docx/writeReport";
import { sampleReports, type SampleReports } from "./sample";

let sample: SampleReports;
let zh: JSZip;
let en: JSZip;
const DATE = new Date(2024, 6, 10, 9, 30);
beforeAll(async () => {
  sample = await sampleReports();
  zh = await JSZip.loadAsync(await writeReport(sample.zh, { date: DATE }));
  en = await JSZip.loadAsync(await writeReport(sample.en, { date: DATE }));
}, 120000);

const part = (zip: JSZip, name: string) => zip.file(name)!.async("string");
const twips = (mm: number) => Math.round((mm * 1440) / 25.4);

test("the Chinese page is A4 with the 公文 margins and a 22-line grid", async () => {
  const doc = await part(zh, "word/document.xml");
  expect(doc).toContain(`<w:pgSz w:w="${twips(210)}" w:h="${twips(297)}"`);
  const margins = /<w:pgMar ([^>]*)\/>/.exec(doc)![1];
  expect(margins).toContain(`w:top="${twips(37)}"`);
  expect(margins).toContain(`w:left="${twips(28)}"`);
  expect(margins).toContain(`w:right="${twips(210 - 28 - 156)}"`);
  expect(margins).toContain(`w:bottom="${twips(297 - 37 - 225)}"`);
  expect(doc).toMatch(/<w:docGrid w:type="lines" w:linePitch="579"\/>/);
});

test("fonts are named as bureaus have them and no font file is carried", async () => {
  const styles = await part(zh, "word/styles.xml");
  for (const font of ["仿宋_GB2312", "方正小标宋简体", "黑体", "楷体_GB2312", "宋体"]) expect(styles).toContain(`w:eastAsia="${font}"`);
  expect(styles).toMatch(/w:styleId="BsBody"[\s\S]*?<w:sz w:val="32"\/>/);
  expect(styles).toMatch(/w:styleId="BsTitle"[\s\S]*?<w:sz w:val="44"\/>/);
  expect(Object.keys(zh.files).filter((n) => /fonts\/|\.(ttf|otf|odttf)$/i.test(n))).toEqual([]);
});

test("page numbers are — n — on the outside edge: right on odd pages, left on even ones", async () => {
  expect(await part(zh, "word/settings.xml")).toContain("<w:evenAndOddHeaders/>");
  const footers = await Promise.all(
    Object.keys(zh.files)
      .filter((n) => /word\/footer\d+\.xml$/.test(n))
      .map((n) => part(zh, n)),
  );
  expect(footers).toHaveLength(2);
  expect(footers.some((f) => f.includes('<w:jc w:val="right"/>') && f.includes("PAGE") && f.includes("— "))).toBe(true);
  expect(footers.some((f) => f.includes('<w:jc w:val="left"/>') && f.includes("PAGE"))).toBe(true);
});

test("every figure of the text sits in a bookmark named after its source", async () => {
  const doc = await part(zh, "word/document.xml");
  for (const f of sample.zh.figures) expect(doc).toContain(`w:name="${bookmarkName(f)}"`);
});

test("charts are native chart parts with their data in an embedded workbook", async () => {
  const charts = Object.keys(zh.files).filter((n) => /^word\/charts\/chart\d+\.xml$/.test(n));
  expect(charts).toHaveLength(3);
  const chart = await part(zh, charts[0]);
  expect(chart).toContain("<c:barChart>");
  expect(chart).toMatch(/<c:externalData r:id="[^"]+"/);
  const rels = await part(zh, charts[0].replace("charts/", "charts/_rels/") + ".rels");
  const target = /Target="\.\.\/embeddings\/([^"]+\.xlsx)"/.exec(rels)![1];
  const workbook = await JSZip.loadAsync(await zh.file(`word/embeddings/${target}`)!.async("uint8array"));
  const strings = await workbook.file("xl/sharedStrings.xml")!.async("string");
  expect(strings).toContain("事故起数（起）");
  expect(await workbook.file("xl/worksheets/sheet1.xml")!.async("string")).toMatch(/<v>23<\/v>[\s\S]*<v>20<\/v>/);
});

test("a table cell the 核对 questions is highlighted with a comment the author can delete", async () => {
  const comments = await part(zh, "word/comments.xml");
  expect(comments).toContain("待核实：大姚县 G9");
  expect(await part(zh, "word/document.xml")).toContain('<w:highlight w:val="yellow"/>');
});

test("the English release has no 公文 grid, a sans-serif face and centred page numbers", async () => {
  const doc = await part(en, "word/document.xml");
  expect(/<w:docGrid w:type="lines"/.test(doc)).toBe(false);
  expect((await part(en, "word/styles.xml")).includes('w:ascii="Arial"')).toBe(true);
  const footer = await part(en, "word/footer1.xml");
  expect(footer.includes('<w:jc w:val="center"/>')).toBe(true);
});

test("a workbook with nothing recognised still gives a report that says so", async () => {
  const empty = { tables: [], ledgers: [], findings: [], anomalies: [], diagnostics: [] };
  const plan = planReport(empty, { language: "zh", sourceName: "空.xlsx" });
  const zip = await JSZip.loadAsync(await writeReport(plan, { date: DATE }));
  expect(await part(zip, "word/document.xml")).toContain("未识别到可写入报告正文的统计数字");
});
