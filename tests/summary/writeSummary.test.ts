import { inspectSheets, writeSummary, CREATED_BY_KEY } from "../../src/excel/writeSummary";
import type { PlanCell, SummaryPlan } from "../../src/core/summary/plan";
import { uniqueSheetName, validSheetName } from "../../src/core/summary/sheetName";
import { createHost } from "../../src/host/excelHost";

const v = (value: string | number | null, numberFormat?: string): PlanCell => ({ value, ...(numberFormat ? { numberFormat } : {}) });
const f = (formula: string, value: number | string, numberFormat?: string): PlanCell => ({ value, formula, ...(numberFormat ? { numberFormat } : {}) });

/** A small plan over a source sheet, as planSummary would make it (hand-built so this test stands alone). */
function smallPlan(rows = 0): SummaryPlan {
  const cells: PlanCell[][] = [
    [v("楚雄州生产安全事故汇总"), v(null), v(null), v(null), v(null)],
    [v("指标"), v("本期"), v("去年同期"), v("增减"), v("增减幅度")],
    [v("事故起数"), f("='事故分县统计'!B5", 23), f("='事故分县统计'!C5", 20), f("=B3-C3", 3), f('=IF(C3=0,"—",(B3-C3)/C3)', 0.15, "0.0%")],
    [v("死亡人数"), f("='事故分县统计'!E5", 26), f("='事故分县统计'!F5", 21), f("=B4-C4", 5), f('=IF(C4=0,"—",(B4-C4)/C4)', 5 / 21, "0.0%")],
    [v("=not a formula"), v(null), v(null), v(null), v(null)],
  ];
  for (let i = 0; i < rows; i++) cells.push([v(`县${i}`), v(i), v(i + 1), f(`=B${cells.length + 1}-C${cells.length + 1}`, -1), v(null)]);
  return {
    sheetName: "汇总",
    rowCount: cells.length,
    columnCount: 5,
    cells,
    styles: [
      { row: 0, column: 0, rowCount: 1, columnCount: 5, style: "title" },
      { row: 1, column: 0, rowCount: 1, columnCount: 5, style: "header" },
    ],
    merges: ["A1:E1"],
    rowHeights: [{ row: 0, height: 28 }],
    columnWidths: [14, 10, 10, 10, 12],
    frozenRows: 2,
    print: { paperSize: "A4", orientation: "Portrait", fitToWidth: true, titleRows: "$1:$2" },
    charts: [
      {
        type: "ColumnClustered",
        source: "A2:C4",
        seriesBy: "Columns",
        title: "本期与去年同期",
        categoryAxisTitle: "指标",
        valueAxisTitle: "起、人",
        seriesNames: ["本期", "去年同期"],
        position: { start: "G2", end: "N16" },
      },
    ],
    sections: [],
    narrative: [],
    notes: [],
  };
}

function sourceHost() {
  const rows: unknown[][] = Array.from({ length: 6 }, () => new Array(7).fill(""));
  rows[4] = ["全州合计", 23, 20, 15, 26, 21, 23.8];
  return createHost({ 事故分县统计: rows, 我的汇总: [["用户自己的表"]] });
}

