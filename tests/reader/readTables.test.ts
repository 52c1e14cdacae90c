import { readTables } from "../../src/core/reader/readTables";
import type { TableModel } from "../../src/core/reader/model";
import { layoutA, layoutC, layoutD, sheetOf } from "./layouts";

// Layouts and figures from docs/layouts.md; the Chuxiong totals (23/26/11, 12322.34 万元, 301265 人) from §1.1–§1.2.
const col = (t: TableModel, column: number) => t.columns.find((c) => c.column === column)!;
const cell = (t: TableModel, row: number, column: number) => t.values[t.rows.findIndex((r) => r.row === row)][t.columns.findIndex((c) => c.column === column)];

describe("readTables on layout A (事故分县统计)", () => {
  const read = readTables(layoutA());
  const t = read.tables[0];

  it("finds one table below the title and the unit row, with a readable id", () => {
    expect(read.tables).toHaveLength(1);
    expect(t.id).toBe("事故分县统计!A3:J15");
    expect(t.headerRows).toEqual([2, 3]);
    expect(t.title).toBe("楚雄州2024年1—6月生产安全事故分县(市)统计表");
    expect(t.keyKind).toBe("region");
    expect(t.keyColumn).toBe(0);
  });

  it("gives each leaf column its indicator, period role and unit from the unit row", () => {
    expect(col(t, 1)).toMatchObject({
      headerPath: ["事故起数", "本期"],
      indicator: "accident_count",
      role: "current",
      unit: "起",
      periodLabel: "本期",
      confidence: 1,
    });
    expect(col(t, 2)).toMatchObject({ indicator: "accident_count", role: "previous", periodLabel: "去年同期" });
    expect(col(t, 3)).toMatchObject({ indicator: "accident_count", role: "change_pct", unit: "%" });
    expect(col(t, 5)).toMatchObject({ indicator: "deaths", role: "previous", unit: "人" });
    expect(col(t, 9)).toMatchObject({ indicator: "injured", role: "change_pct" });
    expect(t.periods).toEqual({ current: "本期", previous: "去年同期" });
  });

  it("reads the 全州合计 row as the total and the counties as regions", () => {
    expect(t.rows[0]).toMatchObject({ row: 4, label: "全州合计", role: "total" });
    expect(t.rows.filter((r) => r.role === "data").map((r) => r.region)).toEqual([
      "楚雄市",
      "禄丰市",
      "双柏县",
      "牟定县",
      "南华县",
      "姚安县",
      "大姚县",
      "永仁县",
      "元谋县",
      "武定县",
    ]);
    expect(cell(t, 4, 1)?.value).toBe(23);
    expect(cell(t, 4, 6)?.value).toBe(23.8);
  });

  it("keeps a — in a percent column as missing with its marker", () => {
    expect(cell(t, 10, 3)).toEqual({ value: null, raw: "—", missingMarker: "—" });
  });

  it("skips the title, unit and note rows and says why", () => {
    const skipped = read.anomalies.filter((a) => a.kind === "skipped-row").map((a) => a.cell);
    expect(skipped).toEqual(["A1", "A2", "A16"]);
  });
});

