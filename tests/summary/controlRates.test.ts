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
  expect([...block(p).keys()]).toEqual(["GDP (100m CNY)", "Resident population (10k persons)", "Deaths per 100m CNY GDP", "Deaths per 100k residents"]);
  expect(p.narrative).toContain(
    "Against GDP of CNY 81.25 billion and a resident population of 2.416 million, deaths per 100m CNY GDP rose from 0.027 a year earlier to 0.032 (up 17.3%); deaths per 100k residents rose from 0.87 a year earlier to 1.08 (up 24%).",
  );
});
