/**
 * The control indicators (issue 22, "What releases say and we do not"): 亿元GDP死亡率, 十万人口死亡率 and
 * the disasters' shares, computed only against denominators of the report period the workbook states
 * or the user gives. Reference values by hand (python3): 26/812.5 = 0.032, 21/770.1 = 0.027269…,
 * (0.032 − 0.027269)/0.027269 = 17.35%; 26/2,416,000 × 10⁵ = 1.0762, 21/2,420,000 × 10⁵ = 0.8678
 * (+24.0%); 301,265/2,416,000 = 12.47%; 12,322.34万元 / 812.5亿元 = 0.1517%.
 */
import { workbookFacts } from "../../src/core/facts";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import type { SheetSnapshot } from "../../src/core/model/snapshot";
import { planSummary } from "../../src/core/summary/planSummary";
import type { SummaryOptionsInput } from "../../src/core/summary/options";
import type { SummaryPlan } from "../../src/core/summary/plan";
import { layoutA, layoutC, sheetOf } from "../reader/layouts";

const BASES = sheetOf("控制指标", [
  ["楚雄州2024年1—6月控制指标基数"],
  ["指标", "本期", "上年同期"],
  ["地区生产总值（亿元）", 812.5, 770.1],
  ["常住人口（万人）", 241.6, 242.0],
]);

function plan(sheets: SheetSnapshot[], options: SummaryOptionsInput = {}): SummaryPlan {
  return planSummary(workbookFacts(readWorkbook({ name: "a.xlsx", sheets })), options);
}

/** The block's rows as label → [本期, 去年同期, 增减幅度] cells. */
function block(p: SummaryPlan): Map<string, { formula?: string; value: unknown }[]> {
  const s = p.sections.find((x) => x.id === "controlRates");
  const rows = new Map<string, { formula?: string; value: unknown }[]>();
  if (!s) return rows;
  for (let r = s.firstRow + 2; r <= s.lastRow; r++) rows.set(String(p.cells[r][0].value), [p.cells[r][1], p.cells[r][2], p.cells[r][4]]);
  return rows;
}

test("a small table of GDP and population for the report period gives 亿元GDP and 十万人口 death rates as live formulas, and the 综述 says them with their relative change", () => {
  const p = plan([layoutA(), BASES]);
  const rows = block(p);
  expect(rows.get("地区生产总值（亿元）")![0]).toMatchObject({ formula: "='控制指标'!B3", value: 812.5 });
  expect(rows.get("常住人口（万人）")![1]).toMatchObject({ formula: "='控制指标'!C4", value: 242 });
  const gdp = rows.get("亿元GDP生产安全事故死亡率（人/亿元）")!;
  expect(gdp[0].formula).toMatch(/^=IFERROR\(\('事故分县统计'!E5\)\/B\d+,"—"\)$/);
  expect(gdp[0].value).toBeCloseTo(0.032, 10);
  expect(gdp[1].value).toBeCloseTo(0.027269, 6);
  expect(gdp[2].value).toBeCloseTo(0.17349, 5);
  const pop = rows.get("十万人口生产安全事故死亡率（人/10万人）")!;
  // The population cell is in 万人: ×10⁵ / 10⁴ = ×10.
  expect(pop[0].formula).toMatch(/^=IFERROR\(\('事故分县统计'!E5\)\/B\d+\*10,"—"\)$/);
  expect(pop[0].value).toBeCloseTo(1.0762, 4);
  expect(p.narrative).toContain(
    "按地区生产总值812.5亿元、常住人口241.6万人计算，亿元GDP生产安全事故死亡率由去年同期的0.027升到0.032，升幅17.3%；十万人口生产安全事故死亡率由去年同期的0.87升到1.08，升幅24%。",
  );
});

test("without a denominator there is no 控制指标 block and no rate sentence", () => {
  const p = plan([layoutA()]);
  expect(p.sections.some((s) => s.id === "controlRates")).toBe(false);
  expect(p.narrative.join("").includes("死亡率")).toBe(false);
});

