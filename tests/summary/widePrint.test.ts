/**
 * A table too wide to print one page wide at 9 pt. The national 自然灾害情况 form of 山西 (2021 floods,
 * ../shared/real-workbooks/shanxi-2021-flood-disaster-form.xlsx: 113 counties × 94 columns) gives a
 * region table of 59 columns; fit to one A4 page wide it printed at about 3 pt, and the 综述 and the
 * 核对, merged across all 60 columns (A:BH), with it. Now the table prints across pages at 82 % or more
 * (9 pt for the 11 pt text), its 区域 column repeated at the left of each page, the pages across
 * before the pages down; the texts and the chart keep within the first page's columns. The narrow
 * tables of the sample, the fixtures and the corpus print as before (their plans are unchanged:
 * scripts/facts/print-plans.js before and after differ only in this workbook).
 */
import { parseCellAddress } from "../../src/core/model/address";
import type { SummaryPlan } from "../../src/core/summary/plan";
import { planSummary } from "../../src/core/summary/planSummary";
import { columnPages, mergedGroups, WIDEST_POINTS_PER_CHARACTER, wideEdges } from "../../src/core/summary/pageColumns";
import { printableArea } from "../../src/core/summary/printLayout";
import { linesHeight, wrappedLines } from "../../src/core/summary/textFit";
import { readReal } from "../realWorkbooks/readReal";
import { printedTexts } from "./printedPoints";

const SHANXI = "shanxi-2021-flood-disaster-form.xlsx";

const plans: Record<"zh" | "en", SummaryPlan> = {} as Record<"zh" | "en", SummaryPlan>;
beforeAll(async () => {
  const read = await readReal(SHANXI);
  for (const language of ["zh", "en"] as const) plans[language] = planSummary(read.facts, { language, generatedAt: "2025-01-06T00:00" });
}, 240000);

const corners = (range: string) => {
  const [a, b] = range.split(":").map((x) => parseCellAddress(x)!);
  return { top: a.row, left: a.column, bottom: (b ?? a).row, right: (b ?? a).column };
};
const filledPast = (plan: SummaryPlan, row: number, column: number) => plan.cells[row].slice(column).some((c) => c.value !== null && c.value !== "");
const rowOf = (plan: SummaryPlan, text: string) => plan.cells.findIndex((row) => row[0].value === text);

