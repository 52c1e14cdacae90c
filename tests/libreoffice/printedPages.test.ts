/**
 * The printed summary as LibreOffice prints it (issue 23, "The printed sheet"): the command line's
 * .summary.xlsx of the sample (assets/samples/bureau-2024H1.xlsx), in Chinese and in English,
 * converted to PDF by soffice and measured with pdftotext -bbox. Before the print layout
 * (src/core/summary/printLayout.ts, textFit.ts) the summary printed on 2 pages (3 in English) with
 * its figures at about 5.5 pt, the 图表数据 helper columns printed, wrapped headers overlapped the
 * figures under them and "变化不显著（p=0.761）" ran over its cell's border. A word box of pdftotext is
 * about 1.3 times the font size (11 pt text gives 14.3 pt boxes in these PDFs).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { printSummaries, words, type Word } from "./pdfWords";

const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => fs.existsSync(p));
const SAMPLE = path.join(__dirname, "../../assets/samples/bureau-2024H1.xlsx");
const maybe = soffice || process.env.CI === "true" ? describe : describe.skip;

/** A word box height for 9 pt text (the smallest readable size): 9 × 1.3, less rounding. */
const NINE_POINT_BOX = 11.6;

const TITLE = { zh: "2024年1—6月全州生产安全事故", en: "Chuxiong" };
const CHECKS = { zh: "数据核对", en: "Arithmetic checks" };
const HELPERS = { zh: "图表数据", en: "Chart data" };

maybe("the printed summary of the sample, through LibreOffice", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bureau-print-"));
  const pages: Record<"zh" | "en", Word[][]> = { zh: [], en: [] };
  const all: Record<"zh" | "en", Word[]> = { zh: [], en: [] };

  beforeAll(() => {
    if (!soffice) throw new Error("No LibreOffice (soffice): CI installs libreoffice-calc-nogui; the printed summary must be measured.");
    const pdfs = printSummaries(soffice, SAMPLE, dir);
    for (const language of ["zh", "en"] as const) {
      all[language] = words(pdfs[language]);
      const count = Math.max(...all[language].map((w) => w.page));
      // The summary's pages: its title repeats at the top of each (the sample's own sheets come first).
      for (let p = 1; p <= count; p++) {
        const on = all[language].filter((w) => w.page === p);
        const top = Math.min(...on.map((w) => w.yMin));
        if (on.some((w) => w.yMin === top && w.text.startsWith(TITLE[language]))) pages[language].push(on);
      }
      console.log(`printed summary (${language}): ${pages[language].length} pages`);
    }
  }, 400000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test.each(["zh", "en"] as const)("(%s) the title repeats at the top of every page of the summary, which prints on a handful of pages", (language) => {
    expect(pages[language].length).toBeGreaterThanOrEqual(4);
    expect(pages[language].length).toBeLessThanOrEqual(12);
  });

  test.each(["zh", "en"] as const)("(%s) the figures print at 9 pt or more (they printed at about 5.5 pt)", (language) => {
    const figures = pages[language].flat().filter((w) => /^-?[\d,]+(\.\d+)?%?$/.test(w.text) && w.text.length >= 2);
    expect(figures.length).toBeGreaterThan(150);
    const small = figures.filter((w) => w.yMax - w.yMin < NINE_POINT_BOX);
    expect(small.map((w) => `${w.text} on page ${w.page}`)).toEqual([]);
  });

  test.each(["zh", "en"] as const)("(%s) no word is printed over another (wrapped headers overlapped the figures under them)", (language) => {
    const overlaps: string[] = [];
    for (const page of pages[language]) {
      for (let i = 0; i < page.length; i++)
        for (let j = i + 1; j < page.length; j++) {
          const [a, b] = [page[i], page[j]];
          const x = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
          const y = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
          // Lines of one paragraph touch (boxes are taller than the line pitch); text over text shares half its height.
          if (x > 1 && y > 0.5 * Math.min(a.yMax - a.yMin, b.yMax - b.yMin)) overlaps.push(`"${a.text}" over "${b.text}" on page ${a.page}`);
        }
    }
    expect(overlaps).toEqual([]);
  });

  test.each(["zh", "en"] as const)("(%s) the charts' helper columns (图表数据) do not print", (language) => {
    expect(all[language].filter((w) => w.text.includes(HELPERS[language]))).toEqual([]);
  });

  test.each(["zh", "en"] as const)("(%s) the charts print after the tables, each title whole on one page", (language) => {
    const text = pages[language].map((p) => p.map((w) => w.text).join(""));
    const titles = language === "zh" ? ["生产安全事故本期与去年同期对比", "直接经济损失构成（万元）", "各县（市）隐患整改率"] : ["Rectificationratebycounty"];
    const checksPage = text.findIndex((t) => t.includes(CHECKS[language].replace(/ /g, "")));
    expect(checksPage).toBeGreaterThanOrEqual(0);
    for (const title of titles) {
      const at = text.findIndex((t) => t.includes(title));
      expect([title, at >= checksPage]).toEqual([title, true]);
    }
  });

  test.each(["zh", "en"] as const)("(%s) the notes under the tables stay on the page of the 核对, not alone on a page", (language) => {
    for (const page of pages[language]) {
      const body = page.filter((w) => !w.text.startsWith(TITLE[language]) && w.yMax - w.yMin >= NINE_POINT_BOX);
      // Every page of the summary has something at full size besides its title: a table, a paragraph or a chart.
      expect([page[0].page, body.length > 0]).toEqual([page[0].page, true]);
    }
  });
});