test("denominators the user gives are written as the numbers given, win over the workbook's, and the sheet says they were entered", () => {
  const p = plan([layoutA(), BASES], { denominators: [{ indicator: "gdp", unit: "亿元", current: 1000 }] });
  const rows = block(p);
  expect(rows.get("地区生产总值（亿元）")![0]).toEqual(expect.objectContaining({ value: 1000 }));
  expect(rows.get("地区生产总值（亿元）")![0].formula).toBeUndefined();
  // No previous GDP given: last year's rate is not computed from this year's GDP.
  expect(rows.get("亿元GDP生产安全事故死亡率（人/亿元）")![1].value).toBe("—");
  expect(p.narrative.join("")).toContain("按地区生产总值1000亿元、常住人口241.6万人计算，亿元GDP生产安全事故死亡率为0.026；");
  const note = "注：地区生产总值为用户输入的数值（任务窗格或命令行 --denominator），不是工作簿中的数据。";
  expect(p.notes).toContain(note);
  expect(p.cells.some((r) => r[0].value === note)).toBe(true);
});

test("a denominator of another period is not used, and the notes name it", () => {
  const lastYear = sheetOf("GDP", [["2023年楚雄州地区生产总值"], ["指标", "2023年"], ["地区生产总值（亿元）", 1620.3]]);
  const p = plan([layoutA(), lastYear]);
  expect(p.sections.some((s) => s.id === "controlRates")).toBe(false);
  expect(p.narrative.join("").includes("死亡率")).toBe(false);
  expect(p.notes.join("")).toContain("工作簿中的地区生产总值（2023年）与报告期不同，未用作分母");
});

test("disaster losses and people affected are told as shares of GDP and of the resident population", () => {
  const p = plan([layoutC()], {
    denominators: [
      { indicator: "gdp", unit: "亿元", current: 812.5 },
      { indicator: "population", unit: "万人", current: 241.6 },
    ],
  });
  const rows = block(p);
  expect(rows.get("受灾人口占常住人口比重（%）")![0].value).toBeCloseTo(12.4696, 4);
  expect(rows.get("直接经济损失占地区生产总值比重（%）")![0].value).toBeCloseTo(0.15166, 5);
  expect(p.narrative.join("")).toContain("受灾人口占常住人口比重为12.47%；直接经济损失占地区生产总值比重为0.15%。");
});

test("the English sheet names the rates as releases do", () => {
  const p = plan([layoutA(), BASES], { language: "en" });
  expect([...block(p).keys()]).toEqual([
    "GDP (100m CNY)",
    "Resident population (10k persons)",
    "Deaths per CNY 100 million of GDP",
    "Deaths per 100,000 residents",
  ]);
  expect(p.narrative).toContain(
    "Against GDP of CNY 81.25 billion and a resident population of 2.416 million, deaths per CNY 100 million of GDP rose from 0.027 a year earlier to 0.032 (up 17.3%); deaths per 100,000 residents rose from 0.87 a year earlier to 1.08 (up 24%).",
  );
});

/** A by-industry table in MEM's categories: 工矿商贸 and 道路交通 rows that add to the 合计. */
const BY_CATEGORY = sheetOf(
  "分类统计",
  [
    ["某市2024年1—6月生产安全事故分类统计表"],
    ["行业", "事故起数", "", "死亡人数", ""],
    ["", "本期", "去年同期", "本期", "去年同期"],
    ["工矿商贸", 6, 5, 7, 6],
    ["道路交通", 10, 9, 12, 10],
    ["合计", 16, 14, 19, 16],
  ],
  ["A1:E1", "A2:A3", "B2:C2", "D2:E2"],
);

