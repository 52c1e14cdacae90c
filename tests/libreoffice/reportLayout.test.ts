/**
 * The report's layout as LibreOffice prints it, measured from the PDF with pdftotext -bbox, against
 * GB/T 9704-2012《党政机关公文格式》(docs/report-docx.md): 订口 28 mm and a 156 mm text block
 * (5.2.1), 28 characters a full line and 22 lines a full page (5.2.3), the title in 2号 (22 pt,
 * 7.3.1), page numbers "— n —" 7 mm under the block on the outside edge (7.5), and every chart
 * drawn as a chart. A full page of text is the reference report's own section 二 (楚雄州应急管理局
 * 2024年上半年工作总结, ../shared/reference), laid out by the report writer; the rest is the sample's
 * report. Fonts: the 公文 names aliased to Noto CJK (scripts/report/fonts.conf).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { ReportBlock, ReportPlan } from "../../src/core/report/types";
import { writeReport } from "../../src/docx/writeReport";
import { sampleReports } from "../report/sample";
import { words, type Word } from "./pdfWords";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfTools: { toPdf(files: string[], outDir: string): string[] } = require("../../scripts/report/report-pdf.js");

const soffice = (() => {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();
if (!soffice && process.env.CI === "true") throw new Error("No soffice: CI installs libreoffice-writer-nogui (.ci/run); the report's layout must be measured.");
const maybe = soffice ? describe : describe.skip;

const MM = 72 / 25.4;
const REFERENCE = path.join(__dirname, "../../../shared/reference/chuxiong-2024H1-report.txt");

/** Words grouped into lines (same page, same top), left to right. */
function lines(all: readonly Word[]): Word[][] {
  const byLine = new Map<string, Word[]>();
  for (const w of all) {
    const key = `${w.page}:${Math.round(w.yMin)}`;
    byLine.set(key, [...(byLine.get(key) ?? []), w]);
  }
  return [...byLine.values()].map((l) => l.sort((a, b) => a.xMin - b.xMin));
}

const CJK = /^[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’—…]+$/u;
const count = (l: Word[]) => [...l.map((w) => w.text).join("")].length;

/** The reference report's section 二 (its (一)…(八) paragraphs), as report blocks. */
function referenceBlocks(): ReportBlock[] {
  const text = fs.readFileSync(REFERENCE, "utf8");
  const part = text.slice(text.indexOf("二、主要做法及成效"), text.indexOf("三、存在的主要问题和不足"));
  const paragraphs = part
    .split("\n")
    .map((p) => p.trim())
    .filter((p) => /^[(（][一二三四五六七八九十]+[)）]/.test(p))
    // The reference is a web page: its punctuation is half-width; the report's is full-width.
    .map((p) => p.replace(/,/g, "，").replace(/;/g, "；").replace(/:/g, "：").replace(/\(/g, "（").replace(/\)/g, "）"));
  return [{ kind: "heading", level: 1, text: "二、主要做法及成效" }, ...paragraphs.map((p): ReportBlock => ({ kind: "paragraph", runs: [{ text: p }] }))];
}

