/**
 * The change against the mean of earlier years a table states (issue 22, "several years"; report-rules.md rule 20).
 * On main such a column was set aside with a reading note only, and the 综述 said nothing of it. The tables are the
 * corpus workbooks', transcribed from the releases:
 * - 应急管理部, 2022年1月 (corpus 42, 人民网 2022-02-16): "全国各种自然灾害共造成42.2万人次受灾，因灾死亡1人，直接经济损失
 *   37.4亿元。与近5年同期均值相比，分别下降83%、91%和7%。";
 * - 广州市应急管理局, 2022年 (corpus 04, 大洋网 2023-01-17): "…351起、死亡299人、受伤131人，同比分别下降15.8%、8.6%、38.2%，与近三年
 *   平均值相比分别下降13.3%、6.0%、30.2%。"
 */
import { workbookFacts } from "../../src/core/facts";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { planSummary } from "../../src/core/summary/planSummary";
import { englishMean } from "../../src/core/summary/narrative/statedMean";
import { sheetOf } from "../reader/layouts";

function narrative(name: string, rows: unknown[][], language: "zh" | "en"): string {
  return planSummary(workbookFacts(readWorkbook({ sheets: [sheetOf(name, rows)] })), { language }).narrative.join("\n");
}

const MEM_2022_01 = [
  ["应急管理部2022年1月份全国自然灾害和安全生产形势"],
  ["一、自然灾害"],
  ["指标", "1月", "较近5年同期均值(%)"],
  ["受灾人次（万人次）", 42.2, -83],
  ["因灾死亡（人）", 1, -91],
  ["直接经济损失（亿元）", 37.4, -7],
];

const GUANGZHOU_2022 = [
  ["广州市2022年1-12月生产安全事故总体情况"],
  ["指标", "1-12月", "同比(%)", "与近三年平均值相比(%)"],
  ["事故起数", 351, -15.8, -13.3],
  ["死亡人数", 299, -8.6, -6],
  ["受伤人数", 131, -38.2, -30.2],
];

describe("the change against the mean of earlier years a table states", () => {
  test("is told after the disaster figures as MEM writes it, in the table's percents and never in its rows' units (应急管理部 2022年1月)", () => {
    const zh = narrative("1月", MEM_2022_01, "zh");
    expect(zh).toContain("直接经济损失37.4亿元。与近5年同期均值相比，受灾人次、因灾死亡人数和直接经济损失分别下降83%、91%和7%。");
    expect(narrative("1月", MEM_2022_01, "en")).toContain(
      "Compared with the average of the same period of the previous five years, the number of people affected fell by 83%, deaths by 91% and the direct economic loss by 7%.",
    );
  });

  test("follows the accident 同比, in the table's words for the mean, never as a 同比 (广州 2022年)", () => {
    const zh = narrative("2022年", GUANGZHOU_2022, "zh");
    expect(zh).toContain("同比分别下降15.8%、8.6%和38.2%");
    expect(zh).toContain("与近三年平均值相比，事故起数、死亡人数和受伤人数分别下降13.3%、6%和30.2%。");
    expect(zh).not.toContain("下降13.3%、6%和30.2%，实现");
    expect(narrative("2022年", GUANGZHOU_2022, "en")).toContain(
      "Compared with the average of the previous three years, accidents fell by 13.3%, deaths by 6% and injuries by 30.2%.",
    );
    // The years as the words give them: 近三年 three, 前两年 two, 近5年同期 the same period of five.
    expect(["近5年同期均值", "近三年平均值", "前两年平均数"].map(englishMean)).toEqual([
      "the average of the same period of the previous five years",
      "the average of the previous three years",
      "the average of the previous two years",
    ]);
  });

  test("is a change against that mean in the facts, never a count and never a 同比", () => {
    const wf = workbookFacts(readWorkbook({ sheets: [sheetOf("1月", MEM_2022_01)] }));
    const mean = wf.facts.filter((f) => f.base?.mean);
    expect(mean.map((f) => [f.indicator, f.value, f.measure, f.base?.relation, f.base?.label])).toEqual([
      ["affected_pop", -83, "change_pct", "series", "近5年同期均值"],
      ["dz_deaths", -91, "change_pct", "series", "近5年同期均值"],
      ["dz_direct_loss", -7, "change_pct", "series", "近5年同期均值"],
    ]);
    expect(wf.facts.some((f) => f.base?.relation === "year_ago")).toBe(false);
  });
});