describe("writeSummary on the in-memory host", () => {
  it("writes cells whose formulas evaluate to the plan's own results, in 1 sync after the 2 of the inventory", async () => {
    const host = sourceHost();
    const before = host.sheetSnapshot("事故分县统计");
    const result = await host.run((context) => writeSummary(context, smallPlan(), { replacePrevious: false }));
    expect(result).toEqual({ sheetName: "汇总", replaced: undefined, syncs: 3 });
    expect(host.syncCount).toBe(3);
    const again = await host.run(async (context) => {
      const { inventory } = await inspectSheets(context);
      return writeSummary(context, smallPlan(), { replacePrevious: true, inventory });
    });
    expect(again).toEqual({ sheetName: "汇总", replaced: "汇总", syncs: 1 });
    const plan = smallPlan();
    plan.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        const got = host.findSheet("汇总")!.values[r][c];
        if (cell.formula && typeof cell.value === "number") expect(got).toBeCloseTo(cell.value, 10);
        else if (cell.value !== null) expect(got).toBe(cell.value);
      }),
    );
    expect(host.findSheet("汇总")!.formulas[2][4]).toBe('=IF(C3=0,"—",(B3-C3)/C3)');
    expect(host.sheetSnapshot("事故分县统计")).toEqual(before);
  });

  it("keeps a text that starts with = as text", async () => {
    const host = sourceHost();
    await host.run((context) => writeSummary(context, smallPlan(), { replacePrevious: false }));
    expect(host.valueAt("汇总", "A5")).toBe("=not a formula");
    expect(host.findSheet("汇总")!.formulas[4][0]).toBe("");
  });

  it("applies number formats, styles, merges, widths, frozen rows, print setup and the mark", async () => {
    const host = sourceHost();
    await host.run((context) => writeSummary(context, smallPlan(), { replacePrevious: false }));
    const sheet = host.findSheet("汇总")!;
    expect(sheet.numberFormats[2][4]).toBe("0.0%");
    expect(sheet.numberFormats[2][1]).toBe("General");
    expect(sheet.merges).toEqual([{ row: 0, column: 0, rowCount: 1, columnCount: 5 }]);
    expect(host.formatAt("汇总", "B2")).toMatchObject({ bold: true, fill: "#D9E1F2" });
    expect(host.formatAt("汇总", "A1")).toMatchObject({ bold: true, fontSize: 16 });
    // Written in points (Math.round(14 × 5.6) = 78), kept by the host in characters as a file holds them.
    expect(sheet.columnWidths[0]).toBeCloseTo(78 / 5.6, 9);
    expect(sheet.frozenRows).toBe(2);
    expect(sheet.rowHeights.get(0)).toBe(28);
    expect(sheet.pageLayout).toMatchObject({ orientation: "Portrait", paperSize: "A4", fitToWidth: true, printTitleRows: "$1:$2" });
    expect(sheet.customProperties.get(CREATED_BY_KEY)).toMatch(/^bureau-stats-summary:\d+$/);
    expect(host.state.activeSheet).toBe("汇总");
  });

  it("binds the charts to the summary's cells with titles, axis titles and series names", async () => {
    const host = sourceHost();
    await host.run((context) => writeSummary(context, smallPlan(), { replacePrevious: false }));
    expect(host.findSheet("汇总")!.charts).toEqual([
      expect.objectContaining({
        type: "ColumnClustered",
        source: "A2:C4",
        seriesBy: "Columns",
        title: "本期与去年同期",
        categoryAxisTitle: "指标",
        valueAxisTitle: "起、人",
        seriesNames: ["本期", "去年同期"],
        position: { start: "G2", end: "N16" },
      }),
    ]);
  });

  it("never touches a user's own sheet named 汇总: the new one becomes 汇总 (2), even when replacing", async () => {
    const host = createHost({ 汇总: [["用户的汇总"]], 事故分县统计: [["x"]] });
    const result = await host.run((context) => writeSummary(context, smallPlan(), { replacePrevious: true }));
    expect(result.sheetName).toBe("汇总 (2)");
    expect(result.replaced).toBeUndefined();
    expect(host.sheetSnapshot("汇总").values).toEqual([["用户的汇总"]]);
  });

  it("replaces only its own previous summary, keeping its name, in 3 syncs", async () => {
    const host = sourceHost();
    await host.run((context) => writeSummary(context, smallPlan(), { replacePrevious: true }));
    host.resetCounters();
    const second = await host.run((context) => writeSummary(context, smallPlan(), { replacePrevious: true }));
    expect(second).toEqual({ sheetName: "汇总", replaced: "汇总", syncs: 3 });
    expect(host.state.sheets.map((s) => s.name)).toEqual(["事故分县统计", "我的汇总", "汇总"]);
  });

  it("adds a new sheet each time when not replacing", async () => {
    const host = sourceHost();
    await host.run((context) => writeSummary(context, smallPlan(), { replacePrevious: false }));
    const second = await host.run((context) => writeSummary(context, smallPlan(), { replacePrevious: false }));
    expect(second.sheetName).toBe("汇总 (2)");
    expect(host.state.sheets.map((s) => s.name)).toEqual(["事故分县统计", "我的汇总", "汇总", "汇总 (2)"]);
  });

  it.each([1, 2, 3])("deletes the partial sheet and leaves every source sheet unchanged when sync %d fails", async (failing) => {
    const host = sourceHost();
    await host.run((context) => writeSummary(context, smallPlan(), { replacePrevious: false }));
    const before = host.state.sheets.map((s) => ({ name: s.name, ...host.sheetSnapshot(s.name) }));
    host.resetCounters();
    host.faults = { failSync: failing };
    await expect(host.run((context) => writeSummary(context, smallPlan(), { replacePrevious: true }))).rejects.toThrow(/写入汇总表失败|Injected failure/);
    host.faults = {};
    const after = host.state.sheets.map((s) => ({ name: s.name, ...host.sheetSnapshot(s.name) }));
    expect(after).toEqual(before);
  });

  it("writes a 2,000-row plan in chunks under the byte budget, syncs growing with chunks only", async () => {
    const host = sourceHost();
    const result = await host.run((context) => writeSummary(context, smallPlan(2000), { replacePrevious: false, budgetBytes: 64 * 1024 }));
    expect(result.syncs).toBeGreaterThan(2);
    expect(host.largestPayload().requestBytes).toBeLessThan(64 * 1024 * 1.2);
    expect(host.valueAt("汇总", "A2005")).toBe("县1999");
    expect(host.valueAt("汇总", "D2005")).toBe(-1);
  });
});

describe("sheet names", () => {
  it("replaces the characters Excel forbids and keeps 31 characters", () => {
    expect(validSheetName("汇总:2024/1-6")).toBe("汇总_2024_1-6");
    expect(validSheetName("'x'")).toBe("x");
    expect([...validSheetName("长".repeat(40))].length).toBe(31);
  });

  it("counts up past names already taken, without regard to case", () => {
    expect(uniqueSheetName("汇总", ["汇总", "汇总 (2)"])).toBe("汇总 (3)");
    expect(uniqueSheetName("Summary", ["summary"])).toBe("Summary (2)");
    expect([...uniqueSheetName("长".repeat(31), ["长".repeat(31)])].length).toBe(31);
  });
});