maybe("the report as LibreOffice prints it", () => {
  let dir: string;
  let reference: Word[];
  let sampleZh: Word[];
  let sampleEn: Word[];
  let charts: { zh: number };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "report-layout-"));
    const sample = await sampleReports();
    const full: ReportPlan = { ...sample.zh, titleLines: ["楚雄州应急管理局2024年上半年工作总结"], blocks: referenceBlocks(), parts: [], figures: [] };
    const date = new Date(2024, 6, 10, 9, 30);
    const files = { reference: path.join(dir, "reference.docx"), zh: path.join(dir, "sample-zh.docx"), en: path.join(dir, "sample-en.docx") };
    fs.writeFileSync(files.reference, await writeReport(full, { date }));
    fs.writeFileSync(files.zh, await writeReport(sample.zh, { date }));
    fs.writeFileSync(files.en, await writeReport(sample.en, { date }));
    const [a, b, c] = pdfTools.toPdf([files.reference, files.zh, files.en], dir);
    [reference, sampleZh, sampleEn] = [words(a), words(b), words(c)];
    charts = { zh: sample.zh.blocks.filter((x) => x.kind === "chart").length };
  }, 300000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** Body lines of a page: within the block, not the page number. */
  const bodyLines = (all: Word[], page: number) => lines(all.filter((w) => w.page === page && w.yMax < 262 * MM));

  test("a full page holds 22 lines, 225/22 mm apart, between the 37 mm 天头 and the block's foot at 262 mm", () => {
    const page = bodyLines(reference, 2);
    expect(page).toHaveLength(22);
    const tops = page.map((l) => l[0].yMin);
    for (let i = 1; i < tops.length; i++) expect(Math.abs(tops[i] - tops[i - 1] - (225 / 22) * MM)).toBeLessThan(0.1 * MM);
    expect(tops[0]).toBeGreaterThan(37 * MM - 1 * MM);
    expect(Math.max(...page.at(-1)!.map((w) => w.yMax))).toBeLessThan(262 * MM + 1 * MM);
  });

  test("lines start at the 28 mm 订口 and the widest end at 28 + 156 mm, within 1 mm", () => {
    const all = lines(reference.filter((w) => w.yMax < 262 * MM && w.page > 1));
    const left = all.filter((l) => l[0].xMin < 30 * MM).map((l) => l[0].xMin);
    expect(left.length).toBeGreaterThan(30);
    for (const x of left) expect(Math.abs(x - 28 * MM)).toBeLessThan(1 * MM);
    // Justified lines end at the block's edge; only a closing mark may hang past it (标点溢出, as Word also allows).
    expect(all.filter((l) => Math.abs(l.at(-1)!.xMax - 184 * MM) < 1 * MM).length).toBeGreaterThan(30);
    for (const l of all.filter((x) => x.at(-1)!.xMax > 185 * MM)) expect(l.at(-1)!.text).toMatch(/[，。、；：）》”’！？]$/u);
  });

  test("a full line of Chinese text holds 28 characters, one fewer only where 禁则 carried a character over with its closing mark", () => {
    const body = lines(reference.filter((w) => w.yMax < 262 * MM && w.page > 1));
    const full = body.map((l, i) => ({ l, next: body[i + 1] })).filter(({ l }) => l[0].xMin < 30 * MM && l.at(-1)!.xMax > 183 * MM);
    const chinese = full.filter(({ l }) => l.every((w) => CJK.test(w.text)));
    expect(chinese.length).toBeGreaterThan(10);
    const closing = /^.[，。、；：）》”’！？]/u;
    for (const { l, next } of chinese) {
      const n = count(l);
      if (n === 27) expect(closing.test(next.map((w) => w.text).join(""))).toBe(true);
      else expect(n).toBe(28);
    }
    expect(chinese.filter(({ l }) => count(l) === 28).length / chinese.length).toBeGreaterThan(0.8);
  });

  test("the title is 2号 (22 pt): each character of its first line is 22 pt wide", () => {
    const title = lines(sampleZh.filter((w) => w.page === 1))[0];
    const chinese = title.filter((w) => CJK.test(w.text));
    const width = chinese.reduce((s, w) => s + (w.xMax - w.xMin), 0);
    const n = chinese.reduce((s, w) => s + [...w.text].length, 0);
    expect(Math.abs(width / n - 22)).toBeLessThan(0.3);
  });

  test("page numbers read — n —, 7 mm below the block, on the outside edge one character in", () => {
    const numbers = lines(reference.filter((w) => w.yMin > 262 * MM));
    expect(numbers.length).toBeGreaterThanOrEqual(3);
    for (const l of numbers) {
      const page = l[0].page;
      expect(l.map((w) => w.text).join(" ")).toBe(`— ${page} —`);
      expect(Math.abs(l[0].yMin - 269 * MM)).toBeLessThan(1.5 * MM);
      if (page % 2) expect(Math.abs(l.at(-1)!.xMax - (184 * MM - 14))).toBeLessThan(1 * MM);
      else expect(Math.abs(l[0].xMin - (28 * MM + 14))).toBeLessThan(1 * MM);
    }
  });

  test("every chart is drawn as a chart: its legend, categories and values are text above its caption", () => {
    // pdftotext gives "图" and its number as two words.
    const captions = sampleZh.filter((w, i) => w.text === "图" && /^\d+$/.test(sampleZh[i + 1]?.text ?? ""));
    expect(captions).toHaveLength(charts.zh);
    const near = (caption: Word, text: string) =>
      sampleZh.some((w) => w.page === caption.page && w.yMax < caption.yMin && caption.yMin - w.yMax < 100 * MM && w.text.includes(text));
    const [accidents, losses, rates] = captions;
    for (const t of ["本期", "去年同期", "事故起数（起）", "23", "20"]) expect(near(accidents, t)).toBe(true);
    for (const t of ["农林牧渔业损失", "基础设施损失"]) expect(near(losses, t)).toBe(true);
    for (const t of ["楚雄市", "大姚县", "89.6%"]) expect(near(rates, t)).toBe(true);
  });

  test("the English release numbers its pages in the centre and has no 公文 dashes", () => {
    const numbers = lines(sampleEn.filter((w) => w.yMin > 275 * MM));
    expect(numbers.length).toBeGreaterThan(3);
    for (const l of numbers) {
      expect(l.map((w) => w.text).join(" ")).toBe(String(l[0].page));
      expect(Math.abs((l[0].xMin + l[0].xMax) / 2 - 105 * MM)).toBeLessThan(2 * MM);
    }
  });
});