test("工矿商贸十万人 and 万车 death rates take the 工矿商贸 and 道路交通 rows' deaths over employees and vehicles (python3: 7/350,000 × 10⁵ = 2.00 against 6/340,000 × 10⁵ = 1.76, +13.3%; 12/52.3 = 0.23 against 10/50.1 = 0.20, +15%)", () => {
  const denominators: SummaryOptionsInput["denominators"] = [
    { indicator: "employees", unit: "万人", current: 35, previous: 34 },
    { indicator: "vehicles", unit: "万辆", current: 52.3, previous: 50.1 },
  ];
  const p = plan([BY_CATEGORY], { denominators });
  const rows = block(p);
  const workers = rows.get("工矿商贸就业人员十万人生产安全事故死亡率（人/10万人）")!;
  expect(workers[0].formula).toMatch(/^=IFERROR\(\('分类统计'!D4\)\/B\d+\*10,"—"\)$/);
  expect(workers[0].value).toBeCloseTo(2, 10);
  expect(workers[1].value).toBeCloseTo(1.764706, 6);
  const vehicles = rows.get("道路交通万车死亡率（人/万车）")!;
  expect(vehicles[0].formula).toMatch(/^=IFERROR\(\('分类统计'!D5\)\/B\d+,"—"\)$/);
  expect(vehicles[0].value).toBeCloseTo(0.229446, 6);
  expect(vehicles[2].value).toBeCloseTo(0.149522, 6);
  // Deaths per 亿元GDP and per 10万人 need the whole's deaths and GDP/population: neither is given.
  expect([...rows.keys()].filter((k) => !k.startsWith("注："))).toEqual([
    "工矿商贸就业人员（万人）",
    "机动车保有量（万辆）",
    "工矿商贸就业人员十万人生产安全事故死亡率（人/10万人）",
    "道路交通万车死亡率（人/万车）",
  ]);
  expect(p.narrative.join("")).toContain(
    "按工矿商贸就业人员35万人、机动车保有量52.3万辆计算，工矿商贸就业人员十万人生产安全事故死亡率由去年同期的1.76升到2.00，升幅13.3%；道路交通万车死亡率由去年同期的0.20升到0.23，升幅15%。",
  );
  const en = plan([BY_CATEGORY], { denominators, language: "en" });
  expect(en.narrative.join("")).toContain(
    "Against 350,000 workers in industry, mining and trade and 523,000 motor vehicles, deaths per 100,000 workers in industry, mining and trade rose from 1.76 a year earlier to 2.00 (up 13.3%); road traffic deaths per 10,000 motor vehicles rose from 0.20 a year earlier to 0.23 (up 15%).",
  );
});

/** The sample's 分行业 sheet (assets/samples/bureau-2024H1.xlsx), as openpyxl reads it. */
const BY_SAMPLE_INDUSTRY = sheetOf(
  "分行业",
  [
    ["楚雄州2024年1—6月生产安全事故分行业统计表"],
    ["单位：起、人、%", "", "", "", "", "", "", "", "统计截止：2024年6月30日"],
    ["行业", "事故起数", "", "", "死亡人数", "", "", "受伤人数"],
    ["", "本期", "去年同期", "同比增减幅度(%)", "本期", "去年同期", "同比增减幅度(%)", "本期", "去年同期", "同比增减幅度(%)"],
    ["交通运输业", 14, 11, 27.3, 16, 12, 33.3, 8, 4, 100],
    ["其中:道路运输业", 13, 10, 30, 15, 11, 36.4, 8, 3, 166.7],
    ["水上运输业", 0, 0, "—", 0, 0, "—", 0, 0, "—"],
    ["建筑业", 3, 3, 0, 3, 3, 0, 1, 0, "—"],
    ["采矿业", 2, 2, 0, 3, 2, 50, 1, 1, 0],
    ["商贸制造业", 2, 2, 0, 2, 2, 0, 1, 1, 0],
    ["农林牧渔业", 1, 1, 0, 1, 1, 0, 0, 0, "—"],
    ["其他行业", 1, 1, 0, 1, 1, 0, 0, 0, "—"],
    ["合计", 23, 20, 15, 26, 21, 23.8, 11, 6, 83.3],
  ],
  ["A1:J1", "A3:A4", "B3:D3", "E3:G3", "H3:J3"],
);

