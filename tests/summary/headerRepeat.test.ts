/**
 * A long table's header rows on every printed page it runs onto (issue 23, "Repeat the header rows
 * on every page"). Excel keeps one range of print titles per sheet (the summary's title row); the
 * summary copies a table's header rows above each page the table runs onto, with a page break above
 * the copy. Checked on hand-built workbooks of 90 counties (invented figures): a 事故 table with a
 * two-row header (merged 事故起数/死亡人数 over 本期/去年同期) and a 灾情 table whose loss is charted.
 * tests/libreoffice/printedPages.test.ts looks at the same pages in LibreOffice's PDF.
 */
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookFacts } from "../../src/core/facts";
import { parseCellAddress } from "../../src/core/model/address";
import { moveLocalRows } from "../../src/core/model/formulaReferences";
import { sectionTable } from "../../src/core/report/sectionTables";
import { planSummary } from "../../src/core/summary/planSummary";
import type { SummaryPlan } from "../../src/core/summary/plan";
import { printableArea, printScale } from "../../src/core/summary/printLayout";
import { sheetOf } from "../reader/layouts";
import { longTablesWorkbook, NINETY_COUNTIES } from "./longTables";

function plan(language: "zh" | "en"): SummaryPlan {
  return planSummary(workbookFacts(readWorkbook(longTablesWorkbook(), { reportDate: "2024-06-30" })), { language, generatedAt: "2024年7月5日 09:00" });
}

const section = (p: SummaryPlan, id: string) => p.sections.find((s) => s.id === id)!;
const texts = (p: SummaryPlan, row: number, width: number) => p.cells[row].slice(0, width).map((c) => c.value);
/** Each copy as its first row and its row count (consecutive copy rows). */
function copies(p: SummaryPlan): [number, number][] {
  const out: [number, number][] = [];
  for (const r of p.print.headerCopies ?? []) {
    const last = out[out.length - 1];
    if (last && last[0] + last[1] === r) last[1]++;
    else out.push([r, 1]);
  }
  return out;
}

