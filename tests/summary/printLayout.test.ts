/**
 * The printed summary (issue 23, "The printed sheet"): on A4, one page wide, the print range took in
 * the charts and the 图表数据 helper columns, so table text printed at about 5.5 pt; wrapped headers
 * overlapped the data under them; a value was clipped to "ificant change"; row 2 was cut at both
 * ends. Checked here on the plan of the sample (assets/samples/bureau-2024H1.xlsx) and of every
 * fixture (tests/fixtures/*.xlsx), in both languages: the print area is the tables' columns, every
 * chart lies inside it below the tables, the helper columns lie outside it, the tables print at
 * 9 pt or more (11 pt text at the fit-to-width scale of printLayout.ts), every text in the tables
 * fits its cell or wraps in a row tall enough for its lines, and page breaks fall only at a section.
 * tests/libreoffice/printedPages.test.ts checks the same on LibreOffice's PDF.
 */
import * as fs from "fs";
import * as path from "path";
import { parseCellAddress } from "../../src/core/model/address";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { planSummary } from "../../src/core/summary/planSummary";
import { workbookFacts } from "../../src/core/facts";
import type { SummaryPlan } from "../../src/core/summary/plan";
import { printableArea, printScale, withWhatFollows } from "../../src/core/summary/printLayout";
import { linesHeight, textUnits, wrappedLines } from "../../src/core/summary/textFit";
import { loadXlsx, workbookToSnapshot } from "../../src/xlsx/loadXlsx";
import { SAMPLE_PATH } from "./sample";
import { printedTexts } from "./printedPoints";

const FIXTURES = path.join(__dirname, "../fixtures");
const FILES = [
  SAMPLE_PATH,
  ...fs
    .readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".xlsx") && !f.includes("corrupt"))
    .map((f) => path.join(FIXTURES, f)),
];

const plans: [string, SummaryPlan][] = [];
beforeAll(async () => {
  for (const file of FILES) {
    const model = readWorkbook(workbookToSnapshot(await loadXlsx(fs.readFileSync(file))), { reportDate: "2024-06-30" });
    for (const language of ["zh", "en"] as const)
      plans.push([`${path.basename(file)} (${language})`, planSummary(workbookFacts(model), { language, generatedAt: "2024年7月5日 09:00" })]);
  }
}, 120000);

const areaOf = (plan: SummaryPlan) => {
  const [a, b] = plan.print.area!.split(":").map((x) => parseCellAddress(x)!);
  return { top: a.row, left: a.column, bottom: b.row, right: b.column };
};
/** The tables' width: the title's merged area. */
const tableColumns = (plan: SummaryPlan) => parseCellAddress(plan.merges.find((m) => m.startsWith("A1:"))!.split(":")[1])!.column + 1;
const tableRows = (plan: SummaryPlan) =>
  plan.cells.reduce((last, row, r) => (row.slice(0, tableColumns(plan)).some((c) => c.value !== null && c.value !== "") ? r : last), 0);

test("there are plans to check (the sample and the fixtures, both languages)", () => {
  expect(plans.length).toBeGreaterThan(50);
});

test("the print area is the tables' columns from A1, down to the last table row or the last chart", () => {
  for (const [name, plan] of plans) {
    const area = areaOf(plan);
    expect([name, area.top, area.left, area.right]).toEqual([name, 0, 0, tableColumns(plan) - 1]);
    const lastChart = Math.max(-1, ...plan.charts.map((c) => parseCellAddress(c.position.end)!.row));
    expect([name, area.bottom]).toEqual([name, Math.max(tableRows(plan), lastChart)]);
  }
});

test("every text prints at 8.5 pt or more: the 9 pt notes of a sheet printed below 94 % are set larger, and only there", () => {
  const scaled: string[] = [];
  for (const [name, plan] of plans) {
    expect([name, printedTexts(plan).filter((t) => t.points < 8.5)]).toEqual([name, []]);
    if (plan.styles.some((s) => s.style === "legible")) scaled.push(name);
  }
  // The ledgers of 16 figure columns fit to one landscape page (layout-b, ledger-real-dates …) print below 94 %; the sample at 100 %.
  expect(scaled).toEqual(expect.arrayContaining(["layout-b.xlsx (zh)", "layout-b.xlsx (en)"]));
  expect(scaled.filter((n) => n.startsWith("bureau-2024H1"))).toEqual([]);
});

test("every chart sits inside the print area, below the tables", () => {
  for (const [name, plan] of plans) {
    const area = areaOf(plan);
    for (const chart of plan.charts) {
      const [start, end] = [parseCellAddress(chart.position.start)!, parseCellAddress(chart.position.end)!];
      expect([name, chart.title, start.row > tableRows(plan), start.column >= 0, end.column <= area.right, end.row <= area.bottom]).toEqual([
        name,
        chart.title,
        true,
        true,
        true,
        true,
      ]);
    }
  }
});

test("the charts' helper data (图表数据) lie outside the print area", () => {
  let helpers = 0;
  for (const [name, plan] of plans) {
    const area = areaOf(plan);
    plan.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell.value !== "图表数据" && cell.value !== "Chart data") return;
        helpers++;
        expect([name, r, c > area.right]).toEqual([name, r, true]);
      }),
    );
  }
  expect(helpers).toBeGreaterThan(0);
});

test("the tables print at 9 pt or more: 11 pt text at the fit-to-width scale of the print area", () => {
  for (const [name, plan] of plans) {
    const scale = printScale(plan.columnWidths, tableColumns(plan), plan.print.orientation, plan.print.margins);
    expect([name, 11 * scale >= 9]).toEqual([name, true]);
  }
});