describe("readTables on layout C (灾情汇总, the messy one)", () => {
  const read = readTables(layoutC());
  const t = read.tables[0];
  const byCell = (address: string) => read.anomalies.filter((a) => a.cell === address).map((a) => a.kind);

  it("finds the three-row header under the title and the 填报 row", () => {
    expect(read.tables).toHaveLength(1);
    expect(t.id).toBe("灾情汇总!A3:P19");
    expect(t.headerRows).toEqual([2, 4]);
    // The period is in the title only; periods holds what period columns say.
    expect(t.periods).toEqual({});
  });

  it("expands the merged headers into one path per leaf column", () => {
    expect(col(t, 11).headerPath).toEqual(["直接经济损失（万元）", "其中：", "农林牧渔业"]);
    expect(col(t, 9)).toMatchObject({ headerPath: ["直接经济损失（万元）", "合计"], indicator: "dz_direct_loss", unit: "万元" });
    expect(col(t, 4)).toMatchObject({ headerPath: ["受灾情况", "受灾人口（人）"], indicator: "affected_pop", unit: "人" });
    expect(col(t, 6)).toMatchObject({ indicator: "crop_affected_ha", unit: "公顷" });
    expect(col(t, 0).role).toBe("key");
    expect(col(t, 1).role).toBe("category");
  });

  it("resolves 工贸商贸业 and 公务服务 to loss_industry and loss_public and warns", () => {
    expect(col(t, 12)).toMatchObject({ indicator: "loss_industry", resolvedTypo: true, matchedAlias: "工贸商贸业" });
    expect(col(t, 14)).toMatchObject({ indicator: "loss_public", resolvedTypo: true, matchedAlias: "公务服务" });
    expect(byCell("M5")).toContain("resolved-typo");
    expect(byCell("O5")).toContain("resolved-typo");
  });

  it("classifies 全州合计 as total, 其中：旱灾 as a part of it, and skips the code row", () => {
    expect(t.rows[0]).toMatchObject({ row: 6, role: "total" });
    expect(t.rows[1]).toMatchObject({ row: 7, label: "其中：旱灾", role: "of_which", partOf: 6 });
    expect(byCell("A6")).toEqual(["skipped-row"]);
  });

  it("forward-fills 姚安县 over its two disaster-type rows", () => {
    const yaoan = t.rows.filter((r) => r.region === "姚安县");
    expect(yaoan.map((r) => [r.row, r.category])).toEqual([
      [12, "旱灾"],
      [13, "风雹"],
    ]);
    expect(byCell("A14")).toEqual(["forward-filled"]);
  });

  it("fills a blank county cell from the row above when only the disaster type changes (a lost merge)", () => {
    const s = sheetOf("无合并", [
      ["县（市）", "灾种", "直接经济损失（万元）"],
      ["姚安县", "旱灾", 1430.55],
      ["", "风雹", 155.79],
    ]);
    const read = readTables(s);
    expect(read.tables[0].rows.map((r) => [r.label, r.category, r.region])).toEqual([
      ["姚安县", "旱灾", "姚安县"],
      ["姚安县", "风雹", "姚安县"],
    ]);
    expect(read.anomalies.filter((a) => a.kind === "forward-filled").map((a) => a.cell)).toEqual(["A3"]);
  });

  it("reads text numbers, full-width digits, units and 万 in cells, and records each with its address", () => {
    expect(cell(t, 8, 4)?.value).toBe(24101);
    expect(byCell("E9")).toEqual(["thousands-separator"]);
    expect(cell(t, 9, 9)?.value).toBe(732.16);
    expect(byCell("J10")).toEqual(["full-width"]);
    expect(cell(t, 14, 12)?.value).toBe(60);
    expect(byCell("M15")).toEqual(["unit-in-cell"]);
    expect(cell(t, 17, 4)?.value).toBe(30126);
    expect(byCell("E18")).toEqual(["wan-multiplier"]);
    expect(cell(t, 16, 14)?.value).toBe(5.93);
    expect(byCell("O17")).toEqual(["whitespace"]);
  });

  it("keeps —, / and 无 as missing with their markers", () => {
    expect(cell(t, 8, 5)?.missingMarker).toBe("—");
    expect(cell(t, 9, 5)?.missingMarker).toBe("/");
    expect(cell(t, 11, 14)?.missingMarker).toBe("无");
  });

  it("skips the title, 填报, note and signature rows", () => {
    expect(read.anomalies.filter((a) => a.kind === "skipped-row").map((a) => a.cell)).toEqual(["A6", "A1", "A2", "A21", "A22"]);
  });
});

describe("readTables on layout D (Chizhou, paired value and ±% columns)", () => {
  const t = readTables(layoutD()).tables[0];

  it("joins header text broken over lines and pairs each value with its ±% column", () => {
    expect(col(t, 3)).toMatchObject({ headerPath: ["事故起数", "商贸制造"], indicator: "accident_count", role: "value" });
    expect(col(t, 4)).toMatchObject({ indicator: "accident_count", role: "change_pct" });
    expect(col(t, 15)).toMatchObject({ headerPath: ["死亡人数", "交通运输"], indicator: "deaths" });
  });

  it("names the industry of each value column and of the ±% column paired with it", () => {
    expect(t.columns.slice(1, 9).map((c) => c.industry)).toEqual(["采矿", "采矿", "商贸制造", "商贸制造", "建筑", "建筑", "交通运输", "交通运输"]);
    expect(col(t, 0).industry).toBeUndefined();
  });

  it("reads the 合计 row first, special zones as regions, and negative percents", () => {
    expect(t.rows.map((r) => r.role)).toEqual(["total", "data", "data"]);
    expect(t.rows[2].region).toBe("九华山风景区");
    expect(cell(t, 2, 4)?.value).toBe(-16.66);
  });
});