describe.each(["zh", "en"] as const)("a table of 90 counties (%s)", (language) => {
  const p = plan(language);
  const byRegion = section(p, "byRegion");
  const disasters = section(p, "disasters");
  const headerOf = (s: { firstRow: number }) => {
    const areas = p.styles.filter((a) => a.style === "header" && a.column === 0 && a.row > s.firstRow);
    const first = Math.min(...areas.map((a) => a.row));
    return [first, Math.max(...areas.filter((a) => a.row < first + 3).map((a) => a.row + a.rowCount - 1))];
  };

  test("repeats its header rows at the top of each page it runs onto, with a page break above each copy", () => {
    const inRegion = copies(p).filter(([r]) => r > byRegion.firstRow && r < byRegion.lastRow);
    const inDisasters = copies(p).filter(([r]) => r > disasters.firstRow && r < disasters.lastRow);
    expect(inRegion.length).toBeGreaterThanOrEqual(1);
    expect(inDisasters.length).toBeGreaterThanOrEqual(1);
    for (const [s, copied] of [
      [byRegion, inRegion],
      [disasters, inDisasters],
    ] as const) {
      const [top, bottom] = headerOf(s);
      for (const [row, count] of copied) {
        expect(count).toBe(bottom - top + 1);
        for (let i = 0; i < count; i++) expect(texts(p, row + i, 5)).toEqual(texts(p, top + i, 5));
        expect(p.print.rowBreaks).toContain(row);
        expect(NINETY_COUNTIES).toContain(p.cells[row + count][0].value);
      }
    }
    // The two-row header keeps its merged 事故起数 / 死亡人数 over their columns on the copy.
    const [row] = inRegion[0];
    expect(p.merges).toContain(`B${row + 1}:D${row + 1}`);
  });

  test("lists every county once, each moved row's formulas pointing at its own row", () => {
    const listed: unknown[] = [];
    const copyRows = new Set(p.print.headerCopies);
    for (let r = byRegion.firstRow; r <= byRegion.lastRow; r++) {
      if (copyRows.has(r) || !NINETY_COUNTIES.includes(String(p.cells[r][0].value))) continue;
      listed.push(p.cells[r][0].value);
      // 增减幅度 of 事故起数: (本期 − 去年同期) / 去年同期 of this row.
      expect(p.cells[r][3].formula).toBe(`=IFERROR(IF(C${r + 1}=0,"—",(B${r + 1}-C${r + 1})/C${r + 1}),"—")`);
    }
    expect(listed).toEqual(NINETY_COUNTIES);
  });

  test("no page holds more than its printable height by the plan's row heights", () => {
    const height = (r: number) => p.rowHeights.find((h) => h.row === r)?.height ?? 15;
    const tableColumns = parseCellAddress(p.print.area!.split(":")[1])!.column + 1;
    const capacity =
      printableArea(p.print.orientation, p.print.margins).height / printScale(p.columnWidths, tableColumns, p.print.orientation, p.print.margins);
    const last = parseCellAddress(p.print.area!.split(":")[1])!.row;
    const starts = [1, ...(p.print.rowBreaks ?? []), last + 1];
    for (let i = 0; i + 1 < starts.length; i++) {
      let used = height(0);
      for (let r = starts[i]; r < starts[i + 1]; r++) used += height(r);
      // A band of charts is placed whole; the tables' pages are what is checked here.
      if (starts[i] < p.charts.map((c) => parseCellAddress(c.position.start)!.row).reduce((a, b) => Math.min(a, b), Infinity))
        expect([starts[i], used <= capacity]).toEqual([starts[i], true]);
    }
  });

  test("the charted loss by region draws from a data block without the copied header", () => {
    const chart = p.charts.find((c) => c.type === "ColumnClustered" && c.title.includes(language === "zh" ? "直接经济损失" : "loss"))!;
    const [a, b] = chart.source.split(":").map((x) => parseCellAddress(x)!);
    const categories = [];
    for (let r = a.row + 1; r <= b.row; r++) categories.push(p.cells[r][a.column].value);
    expect(categories).toEqual(NINETY_COUNTIES);
    expect(a.column).toBeGreaterThan(parseCellAddress(p.print.area!.split(":")[1])!.column);
  });

  test("the report's table of the section has one header and every county once", () => {
    const table = sectionTable(p, byRegion, [], language)!;
    expect(table.header.length).toBe(2);
    const names = table.body.map((row) => row[0].text).filter((t) => NINETY_COUNTIES.includes(t));
    expect(names).toEqual(NINETY_COUNTIES);
  });
});

test("a table that fits a page gets no copy of its header", () => {
  const rows: unknown[][] = [["2024年1—6月各县（市、区）生产安全事故情况"], ["地区", "事故起数（起）", "去年同期"]];
  NINETY_COUNTIES.slice(0, 10).forEach((n, i) => rows.push([n, i + 3, i + 1]));
  const p = planSummary(workbookFacts(readWorkbook({ sheets: [sheetOf("分县", rows, ["A1:C1"])] }, { reportDate: "2024-06-30" })));
  expect(p.print.headerCopies).toBeUndefined();
});

describe("moving a formula's references below inserted rows (as Excel does on inserting cells)", () => {
  const shiftLocalRows = (formula: string, at: number, by: number, columns: number) => moveLocalRows(formula, columns, (r) => (r >= at ? r + by : r));
  test("moves the sheet's own references at or below the row, in the given columns, ranges at each end", () => {
    expect(shiftLocalRows("=SUM(B5:B60)", 39, 2, 10)).toBe("=SUM(B5:B62)");
    expect(shiftLocalRows('=IFERROR(IF(C41=0,"—",(B41-C41)/C41),"—")', 39, 2, 10)).toBe('=IFERROR(IF(C43=0,"—",(B43-C43)/C43),"—")');
    expect(shiftLocalRows("=$A$40+A39", 39, 1, 10)).toBe("=$A$41+A39");
  });
  test("leaves other sheets, string literals, columns outside and function names alone", () => {
    expect(shiftLocalRows("='事故分县统计'!B50+分县!C50", 39, 2, 10)).toBe("='事故分县统计'!B50+分县!C50");
    expect(shiftLocalRows('=IF(B50>0,"B50","")', 39, 2, 10)).toBe('=IF(B52>0,"B50","")');
    expect(shiftLocalRows("=L50+LOG10(B50)", 39, 2, 10)).toBe("=L50+LOG10(B52)");
  });
});