describe.each(["zh", "en"] as const)("the 山西 disaster form's summary (%s)", (language) => {
  test("its 59-column region table prints across pages at 9 pt or more, the 区域 column at the left of every page, across before down", () => {
    const { print, columnWidths } = plans[language];
    const tableColumns = corners(print.area!).right + 1;
    expect(tableColumns).toBe(60);
    expect([print.fitToWidth, print.titleColumns, print.pageOrder]).toEqual([false, "$A:$A", "overThenDown"]);
    // 11 pt text at the scale prints at 9 pt or more (Excel keeps the scale in whole percents).
    expect((11 * print.scale!) / 100).toBeGreaterThanOrEqual(9);
    // Each page's columns, with the key column repeated, fit the page at the widest any program prints a character unit.
    const starts = [0, ...print.columnBreaks!];
    expect(starts.length).toBeGreaterThanOrEqual(3);
    const width = printableArea(print.orientation, print.margins).width;
    starts.forEach((start, i) => {
      const end = starts[i + 1] ?? tableColumns;
      const units = columnWidths.slice(start, end).reduce((a, b) => a + b, start > 0 ? columnWidths[0] : 0);
      expect([start, (units * WIDEST_POINTS_PER_CHARACTER * print.scale!) / 100 <= width]).toEqual([start, true]);
    });
  });

  test("the title, the 综述, the notes and the 核对 are merged and wrapped within the first page's columns, in rows tall enough for their lines", () => {
    const plan = plans[language];
    const firstPage = plan.print.columnBreaks![0];
    // Every merge in a row with nothing past the first page ends on the first page (A133:BH133 ran over 60 columns).
    const texts = plan.merges.map(corners).filter((m) => !filledPast(plan, m.top, firstPage));
    expect(texts.length).toBeGreaterThanOrEqual(10);
    for (const m of texts) expect([m.top, m.right < firstPage]).toEqual([m.top, true]);
    const summary = rowOf(plan, plan.narrative[0]);
    expect(summary).toBeGreaterThan(0);
    const merged = texts.find((m) => m.top === summary && m.left === 0)!;
    expect(merged.right).toBe(firstPage - 1);
    const units = plan.columnWidths.slice(0, firstPage).reduce((a, b) => a + b, 0);
    const lines = wrappedLines(plan.narrative[0], units);
    expect(lines).toBeGreaterThan(1);
    expect(plan.rowHeights.find((h) => h.row === summary)!.height).toBeGreaterThanOrEqual(linesHeight(lines, 11, plan.narrative[0]));
    // The 核对's sentences (column E merged to the page's edge) and the row-2 note as well.
    const checks = plan.sections.find((s) => s.id === "checks")!;
    expect(texts.filter((m) => m.top > checks.firstRow && m.top <= checks.lastRow).length).toBeGreaterThanOrEqual(8);
    expect(texts.some((m) => m.top === 1 && m.left === 0)).toBe(true);
  });

  test("every text prints at 8.5 pt or more: the row-2 note, the stamp under the 综述 and the 核对's footnote (9 pt, 7.4 pt printed at 82 %) are set at 10.5 pt", () => {
    const plan = plans[language];
    const texts = printedTexts(plan);
    expect(texts.length).toBeGreaterThan(113 * 50);
    expect(texts.filter((t) => t.points < 8.5)).toEqual([]);
    // The 9 pt texts: row 2 (A2), "（以上综述生成于…）" and the 核对's footnote ("另有5处相差在四舍五入范围内…"), each at 10.5 × scale.
    const small = texts.filter((t) => t.style === "subtitle" || t.style === "note");
    const stamp = language === "zh" ? /^（以上综述生成于/ : /^\(Summary text generated/;
    expect([small.some((t) => t.cell === "2:1"), small.some((t) => stamp.test(t.text)), small.length === 3]).toEqual([true, true, true]);
    for (const t of small) expect([t.text, t.points]).toEqual([t.text, (10.5 * plan.print.scale!) / 100]);
  });

  test("the chart lies within the first page's columns, and the 综述 starts a page of its own after the table", () => {
    const plan = plans[language];
    const firstPage = plan.print.columnBreaks![0];
    expect(plan.charts.length).toBeGreaterThan(0);
    for (const chart of plan.charts)
      expect([chart.title, corners(`${chart.position.start}:${chart.position.end}`).right < firstPage]).toEqual([chart.title, true]);
    // Pages across a text would repeat its first words in the key column: the table's pages hold table rows only.
    const narrative = plan.sections.find((s) => s.id === "narrative")!;
    expect(plan.print.rowBreaks).toContain(narrative.firstRow);
    const table = plan.sections.find((s) => s.id === "disasters")!;
    expect(plan.print.rowBreaks).toContain(table.firstRow);
  });
});

test("a page never starts inside a group of columns under one merged heading where the group fits a page", () => {
  // Key column 14, then 20 columns of 10; a page of 500 pt at 100 % holds 70 units (7.1 pt each).
  const widths = [14, ...Array<number>(20).fill(10)];
  const plain = columnPages(widths, 21, 1, 500, 1, []);
  expect(plain[0]).toBe(6);
  // 直接经济损失 over columns 5–8: the first page ends before it instead of cutting it after column 5.
  const grouped = columnPages(widths, 21, 1, 500, 1, [[5, 8]]);
  expect(grouped[0]).toBe(5);
  expect(grouped.every((b) => b <= 5 || b > 8)).toBe(true);
});

test("a merged heading is a group only over parts in the row under it; a sentence merged to the edge is not", () => {
  const cell = (value: string | null) => ({ value });
  const cells = [
    [cell("地区"), cell("直接经济损失"), cell(null), cell(null), cell("说明")],
    [cell(null), cell("农业"), cell("房屋"), cell("其他"), cell(null)],
    [cell("0"), cell("R34"), cell("为 1023，其中…"), cell(null), cell(null)],
    [cell(null), cell(null), cell(null), cell(null), cell(null)],
  ];
  expect(mergedGroups({ cells, merges: ["B1:D1", "C3:E3"] }, 5)).toEqual([[1, 3]]);
});

test("the page breaks where sections wider than the first page meet sections within it, and nowhere when nothing is wider", () => {
  const row = (n: number) => Array.from({ length: 6 }, (_, j) => ({ value: j < n ? "x" : null }));
  const cells = [row(1), row(3), row(6), row(6), row(1), row(2)];
  const blocks = [
    { firstRow: 0, lastRow: 1 },
    { firstRow: 2, lastRow: 3 },
    { firstRow: 4, lastRow: 5 },
  ];
  expect(wideEdges(cells, blocks, 6, 3)).toEqual([2, 4]);
  expect(wideEdges(cells, blocks, 6, 6)).toEqual([]);
});