test("every text in the tables fits its cell, or wraps in a row tall enough for its lines (headers, 显著性, row 2, notes)", () => {
  let wrapped = 0;
  for (const [name, plan] of plans) {
    const columns = tableColumns(plan);
    const merged = new Map(
      plan.merges.map((m) => {
        const [a, b] = m.split(":").map((x) => parseCellAddress(x)!);
        return [`${a.row},${a.column}`, { columns: b.column - a.column + 1, rows: b.row - a.row + 1 }];
      }),
    );
    const heights = new Map(plan.rowHeights.map((h) => [h.row, h.height]));
    // The style a cell's font comes from ("wrap" only turns wrapping on).
    const styleOf = (r: number, c: number) =>
      [...plan.styles]
        .reverse()
        .find((s) => s.style !== "wrap" && s.style !== "legible" && r >= s.row && r < s.row + s.rowCount && c >= s.column && c < s.column + s.columnCount);
    // A note of a sheet printed below 94 % is set at 10.5 pt ("legible", printLayout.ts).
    const legible = (r: number, c: number) =>
      plan.styles.some((s) => s.style === "legible" && r >= s.row && r < s.row + s.rowCount && c >= s.column && c < s.column + s.columnCount);
    const wraps = (r: number, c: number) =>
      plan.styles.some(
        (s) =>
          ["wrap", "header", "narrative", "check", "remark", "subtitle"].includes(s.style) &&
          r >= s.row &&
          r < s.row + s.rowCount &&
          c >= s.column &&
          c < s.column + s.columnCount,
      );
    plan.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (c >= columns || typeof cell.value !== "string" || cell.value === "" || !styleOf(r, c)) return;
        const span = merged.get(`${r},${c}`);
        let width = 0;
        let n = span?.columns ?? 1;
        // An unwrapped text outside the tables (a note, a heading) may run on over empty cells to its right; a table's cell keeps to its borders.
        if (!span && !wraps(r, c) && !["body", "label", "total"].includes(styleOf(r, c)!.style))
          while (c + n < columns && (row[c + n].value === null || row[c + n].value === "")) n++;
        for (let j = c; j < c + n; j++) width += plan.columnWidths[j];
        const size = legible(r, c) ? 10.5 : ["subtitle", "note"].includes(styleOf(r, c)!.style) ? 9 : styleOf(r, c)!.style === "title" ? 16 : 11;
        if (!wraps(r, c)) {
          expect([name, `row ${r + 1}`, cell.value, textUnits(cell.value, size) <= width - 1]).toEqual([name, `row ${r + 1}`, cell.value, true]);
          return;
        }
        if (span && span.rows > 1) return;
        const lines = wrappedLines(cell.value, width, size);
        if (lines > 1) {
          wrapped++;
          expect([name, `row ${r + 1}`, cell.value, (heights.get(r) ?? 15) >= linesHeight(lines, size)]).toEqual([name, `row ${r + 1}`, cell.value, true]);
        }
      }),
    );
  }
  expect(wrapped).toBeGreaterThan(50);
});

test("row 2's note wraps over the tables' width in a row as tall as its lines", () => {
  for (const [name, plan] of plans) {
    expect([name, plan.styles.some((s) => s.row === 1 && s.style === "subtitle")]).toEqual([name, true]);
    const text = String(plan.cells[1][0].value);
    let width = 0;
    for (let j = 0; j < tableColumns(plan); j++) width += plan.columnWidths[j];
    expect([name, plan.rowHeights.find((h) => h.row === 1)?.height ?? 15]).toEqual([name, expect.any(Number)]);
    expect(plan.rowHeights.find((h) => h.row === 1)?.height ?? 15).toBeGreaterThanOrEqual(linesHeight(wrappedLines(text, width, 9), 9));
  }
});

test("pages break where a section, a band of charts or a copied header starts, or inside a section taller than a page; the title repeats on every page", () => {
  let inside = 0;
  for (const [name, plan] of plans) {
    expect(plan.print.titleRows).toBe("$1:$1");
    const starts = new Set([
      ...plan.sections.map((s) => s.firstRow),
      ...plan.charts.map((c) => parseCellAddress(c.position.start)!.row),
      ...(plan.print.headerCopies ?? []),
    ]);
    const height = (r: number) => plan.rowHeights.find((h) => h.row === r)?.height ?? 15;
    const page =
      printableArea(plan.print.orientation, plan.print.margins).height /
        printScale(plan.columnWidths, tableColumns(plan), plan.print.orientation, plan.print.margins) -
      height(0);
    const blocks = withWhatFollows(plan.sections, tableRows(plan));
    for (const row of plan.print.rowBreaks ?? []) {
      if (starts.has(row)) continue;
      const block = blocks.find((b) => row > b.firstRow && row <= b.lastRow);
      let tall = 0;
      for (let r = block?.firstRow ?? 0; block && r <= block.lastRow; r++) tall += height(r);
      expect([name, row, tall > page]).toEqual([name, row, true]);
      inside++;
    }
  }
  expect(plans.some(([, plan]) => (plan.print.rowBreaks ?? []).length > 0)).toBe(true);
  expect(inside).toBeGreaterThan(0);
});

test("a section keeps the rows after it up to the next one, the last one down to the notes under the tables", () => {
  expect(
    withWhatFollows(
      [
        { firstRow: 8, lastRow: 9 },
        { firstRow: 2, lastRow: 5 },
      ],
      12,
    ),
  ).toEqual([
    { firstRow: 2, lastRow: 7 },
    { firstRow: 8, lastRow: 12 },
  ]);
});
