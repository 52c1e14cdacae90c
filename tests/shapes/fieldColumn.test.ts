/**
 * A table keyed by indicator with a field column before its 指标 column (领域 | 指标 | 单位 | 2025年一季度 |
 * 同比(%)), the shape of 应急管理部's 2025年一季度 release (tests/corpus 43; figures from the release:
 * 3415起, 3208人, 重大 1起/16人, 较大 68起/267人; 受灾 120.4万人次, 死亡失踪 160人, 直接经济损失 101.6亿元).
 * The 指标 column names the rows; the field column is their category and decides the words both
 * fields use. It used to key the table as "industry" and nothing was read.
 */
import { workbookFacts, type Fact } from "../../src/core/facts";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { planSummary } from "../../src/core/summary/planSummary";
import { sheetOf } from "../reader/layouts";

const RELEASE = [
  ["2025年一季度全国安全生产和自然灾害情况"],
  ["领域", "指标", "单位", "2025年一季度", "同比(%)"],
  ["安全生产", "生产安全事故起数", "起", 3415, -29.5],
  ["安全生产", "死亡人数", "人", 3208, -24.4],
  ["安全生产", "重大事故起数", "起", 1, -75],
  ["安全生产", "重大事故死亡人数", "人", 16, -80.5],
  ["安全生产", "较大事故起数", "起", 68, -1.4],
  ["安全生产", "较大事故死亡人数", "人", 267, -5.7],
  ["自然灾害", "受灾人次", "万人次", 120.4, null],
  ["自然灾害", "死亡失踪人数", "人", 160, null],
  ["自然灾害", "直接经济损失", "亿元", 101.6, null],
];

function factsOf(rows: (string | number | null)[][], merges: string[] = []): Fact[] {
  return workbookFacts(readWorkbook({ sheets: [sheetOf("一季度", rows, merges)] })).facts.filter((f) => f.measure !== "change_pct");
}

const at = (facts: Fact[], address: string) => facts.find((f) => f.provenance.kind === "cell" && f.provenance.cell.address === address);

describe("a field column before the 指标 column", () => {
  it("keys the table by indicator, with the field as the rows' category", () => {
    const model = readWorkbook({ sheets: [sheetOf("一季度", RELEASE, ["A1:E1"])] });
    expect(model.tables).toHaveLength(1);
    expect(model.tables[0].keyKind).toBe("indicator");
    expect(model.tables[0].columns.map((c) => c.role).slice(0, 2)).toEqual(["category", "key"]);
    expect(model.tables[0].rows.map((r) => r.category)).toEqual([...Array(6).fill("安全生产"), ...Array(3).fill("自然灾害")]);
  });

  it("reads the release's figures as wholes, the 重大 and 较大 rows as level parts", () => {
    const facts = factsOf(RELEASE, ["A1:E1"]);
    expect(at(facts, "D3")).toMatchObject({ indicator: "accident_count", value: 3415, breakdown: [] });
    expect(at(facts, "D4")).toMatchObject({ indicator: "deaths", value: 3208, breakdown: [] });
    expect(at(facts, "D5")).toMatchObject({ indicator: "accident_count", value: 1, breakdown: [{ dimension: "level", key: "重大", partOf: "" }] });
    expect(at(facts, "D8")).toMatchObject({ indicator: "deaths", value: 267, breakdown: [{ dimension: "level", key: "较大", partOf: "" }] });
    expect(at(facts, "D9")).toMatchObject({ indicator: "affected_pop", value: 1204000, unit: "万人次" });
    expect(at(facts, "D10")).toMatchObject({ indicator: "dz_deaths_missing", value: 160 });
    expect(at(facts, "D3")?.period.span).toMatchObject({ kind: "quarter", year: 2025, startMonth: 1, endMonth: 3 });
  });

  it("gives the words both fields use to the row's field: 直接经济损失 and 死亡人数 under 自然灾害 are the disaster's", () => {
    const facts = factsOf(RELEASE, ["A1:E1"]);
    expect(at(facts, "D11")).toMatchObject({ indicator: "dz_direct_loss", value: 1016000 });
    expect(facts.some((f) => f.indicator === "direct_loss")).toBe(false);
    const swapped = factsOf([
      ["领域", "指标", "单位", "2024年"],
      ["安全生产", "死亡人数", "人", 30],
      ["安全生产", "直接经济损失", "万元", 500],
      ["自然灾害", "死亡人数", "人", 4],
      ["自然灾害", "直接经济损失", "万元", 900],
    ]);
    expect([at(swapped, "D2"), at(swapped, "D3"), at(swapped, "D4"), at(swapped, "D5")].map((f) => f?.indicator)).toEqual([
      "deaths",
      "direct_loss",
      "dz_deaths",
      "dz_direct_loss",
    ]);
  });

  it("leaves a table keyed by 行业领域 as it was: no 指标 column, the field is the key", () => {
    const model = readWorkbook({
      sheets: [
        sheetOf("行业", [
          ["行业领域", "事故起数", "死亡人数"],
          ["道路运输", 12, 10],
          ["建筑施工", 3, 3],
        ]),
      ],
    });
    expect(model.tables[0].keyKind).toBe("industry");
    expect(model.tables[0].rows.map((r) => r.label)).toEqual(["道路运输", "建筑施工"]);
  });

  it("checks a level row against its indicator's whole (a planted 重大事故起数 of 3500 over 3415), and never 一般事故隐患", () => {
    const planted = RELEASE.map((r, i) => (i === 4 ? ["安全生产", "重大事故起数", "起", 3500, -75] : r));
    const model = readWorkbook({ sheets: [sheetOf("一季度", planted, ["A1:E1"])] });
    expect(model.findings.map((f) => [f.kind, f.cell, f.stated, f.recomputed, f.sources])).toEqual([["impossible_value", "D5", 3500, 3415, ["D3"]]]);
    expect(readWorkbook({ sheets: [sheetOf("一季度", RELEASE, ["A1:E1"])] }).findings).toEqual([]);
    const hazards = factsOf([
      ["指标", "2024年1—6月"],
      ["查处事故隐患", 2156],
      ["一般事故隐患", 2121],
    ]);
    expect(hazards.map((f) => [f.indicator, f.breakdown])).toEqual([
      ["hazards_found", []],
      ["general_found", []],
    ]);
  });

  it("shows 2.7万间 with its decimals (never rounded to 3) and names the unit in English", () => {
    const wf = workbookFacts(readWorkbook({ sheets: [sheetOf("一季度", [...RELEASE, ["自然灾害", "倒塌房屋", "万间", 2.7, null]], ["A1:E1"])] }));
    for (const language of ["zh", "en"] as const) {
      const cell = planSummary(wf, { language, generatedAt: "2025-04-16T09:00" })
        .cells.flat()
        .find((c) => c.formula === "='一季度'!D12");
      expect(cell).toMatchObject({ value: 2.7, numberFormat: "#,##0.00" });
    }
    const en = planSummary(wf, { language: "en", generatedAt: "2025-04-16T09:00" });
    expect(en.cells.flat().map((c) => c.value)).toContain("collapsed rooms (10k rooms)");
  });
});
