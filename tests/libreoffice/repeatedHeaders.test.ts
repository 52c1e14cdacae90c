/**
 * A long table's header rows on every printed page, as LibreOffice prints the summary (issue 23,
 * "Repeat the header rows on every page"). The workbook: tests/summary/longTables.ts, two tables of
 * 90 counties (invented figures), written with ExcelJS; the command line summarises it in Chinese and
 * in English, soffice converts the summaries to PDF, and pdftotext -bbox gives each word's place.
 * Before src/core/summary/headerRepeat.ts only the title row repeated: the county rows on the second
 * and later pages of each table printed under no header. A chart's axis prints a county's name one
 * character at a time, so a whole county name is a table's row.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { LONG_TABLE_SHEETS, NINETY_COUNTIES } from "../summary/longTables";
import { printSummaries, words, type Word } from "./pdfWords";

const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => fs.existsSync(p));
const maybe = soffice || process.env.CI === "true" ? describe : describe.skip;

const TITLE = { zh: "2024年1—6月生产安全事故情况", en: "January–June 2024: work-safety accidents" };
/** The tables' key headers: the 分县 table's, and the 灾情 table's (its sheet's own words in Chinese, "Region" in English). */
const KEY_HEADERS = { zh: ["县（市）", "地区"], en: ["County", "Region"] };

maybe("long tables printed through LibreOffice", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bureau-headers-"));
  const pages: Record<"zh" | "en", Word[][]> = { zh: [], en: [] };

  beforeAll(async () => {
    if (!soffice) throw new Error("No LibreOffice (soffice): CI installs libreoffice-calc-nogui; the printed summary must be measured.");
    const book = new ExcelJS.Workbook();
    for (const s of LONG_TABLE_SHEETS) {
      const sheet = book.addWorksheet(s.name);
      s.rows.forEach((row) => sheet.addRow(row.map((v) => (v === "" ? null : v))));
      s.merges.forEach((m) => sheet.mergeCells(m));
    }
    const input = path.join(dir, "long-tables.xlsx");
    await book.xlsx.writeFile(input);
    const pdfs = printSummaries(soffice, input, dir);
    for (const language of ["zh", "en"] as const) {
      const all = words(pdfs[language]);
      for (let p = 1; p <= Math.max(...all.map((w) => w.page)); p++) {
        const on = all.filter((w) => w.page === p);
        const top = Math.min(...on.map((w) => w.yMin));
        // The summary's pages: its title at the top of each (the workbook's own sheets print first).
        if (
          on
            .filter((w) => w.yMin < top + 2)
            .map((w) => w.text)
            .join(" ")
            .startsWith(TITLE[language])
        )
          pages[language].push(on);
      }
    }
  }, 400000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test.each(["zh", "en"] as const)("(%s) every county row prints under its table's header, on every page the tables run onto", (language) => {
    const tablePages = pages[language].filter((page) => page.some((w) => NINETY_COUNTIES.includes(w.text)));
    // Two tables of 90 rows: at least four pages of them, most under no section heading of their own.
    expect(tablePages.length).toBeGreaterThanOrEqual(4);
    const headless: string[] = [];
    for (const page of tablePages) {
      const headers = page.filter((w) => KEY_HEADERS[language].includes(w.text));
      for (const w of page.filter((x) => NINETY_COUNTIES.includes(x.text)))
        if (!headers.some((h) => h.yMax <= w.yMin + 1)) headless.push(`${w.text} on page ${w.page}`);
    }
    expect(headless).toEqual([]);
  });

  test.each(["zh", "en"] as const)("(%s) each county prints once in each table: no row lost or doubled by the copied headers", (language) => {
    const printed = pages[language].flat().filter((w) => NINETY_COUNTIES.includes(w.text));
    const counts = new Map<string, number>();
    for (const w of printed) counts.set(w.text, (counts.get(w.text) ?? 0) + 1);
    expect(NINETY_COUNTIES.filter((c) => counts.get(c) !== 2)).toEqual([]);
  });
});