describe("readTables on the variants layout A must also accept", () => {
  it("takes the later of two dated headers as current, whichever comes first, and reads 增减(+/-)", () => {
    const s = sheetOf(
      "变体",
      [
        ["县（市）", "事故起数", "", "", ""],
        ["", "2023年1-6月", "2024年1—6月", "增减(+/-)", "±%"],
        ["楚雄市", 4, 5, 1, 25],
        ["武定县", 2, 2, 0, 0],
        ["合计", 6, 7, 1, 16.7],
      ],
      ["A1:A2", "B1:E1"],
    );
    const t = readTables(s).tables[0];
    expect(t.columns.map((c) => c.role)).toEqual(["key", "previous", "current", "change_abs", "change_pct"]);
    expect(t.periods).toEqual({ current: "2024年1—6月", previous: "2023年1-6月" });
    expect(t.rows[2].role).toBe("total");
  });

  it("applies a 单位：元 row to the money columns only", () => {
    const s = sheetOf("单位行", [["单位：元"], ["县（市）", "受灾人口", "直接经济损失"], ["楚雄市", 24101, 9860900]]);
    const t = readTables(s).tables[0];
    expect(col(t, 1).unit).toBeUndefined();
    expect(col(t, 2)).toMatchObject({ unit: "元", unitFactor: 0.0001 });
    expect(t.values[0].map((v) => v?.value ?? null)).toEqual([null, 24101, 986.09]);
  });

  it("converts a 元 column to 万元 and a 亩 column to 公顷", () => {
    const s = sheetOf("单位", [
      ["县（市）", "直接经济损失（元）", "农作物受灾面积（亩）"],
      ["楚雄市", 9860900, 150],
    ]);
    const t = readTables(s).tables[0];
    expect(col(t, 1)).toMatchObject({ unit: "元", unitFactor: 0.0001 });
    expect(cell(t, 1, 1)?.value).toBe(986.09);
    expect(cell(t, 1, 2)?.value).toBe(10);
  });

  it("reads the hazard sheet: 其中 columns, the rate in percent whether typed as 92 or 92%", () => {
    const s = sheetOf("隐患排查治理", [
      ["县（市）", "检查企业（家次）", "排查隐患（条）", "其中：重大隐患（条）", "已整改（条）", "其中：重大隐患已整改", "整改率（%）", "整改资金（万元）"],
      ["合计", 169, 411, 3, 378, 3, "92%", 86.5],
      ["楚雄市", 20, 50, 1, 45, 1, 90, 10],
    ]);
    const t = readTables(s).tables[0];
    expect(t.columns.map((c) => c.indicator ?? c.role)).toEqual([
      "key",
      "units_checked",
      "hazards_found",
      "major_found",
      "rectified",
      "major_rectified",
      "rect_rate",
      "rect_funds",
    ]);
    expect(col(t, 6).role).toBe("rate");
    expect(cell(t, 1, 6)?.value).toBe(92);
    expect(cell(t, 2, 6)?.value).toBe(90);
  });

  it("brings a rate column of fractions (0.92 shown as 92%) to percent units and says so", () => {
    const byFormat = {
      ...sheetOf("格式", [
        ["县（市）", "排查隐患（条）", "已整改（条）", "整改率（%）"],
        ["合计", 411, 378, 0.92],
        ["楚雄市", 50, 50, 1],
      ]),
      numberFormats: [
        ["General", "General", "General", "General"],
        ["General", "0", "0", "0%"],
        ["General", "0", "0", "0%"],
      ],
    };
    const t = readTables(byFormat).tables[0];
    expect(t.columns[3]).toMatchObject({ role: "rate", percentAsFraction: true });
    expect(t.values.map((r) => r[3]?.value)).toEqual([92, 100]);
    const literal = {
      ...sheetOf(
        "字面",
        [
          ["县（市）", "事故起数"],
          ["", "同比增减幅度(%)"],
          ["合计", 15],
        ],
        ["A1:A2"],
      ),
      numberFormats: [
        ["General", "General"],
        ["General", "General"],
        ["General", '0.0"%"'],
      ],
    };
    expect(readTables(literal).tables[0].values[0][1]?.value).toBe(15);
    const byRange = readTables(
      sheetOf("小数", [
        ["县（市）", "整改率"],
        ["合计", 0.92],
        ["楚雄市", 1],
      ]),
    ).tables[0];
    expect(byRange.values.map((r) => r[1]?.value)).toEqual([92, 100]);
    const percents = readTables(
      sheetOf("百分", [
        ["县（市）", "整改率（%）"],
        ["合计", 92],
        ["楚雄市", 100],
      ]),
    ).tables[0];
    expect(percents.columns[1].percentAsFraction).toBeUndefined();
    expect(percents.values.map((r) => r[1]?.value)).toEqual([92, 100]);
  });

  it("keeps a 其中: industry row out of the sum as a part of the row above (分行业)", () => {
    const s = sheetOf("分行业", [
      ["行业", "事故起数"],
      ["交通运输业", 12],
      ["其中:道路运输业", 11],
      ["建筑业", 5],
      ["合计", 17],
    ]);
    const t = readTables(s).tables[0];
    expect(t.keyKind).toBe("industry");
    expect(t.rows.map((r) => [r.role, r.partOf])).toEqual([
      ["data", undefined],
      ["of_which", 1],
      ["data", undefined],
      ["total", undefined],
    ]);
  });
});

