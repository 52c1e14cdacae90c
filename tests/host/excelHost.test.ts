import { createHost, createHostFromXlsx, HostError } from "../../src/host/excelHost";
import fs from "fs";

describe("the in-memory Excel host behaves like Office.js where the add-in relies on it", () => {
  it("refuses to give a property that was not loaded, as Office does", async () => {
    const host = createHost({ 表: [["a", 1]] });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("表").getRange("A1:B1");
      expect(() => range.values).toThrow(/PropertyNotLoaded|not available/);
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([["a", 1]]);
    });
  });

  it("keeps queued writes invisible until sync", async () => {
    const host = createHost({ 表: [[1]] });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("表").getRange("A1").values = [[2]];
      expect(host.valueAt("表", "A1")).toBe(1);
      await context.sync();
      expect(host.valueAt("表", "A1")).toBe(2);
    });
  });

  it("gives null objects for missing sheets and empty used ranges", async () => {
    const host = createHost({ 表: [[1]], 空: [] });
    await host.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("没有");
      missing.load("name");
      const empty = context.workbook.worksheets.getItem("空").getUsedRangeOrNullObject(true);
      empty.load("address");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(empty.isNullObject).toBe(true);
    });
  });

  it("evaluates formulas written into it with HyperFormula, across sheets with quoted names", async () => {
    const host = createHost({
      事故分县统计: [
        ["县", "本期", "去年同期"],
        ["楚雄市", 5, 4],
      ],
    });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.add("汇总");
      sheet.getRange("A1:C1").formulas = [["='事故分县统计'!B2", "='事故分县统计'!C2", '=IF(B1=0,"—",(A1-B1)/B1)']];
      await context.sync();
    });
    expect(host.valueAt("汇总", "A1")).toBe(5);
    expect(host.valueAt("汇总", "C1")).toBeCloseTo(0.25, 12);
  });

  it("rejects a second sheet of the same name and a name Excel forbids", async () => {
    const host = createHost({ 汇总: [[1]] });
    await expect(host.run(async (context) => void context.workbook.worksheets.add("汇总"))).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await expect(host.run(async (context) => void context.workbook.worksheets.add("a/b"))).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("records merges, formats, custom properties and charts", async () => {
    const host = createHost({ 表: [["x"]] });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.add("汇总");
      const title = sheet.getRange("A1:E1");
      title.values = [["标题", "", "", "", ""]];
      title.merge();
      title.format.font.bold = true;
      title.format.fill.color = "#FCE4D6";
      sheet.customProperties.add("bureauStats.createdBy", "bureau-stats");
      sheet.getRange("A3:C5").values = [
        ["指标", "本期", "去年同期"],
        ["事故起数", 23, 20],
        ["死亡人数", 26, 21],
      ];
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A3:C5"), "Columns");
      chart.title.text = "事故情况";
      chart.axes.valueAxis.title.text = "起、人";
      await context.sync();
    });
    const sheet = host.findSheet("汇总")!;
    expect(sheet.merges).toEqual([{ row: 0, column: 0, rowCount: 1, columnCount: 5 }]);
    expect(host.formatAt("汇总", "C1")).toMatchObject({ bold: true, fill: "#FCE4D6" });
    expect(sheet.customProperties.get("bureauStats.createdBy")).toBe("bureau-stats");
    expect(sheet.charts).toEqual([expect.objectContaining({ type: "ColumnClustered", source: "A3:C5", title: "事故情况", valueAxisTitle: "起、人" })]);
  });

  it("counts syncs and measures the bytes of requests and responses", async () => {
    const host = createHost({ 表: [["楚雄市", 5]] });
    await host.run(async (context) => {
      const r = context.workbook.worksheets.getItem("表").getRange("A1:B1");
      r.load("values");
      await context.sync();
      context.workbook.worksheets.getItem("表").getRange("C1").values = [["新"]];
      await context.sync();
    });
    expect(host.syncCount).toBe(2);
    expect(host.syncs[0].responseBytes).toBeGreaterThan(10);
    expect(host.syncs[1].requestBytes).toBeGreaterThan(5);
  });

  it("fails a request over 5 MB like Excel on the web", async () => {
    const host = createHost({ 表: [[1]] });
    const big = Array.from({ length: 60000 }, () => ["楚雄州应急管理局安全生产统计数据", 1234567.89, "其中：农林牧渔业损失"]);
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("表").getRange(`A1:C${big.length}`).values = big;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(host.valueAt("表", "A2")).toBe("");
  });

  it("injects a failing sync and null values on request", async () => {
    const host = createHost({ 表: [[1]] });
    host.faults = { failSync: 1 };
    await expect(host.run(async (context) => context.sync())).rejects.toBeInstanceOf(HostError);
    host.faults = { nullValuesAtSync: 2 };
    await host.run(async (context) => {
      const r = context.workbook.worksheets.getItem("表").getRange("A1");
      r.load("values");
      await context.sync();
      expect(r.values).toBeNull();
    });
  });

  it("loads a real .xlsx file with its merges and formula results", async () => {
    const host = await createHostFromXlsx(fs.readFileSync("assets/samples/bureau-2024H1.xlsx"));
    expect(host.state.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["事故分县统计", "灾情汇总", "隐患排查治理"]));
    expect(host.findSheet("灾情汇总")!.merges.length).toBeGreaterThan(5);
  });
});