test("the sample's 其中:道路运输业 row gives the 万车 rate, named for its numerator: 道路运输业万车死亡率, not 道路交通's (python3: 15/52.3 = 0.29 against 11/50.1 = 0.22, +30.6%)", () => {
  const denominators: SummaryOptionsInput["denominators"] = [{ indicator: "vehicles", unit: "万辆", current: 52.3, previous: 50.1 }];
  const p = planSummary(workbookFacts(readWorkbook({ name: "a.xlsx", sheets: [layoutA(), BY_SAMPLE_INDUSTRY] })), { denominators });
  expect(block(p).has("道路交通万车死亡率（人/万车）")).toBe(false);
  expect(p.narrative.join("")).toContain("道路运输业万车死亡率由去年同期的0.22升到0.29，升幅30.6%");
  expect(p.narrative.join("")).not.toContain("道路交通");
  const en = planSummary(workbookFacts(readWorkbook({ name: "a.xlsx", sheets: [layoutA(), BY_SAMPLE_INDUSTRY] })), { denominators, language: "en" });
  expect(en.narrative.join("")).toContain("road transport deaths per 10,000 motor vehicles rose from 0.22 a year earlier to 0.29 (up 30.6%)");
  const vehicles = block(p).get("道路运输业万车死亡率（人/万车）")!;
  expect(vehicles[0].value).toBeCloseTo(0.286807, 6);
  expect(vehicles[1].value).toBeCloseTo(0.219561, 6);
  expect(vehicles[2].value).toBeCloseTo(0.306275, 6);
});

describe("never a denominator of another area (issue 22): the workbook's GDP of the nation or the province beside a prefecture's figures is named, not used", () => {
  const gdpTable = (title: string) => sheetOf("主要指标", [[title], ["指标", "本期", "上年同期"], ["地区生产总值（亿元）", 616836, 593034]]);

  test("a national table (2024年1—6月全国主要经济指标) beside 楚雄州's accidents", () => {
    const p = plan([layoutA(), gdpTable("2024年1—6月全国主要经济指标")]);
    expect(p.sections.some((s) => s.id === "controlRates")).toBe(false);
    expect(p.narrative.join("").includes("死亡率")).toBe(false);
    expect(p.notes).toContain("注：工作簿中的地区生产总值（全国）不是本报告地区的数据，未用作分母。");
    const en = plan([layoutA(), gdpTable("2024年1—6月全国主要经济指标")], { language: "en" });
    expect(en.notes).toContain("Note: the workbook's GDP (national) is for another area than the report's and was not used as a denominator.");
  });

  test("a province's table (云南省…) beside 楚雄州's, while 楚雄州's own table is used", () => {
    const p = plan([layoutA(), gdpTable("云南省2024年1—6月主要经济指标"), BASES]);
    expect(block(p).get("地区生产总值（亿元）")![0]).toMatchObject({ formula: "='控制指标'!B3", value: 812.5 });
    expect(p.notes).toContain("注：工作簿中的地区生产总值（云南省）不是本报告地区的数据，未用作分母。");
  });

  test("a province-wide total row (全省) in a table by prefecture", () => {
    const byPrefecture = sheetOf(
      "各州市",
      [
        ["2024年1—6月各州市地区生产总值"],
        ["州（市）", "地区生产总值（亿元）", ""],
        ["", "本期", "上年同期"],
        ["全省合计", 14800, 14200],
        ["昆明市", 3700, 3600],
        ["楚雄州", 812.5, 770.1],
      ],
      ["A2:A3", "B2:C2"],
    );
    const p = plan([layoutA(), byPrefecture]);
    expect(p.sections.some((s) => s.id === "controlRates")).toBe(false);
    expect(p.notes.join("")).toContain("不是本报告地区的数据，未用作分母");
  });
});