describe("readTables on a table keyed by indicator", () => {
  it("reads 指标 | 本期 | 去年同期 rows as indicators and converts a 元 row to 万元", () => {
    const s = sheetOf("指标表", [
      ["指标", "2024年1—6月", "2023年1—6月"],
      ["事故起数（起）", 23, 20],
      ["死亡人数（人）", 26, 21],
      ["直接经济损失（元）", 1250000, 800000],
    ]);
    const t = readTables(s).tables[0];
    expect(t.keyKind).toBe("indicator");
    expect(t.rows.map((r) => r.indicator)).toEqual(["accident_count", "deaths", "direct_loss"]);
    expect(t.columns.map((c) => c.role)).toEqual(["key", "current", "previous"]);
    expect(t.values[2].map((v) => v?.value ?? null)).toEqual([null, 125, 80]);
  });
});

describe("readTables on malformed sheets", () => {
  it("distrusts header rows that name different indicators for one column", () => {
    const read = readTables(
      sheetOf(
        "冲突",
        [
          ["县（市）", "事故起数", "", "死亡人数", ""],
          ["", "死亡人数", "死亡人数", "事故起数", "事故起数"],
          ["楚雄市", 5, 4, 6, 4],
        ],
        ["A1:A2", "B1:C1", "D1:E1"],
      ),
    );
    expect(read.tables).toEqual([]);
    expect(read.diagnostics).toEqual([expect.objectContaining({ severity: "warning", address: "A1:E2" })]);
  });

  it("warns when two columns carry the same header", () => {
    const read = readTables(
      sheetOf("重复", [
        ["县（市）", "事故起数", "死亡人数", "死亡人数"],
        ["楚雄市", 5, 6, 4],
      ]),
    );
    expect(read.diagnostics).toContainEqual(expect.objectContaining({ severity: "warning", address: "C1:D1" }));
  });

  it("does not warn when the count on their left tells two same headers apart (corpus 36: 一般隐患 | 已整改 | 重大隐患 | 已整改)", () => {
    // The 四川 release's table: the second 已整改 is 重大隐患已整改 (followerColumns.ts), so nothing is left undecided.
    const read = readTables(
      sheetOf("隐患", [
        ["类别", "一般隐患（项）", "已整改（项）", "重大隐患（项）", "已整改（项）"],
        ["全省合计", 141911, 137354, 182, 72],
      ]),
    );
    expect(read.tables[0].columns.map((c) => c.indicator)).toEqual([undefined, "general_found", "rectified", "major_found", "major_rectified"]);
    expect(read.diagnostics.filter((d) => d.message.zh.includes("表头相同"))).toEqual([]);
  });

  it("infers a blank leaf under a merged header from its sibling blocks, and warns", () => {
    const read = readTables(
      sheetOf(
        "空叶",
        [
          ["县（市）", "事故起数", "", "死亡人数", ""],
          ["", "本期", "", "本期", "去年同期"],
          ["楚雄市", 5, 4, 6, 4],
        ],
        ["A1:A2", "B1:C1", "D1:E1"],
      ),
    );
    const t = read.tables[0];
    expect(t.columns[2]).toMatchObject({ indicator: "accident_count", role: "previous", confidence: 0.5 });
    expect(read.diagnostics).toContainEqual(expect.objectContaining({ severity: "warning", address: "C2" }));
  });

  it("says an empty sheet is empty, without an error", () => {
    const read = readTables(sheetOf("空表", [[]]));
    expect(read.tables).toEqual([]);
    expect(read.diagnostics).toEqual([
      expect.objectContaining({ severity: "info", message: expect.objectContaining({ en: expect.stringContaining("empty") }) }),
    ]);
  });

  it("explains what it expected when a sheet holds only a title", () => {
    const read = readTables(sheetOf("只有标题", [["楚雄州2024年上半年安全生产情况"]], ["A1:H1"]));
    expect(read.tables).toEqual([]);
    const d = read.diagnostics[0];
    expect(d.severity).toBe("warning");
    expect(d.message.zh).toMatch(/^未找到表头：应包含指标名称（如 事故起数、死亡人数/);
    expect(d.message.en).toMatch(/^No header row found: expected indicator names such as 事故起数/);
    expect(d.message.zh).toContain("楚雄州2024年上半年安全生产情况");
  });

  it("reads two tables side by side, separated by an empty column, as two models", () => {
    const s = sheetOf("两表", [
      ["县（市）", "事故起数", "死亡人数", "", "县（市）", "排查隐患（条）", "已整改（条）"],
      ["楚雄市", 5, 6, "", "楚雄市", 50, 45],
      ["双柏县", 1, 1, "", "双柏县", 30, 30],
    ]);
    const read = readTables(s);
    expect(read.tables.map((t) => t.id)).toEqual(["两表!A1:C3", "两表!E1:G3"]);
    expect(read.tables[1].columns.map((c) => c.indicator ?? c.role)).toEqual(["key", "hazards_found", "rectified"]);
  });

  it("reads two tables stacked one below the other", () => {
    const s = sheetOf("上下", [
      ["县（市）", "事故起数", "死亡人数"],
      ["楚雄市", 5, 6],
      ["合计", 5, 6],
      [],
      ["县（市）", "受灾人口（人）", "直接经济损失（万元）"],
      ["楚雄市", 24101, 986.09],
    ]);
    const read = readTables(s);
    expect(read.tables.map((t) => t.id)).toEqual(["上下!A1:C3", "上下!A5:C6"]);
    expect(read.tables[1].columns[2].indicator).toBe("dz_direct_loss");
  });

  it("reads error cells as missing and says where they are", () => {
    const read = readTables(
      sheetOf("错误", [
        ["县（市）", "事故起数", "死亡人数"],
        ["楚雄市", "#N/A", 6],
        ["双柏县", 1, "#REF!"],
      ]),
    );
    expect(read.tables[0].values[0][1]).toEqual({ value: null, raw: "#N/A" });
    expect(read.anomalies.filter((a) => a.kind === "error-cell").map((a) => a.cell)).toEqual(["B2", "C3"]);
  });

  it("leaves hidden rows (superseded figures) out and flags them", () => {
    const read = readTables(
      sheetOf(
        "隐藏",
        [
          ["县（市）", "事故起数"],
          ["楚雄市", 5],
          ["双柏县", 1],
        ],
        [],
        [2],
      ),
    );
    expect(read.tables[0].rows.map((r) => r.label)).toEqual(["楚雄市"]);
    expect(read.anomalies.filter((a) => a.kind === "hidden-row").map((a) => a.cell)).toEqual(["A3"]);
  });

  it("reads every value typed as text, each flagged", () => {
    const read = readTables(
      sheetOf("文本", [
        ["县（市）", "事故起数", "死亡人数"],
        ["楚雄市", "5", "'6"],
        ["双柏县", "1", "1"],
      ]),
    );
    expect(read.tables[0].values.map((r) => r.map((v) => v?.value ?? null))).toEqual([
      [null, 5, 6],
      [null, 1, 1],
    ]);
    expect(read.anomalies.filter((a) => a.kind === "text-number" || a.kind === "apostrophe")).toHaveLength(4);
  });

  it("notes a table with no previous-period column", () => {
    const read = readTables(
      sheetOf("无同期", [
        ["县（市）", "事故起数"],
        ["楚雄市", 5],
      ]),
    );
    expect(read.diagnostics).toEqual([expect.objectContaining({ severity: "info", address: "A1:B2" })]);
  });

  it("leaves rows claimed by a ledger alone", () => {
    const s = sheetOf("混合", [
      ["县（市）", "事故起数"],
      ["楚雄市", 5],
      ["双柏县", 1],
    ]);
    expect(readTables(s, { claimedRows: new Set([0, 1, 2]) }).tables).toEqual([]);
  });
});
