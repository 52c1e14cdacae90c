/**
 * The printed summary of a table too wide for one page, as LibreOffice prints it: the command line's
 * .summary.xlsx of the national 自然灾害情况 form of 山西 (../shared/real-workbooks/
 * shanxi-2021-flood-disaster-form.xlsx, 113 counties; the region table has 59 columns), in Chinese
 * and English, converted to PDF by soffice and measured with pdftotext -bbox. Fit to one A4 page wide,
 * the summary printed on 3 pages with every word about 3 pt high (word boxes 2.9 pt; 11 pt text
 * gives 14.3 pt boxes, so a box is about 1.3 × the font size), the 综述 across 60 columns. Now the
 * table prints across pages at 82–88 % with its 区域 column at the left of each, and the 综述 and the
 * 核对 on pages of their own at the first page's width (src/core/summary/pageColumns.ts).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { printSummaries, words, type Word } from "./pdfWords";
import { REAL_DIR } from "../realWorkbooks/readReal";

const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => fs.existsSync(p));
const SHANXI = path.join(REAL_DIR, "shanxi-2021-flood-disaster-form.xlsx");
const maybe = soffice || process.env.CI === "true" ? describe : describe.skip;

/** A word box height for 9 pt text: 9 × 1.3, less rounding (as printedPages.test.ts). */
const NINE_POINT_BOX = 11.6;
/** The summary's title, printed at the top of its first page (the workbook's own sheet prints before it). */
const TITLE = { zh: "自然灾害情况", en: "Natural" };
/** The 综述's first words, and the 核对's heading. */
const SUMMARY = { zh: "自然灾害共造成", en: "affected 7,607,977 people" };
const CHECKS = { zh: "四、数据核对", en: "4. Arithmetic checks" };
/** The first and the last county of the table, in its key column. */
const COUNTIES = ["小店区", "汾阳市"];

const figure = (w: Word) => /^-?[\d,]+(\.\d+)?%?$/.test(w.text);
/** The region table's key-column header, at the top left of each of its pages (the header copied onto the pages it runs onto). */
const KEY = { zh: "区域", en: "Region" };
/** The pages of the region table: those with its header. */
const tablePagesOf = (pages: Word[][], language: "zh" | "en") => pages.filter((page) => page.some((w) => w.text === KEY[language]));
const lineOf = (page: Word[], w: Word) =>
  page
    .filter((o) => Math.abs(o.yMin - w.yMin) < 2)
    .sort((a, b) => a.xMin - b.xMin)
    .map((o) => o.text)
    .join(" ");

maybe("the printed summary of a 59-column region table (山西 disaster form), through LibreOffice", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bureau-wide-print-"));
  const pages: Record<"zh" | "en", Word[][]> = { zh: [], en: [] };

  beforeAll(() => {
    if (!soffice) throw new Error("No LibreOffice (soffice): CI installs libreoffice-calc-nogui; the printed summary must be measured.");
    const pdfs = printSummaries(soffice, SHANXI, dir);
    for (const language of ["zh", "en"] as const) {
      const all = words(pdfs[language]);
      const count = Math.max(...all.map((w) => w.page));
      // The summary's pages: from the first that opens with its title (the form's own sheet prints first).
      const first = [...Array(count).keys()]
        .map((i) => i + 1)
        .find((p) => {
          const on = all.filter((w) => w.page === p);
          const top = Math.min(...on.map((w) => w.yMin));
          return on.some((w) => Math.abs(w.yMin - top) < 1 && w.text.startsWith(TITLE[language]));
        })!;
      for (let p = first; p <= count; p++) pages[language].push(all.filter((w) => w.page === p));
      console.log(`printed wide summary (${language}): ${pages[language].length} pages`);
    }
  }, 600000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test.each(["zh", "en"] as const)("(%s) the region table's figures print at 9 pt or more (they printed at about 3 pt)", (language) => {
    const figures = tablePagesOf(pages[language], language).flat().filter(figure);
    // 113 counties and a total row, 58 figure columns.
    expect(figures.length).toBeGreaterThan(113 * 58);
    const small = figures.filter((w) => w.yMax - w.yMin < NINE_POINT_BOX);
    expect(small.slice(0, 10).map((w) => `${w.text} on page ${w.page}`)).toEqual([]);
  });

  test.each(["zh", "en"] as const)("(%s) every page of the table has the 区域 column at its left, with the counties of its rows", (language) => {
    const tablePages = tablePagesOf(pages[language], language);
    expect(tablePages.length).toBeGreaterThanOrEqual(10);
    for (const page of tablePages) {
      const left = Math.min(...page.filter(figure).map((w) => w.xMin));
      // Left of every figure: the county names of the page's rows (county names are Chinese in both languages).
      const names = page.filter((w) => w.xMax < left && /^[\u4e00-\u9fff]+$/.test(w.text));
      expect([page[0].page, names.length >= 5]).toEqual([page[0].page, true]);
    }
    // The first and the last county each print on as many pages as the table has pages across.
    const across = (county: string) => tablePages.filter((page) => page.some((w) => w.text === county)).length;
    expect(across(COUNTIES[0])).toBeGreaterThanOrEqual(3);
    expect(across(COUNTIES[1])).toBe(across(COUNTIES[0]));
  });

  test.each(["zh", "en"] as const)("(%s) the 综述 prints on one page, as large as the table's text, and the 核对 after it", (language) => {
    const first = SUMMARY[language].split(" ")[0];
    const opening = pages[language].flatMap((page, i) =>
      page.filter((w) => w.text.includes(first) && lineOf(page, w).includes(SUMMARY[language])).map((w) => ({ w, i })),
    );
    expect(opening.length).toBeGreaterThan(0);
    const onPages = new Set(opening.map((o) => o.i));
    // One page only: a piece of it repeated in the key column of the pages across would be a second.
    expect(onPages.size).toBe(1);
    const [summaryPage] = [...onPages];
    // Its first three lines (about 12 pt apart).
    const lines = pages[language][summaryPage].filter((w) => w.yMin >= opening[0].w.yMin - 1 && w.yMin < opening[0].w.yMin + 30);
    expect(lines.every((w) => w.yMax - w.yMin >= NINE_POINT_BOX)).toBe(true);
    // The paragraph wraps within the page: its lines stay inside the printable width (A4 landscape, 0.25 in sides).
    expect(Math.max(...lines.map((w) => w.xMax))).toBeLessThanOrEqual(841.89 - 18);
    const heading = CHECKS[language].split(" ")[0];
    const checks = pages[language].findIndex((page) => page.some((w) => w.text === heading && lineOf(page, w).includes(CHECKS[language])));
    expect(checks).toBeGreaterThanOrEqual(summaryPage);
  });

  test.each(["zh", "en"] as const)("(%s) the summary prints on a few dozen pages, not 3 pages at 3 pt nor a page of one column each", (language) => {
    expect(pages[language].length).toBeGreaterThanOrEqual(15);
    expect(pages[language].length).toBeLessThanOrEqual(40);
    // No page of the table holds fewer than 5 figure columns beside the key column (a program's own break before ours would).
    for (const page of tablePagesOf(pages[language], language)) {
      const columns = new Set(page.filter(figure).map((w) => Math.round(w.xMax / 10)));
      expect([page[0].page, columns.size >= 5]).toEqual([page[0].page, true]);
    }
  });
});
