/**
 * What a monthly release states in words and percents beside its figures (issue 22, "What releases say and we do
 * not"; report-rules.md rules 4, 18 and 26). On main:
 * - "持平" typed in a 增减 or 同比(%) cell was read as no figure, so a level the release calls unchanged had no 同比;
 * - a stated 环比(%) column with no 上月 figures was never told;
 * - the month of a monthly report told its totals and nothing of its own 其中：较大事故 row.
 * The tables are the corpus workbooks', transcribed from the releases:
 * - 广州市应急管理局, 2022年 (corpus 04, 大洋网 2023-01-17): "其中发生2起道路交通较大事故，造成6人死亡、1人受伤，同比分别持平、
 *   持平、持平"; "12月…环比事故起数上升52.4%、死亡人数上升52.6%、受伤人数持平";
 * - 湖南省应急管理厅, 2024年1—8月 (corpus 15): 8月 其中较大事故1起、3人; 1—8月 较大事故12起 (持平)、45人 (持平);
 * - 湖南省应急管理厅, 2025年1—9月 (corpus 16): 9月 较大事故3起 (同比起数持平)、10人 (少死亡4人);
 * - 应急管理部, 2022年1月 (corpus 42): "重大事故起数与去年同比持平".
 */
import { workbookFacts } from "../../src/core/facts";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { planSummary } from "../../src/core/summary/planSummary";
import { sheetOf } from "../reader/layouts";

function narrative(name: string, rows: unknown[][], language: "zh" | "en"): string {
  return planSummary(workbookFacts(readWorkbook({ sheets: [sheetOf(name, rows)] })), { language }).narrative.join("\n");
}

const GUANGZHOU_2022 = [
  ["广州市2022年1-12月生产安全事故总体情况"],
  ["单位：起、人、%"],
  ["指标", "12月", "同比(%)", "环比(%)", "1-12月", "同比(%)"],
  ["事故起数", 32, -3, 52.4, 351, -15.8],
  ["死亡人数", 29, 26.1, 52.6, 299, -8.6],
  ["受伤人数", 5, -66.7, "持平", 131, -38.2],
  ["其中：较大事故起数", null, null, null, 2, "持平"],
  ["较大事故死亡人数", null, null, null, 6, "持平"],
];

const HUNAN_2024 = [
  ["2024年1-8月全省生产安全事故情况"],
  ["期间", "事故起数（起）", "同比(%)", "死亡人数（人）", "同比(%)"],
  ["8月", 58, -49.57, 66, -44.54],
  ["其中：较大事故", 1, "—", 3, "—"],
  ["1-8月累计", 677, -24.27, 742, -20.56],
  ["其中：较大事故", 12, "持平", 45, "持平"],
];

const HUNAN_2025 = [
  ["2025年1-9月全省生产安全事故情况"],
  ["期间", "事故起数（起）", "同比增减", "同比(%)", "死亡人数（人）", "同比增减", "同比(%)"],
  ["9月", 86, null, -20.37, 96, null, -17.95],
  ["其中：较大事故", 3, "持平", "持平", 10, -4, null],
  ["1-9月累计", 788, null, -13.41, 846, null, -13.67],
  ["较大事故", 13, -3, -18.75, 46, -16, -25.81],
];

describe("持平 typed in a change cell", () => {
  test("is no change, told as 同比均持平 when the count and the deaths both say it (湖南 2024年1—8月, 广州 2022年)", () => {
    expect(narrative("1-8月", HUNAN_2024, "zh")).toContain("其中较大事故12起、死亡45人，同比均持平。");
    expect(narrative("2022年", GUANGZHOU_2022, "zh")).toContain("其中较大事故2起、死亡6人，同比均持平。");
    expect(narrative("1-8月", HUNAN_2024, "en")).toContain("Of these, 12 were relatively serious accidents, with 45 deaths (both unchanged year on year).");
  });

  test("beside a change in counts, each is named (湖南 2025年9月: 同比起数持平、少死亡4人)", () => {
    expect(narrative("1-9月", HUNAN_2025, "zh")).toContain("其中较大事故3起、死亡10人，同比事故起数持平，死亡人数减少4人。");
    expect(narrative("1-9月", HUNAN_2025, "en")).toContain(
      "3 were relatively serious accidents, with 10 deaths (as many accidents as a year earlier, and 4 fewer deaths)",
    );
  });
});

describe("the 环比 a table states without last month's figures", () => {
  test("follows the month's 同比, indicator by indicator, never with 双下降 (广州 2022年12月)", () => {
    const zh = narrative("2022年", GUANGZHOU_2022, "zh");
    expect(zh).toContain("同比事故起数下降3%，死亡人数上升26.1%，受伤人数下降66.7%；环比事故起数上升52.4%，死亡人数上升52.6%，受伤人数持平。");
    expect(narrative("2022年", GUANGZHOU_2022, "en")).toContain(
      "Compared with November 2022, accidents rose by 52.4% and deaths by 52.6%, while injuries were unchanged.",
    );
  });
});

describe("the month's own level rows", () => {
  test("follow the month's figures as the release writes them (湖南 2024年8月, 2025年9月)", () => {
    expect(narrative("1-8月", HUNAN_2024, "zh")).toMatch(/8月，全省发生生产安全事故58起、死亡66人，[^。]*。其中较大事故1起、死亡3人。/);
    expect(narrative("1-8月", HUNAN_2024, "en")).toContain("(down 44.54% year on year). Of these, 1 was a relatively serious accident, with 3 deaths.");
    expect(narrative("1-9月", HUNAN_2025, "zh")).toMatch(/9月，全省发生生产安全事故86起、死亡96人，[^。]*。其中较大事故3起、死亡10人/);
  });

  test("are the month's, never the year to date's (the 1—8月 row's 12起 stays with 1—8月)", () => {
    const zh = narrative("1-8月", HUNAN_2024, "zh");
    expect(zh.match(/较大事故12起/g)).toHaveLength(1);
    expect(zh.match(/较大事故1起/g)).toHaveLength(1);
  });
});
