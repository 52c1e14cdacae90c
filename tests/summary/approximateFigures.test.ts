/**
 * A figure the notes under its table call approximate is told with 约 (docs/report-rules.md rule 28). On main the
 * note "直接经济损失为约数" was read for nothing, and the 综述 gave the loss as an exact figure.
 * The tables are the corpus workbooks', transcribed from the releases:
 * - 湖南省应急管理厅, 2025年1—9月 (corpus 16): "注：据初步统计。重大事故去年同期无。直接经济损失为约数。",
 *   loss 5.236亿元 (−2.81%);
 * - 湖南省应急管理厅, 2024年1—8月 (corpus 15): "注：较大事故中3起为营运车辆无责任的较大道路交通事故。直接经济损失为约数。",
 *   loss 4.17亿元;
 * - 应急管理部, 2019年 by quarter (corpus 31): "前三季度1.1亿、全年1.3亿人次为发布的约数" names figures, not a column.
 */
import { workbookFacts } from "../../src/core/facts";
import { approximateWords } from "../../src/core/reader/approximateFigures";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { planSummary } from "../../src/core/summary/planSummary";
import { sheetOf } from "../reader/layouts";

function narrative(name: string, rows: unknown[][], language: "zh" | "en"): string {
  return planSummary(workbookFacts(readWorkbook({ sheets: [sheetOf(name, rows)] })), { language }).narrative.join("\n");
}

const HUNAN_2025 = [
  ["2025年1-9月全省生产安全事故情况"],
  ["期间", "事故起数（起）", "同比(%)", "死亡人数（人）", "同比(%)", "受伤人数（人）", "同比(%)", "直接经济损失（亿元）", "同比(%)"],
  ["9月", 86, -20.37, 96, -17.95],
  ["1-9月累计", 788, -13.41, 846, -13.67, 247, -11.79, 5.236, -2.81],
  ["注：据初步统计。重大事故去年同期无。直接经济损失为约数。"],
];

/** A county table with the loss in a column and a note under it (a bureau's own form). */
const COUNTIES = [
  ["2024年1—6月生产安全事故情况"],
  ["县（市）", "事故起数", "去年同期", "死亡人数", "去年同期", "直接经济损失（万元）", "去年同期"],
  ["楚雄市", 10, 8, 9, 7, 520.5, 480],
  ["禄丰市", 6, 7, 5, 6, 300, 310.2],
  ["合计", 16, 15, 14, 13, 820.5, 790.2],
  ["注：直接经济损失为估算数。"],
];

describe("a loss the notes call approximate", () => {
  test("is told with 约 and 'about', as the release prints it (湖南 2025年1—9月: 直接经济损失约5.236亿元)", () => {
    expect(narrative("1-9月", HUNAN_2025, "zh")).toContain("直接经济损失约5.236亿元，同比分别下降13.41%、13.67%、11.79%和2.81%");
    expect(narrative("1-9月", HUNAN_2025, "en")).toContain("The direct economic loss was about CNY 523.6 million.");
    // Without the note, the same loss is told as it stands.
    const exact = HUNAN_2025.slice(0, 4);
    expect(narrative("1-9月", exact, "zh")).toContain("直接经济损失5.236亿元");
    expect(narrative("1-9月", exact, "en")).toContain("The direct economic loss was CNY 523.6 million.");
  });

  test("in a column of a county table too, and only the loss: the counts stay exact", () => {
    const zh = narrative("事故", COUNTIES, "zh");
    expect(zh).toContain("共发生各类生产安全事故16起、死亡14人，直接经济损失约820.5万元");
    expect(zh).not.toContain("约16起");
    expect(narrative("事故", COUNTIES, "en")).toContain("The direct economic loss was about CNY 8.21 million");
  });
});

/** MEM's monthly disaster figures (corpus 42's table) with a note of the kind 湖南 writes under its accidents. */
const DISASTERS = [
  ["2022年1月全国自然灾害情况"],
  ["指标", "单位", "2022年1月", "去年同期"],
  ["受灾人次", "万人次", 42.2, 50],
  ["死亡人数", "人", 1, 3],
  ["直接经济损失", "亿元", 37.4, 40],
  ["注：受灾人次、直接经济损失为约数。"],
];

describe("disaster figures the notes call approximate", () => {
  test("are told with 约 / about, the deaths never", () => {
    expect(narrative("1月", DISASTERS, "zh")).toContain("各类自然灾害共造成约42.2万人次受灾，1人死亡；直接经济损失约37.4亿元。");
    const en = narrative("1月", DISASTERS, "en");
    expect(en).toContain("affected about 422,000 people and left 1 dead. The direct economic loss was about CNY 3.74 billion.");
  });
});

describe("the words a note calls approximate", () => {
  test("are the names before 为约数 / 均为估算数, a list split; never a note that names figures (MEM 2019)", () => {
    expect(approximateWords(["注：据初步统计。重大事故去年同期无。直接经济损失为约数。"])).toEqual(["直接经济损失"]);
    expect(approximateWords(["注：1.受灾人口、直接经济损失均为估算数。"])).toEqual(["受灾人口", "直接经济损失"]);
    expect(approximateWords(["注：各季度由应急管理部发布的累计数相减得出；前三季度1.1亿、全年1.3亿人次为发布的约数。"])).toEqual([]);
    expect(approximateWords(["注：较大事故中3起为营运车辆无责任的较大道路交通事故。"])).toEqual([]);
  });
});
