/**
 * The level rows of a table of one period (issue 22, "较大及以上事故"; report-rules.md rule 4). On main a table with no
 * year-earlier figures told its totals and nothing of the 重大 and 较大 rows it states (corpus 04, 11, 15, 16, 42, 43).
 * The tables are the corpus workbooks', transcribed from the releases:
 * - 应急管理部, 2022年1月 (corpus 42): 其中：重大事故 1起、14人; 较大事故 26起 (同比增减 −18)、100人 (−62);
 * - 湖南省应急管理厅, 2025年1—9月 (corpus 16): 其中：重大事故 1起、16人 (去年同期无: +1, +16); 较大事故 13起 (−3)、46人 (−16);
 * - 湖北省应急管理厅, 2024年1—3月 (corpus 11): an industry table with 其中：较大事故 2起、9人 (死亡 −1);
 * - 应急管理部, 2025年一季度 (corpus 43): 重大 1起 (−75%)、16人 (−80.5%); 较大 68起 (−1.4%)、267人 (−5.7%);
 * - 广州市应急管理局, 2022年 (corpus 04, 大洋网 2023-01-17): "其中发生2起道路交通较大事故，造成6人死亡、1人受伤，同比分别持平、
 *   持平、持平" — on main the level sentence left out the 受伤1人 its row states (session 12).
 * English: 42's one 重大 accident, its count alone stated 持平, read "(accidents unchanged from a year earlier)" on main; an
 * English release says the count is the same right after it: "1 was a serious accident (the same number as a year earlier)".
 */
import { workbookFacts } from "../../src/core/facts";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { planSummary } from "../../src/core/summary/planSummary";
import { sheetOf } from "../reader/layouts";

function narrative(name: string, rows: unknown[][], language: "zh" | "en"): string {
  return planSummary(workbookFacts(readWorkbook({ sheets: [sheetOf(name, rows)] })), { language }).narrative.join("\n");
}

const MEM_2022_01 = [
  ["应急管理部2022年1月份全国安全生产形势"],
  ["指标", "1月", "同比增减", "同比(%)"],
  ["事故起数（起）", 1390, null, -55.1],
  ["死亡人数（人）", 1166, null, -50.1],
  ["其中：重大事故起数（起）", 1, "持平", null],
  ["重大事故死亡人数（人）", 14, null, null],
  ["较大事故起数（起）", 26, -18, -40.9],
  ["较大事故死亡人数（人）", 100, -62, -38.3],
];

const HUNAN_2025 = [
  ["2025年1-9月全省生产安全事故情况"],
  ["期间", "事故起数（起）", "同比增减", "同比(%)", "死亡人数（人）", "同比增减", "同比(%)"],
  ["1-9月累计", 788, null, -13.41, 846, null, -13.67],
  ["其中：重大事故", 1, 1, "—", 16, 16, "—"],
  ["较大事故", 13, -3, -18.75, 46, -16, -25.81],
];

const GUANGZHOU_2022 = [
  ["广州市2022年1-12月生产安全事故总体情况"],
  ["指标", "1-12月", "同比(%)"],
  ["事故起数", 351, -15.8],
  ["死亡人数", 299, -8.6],
  ["受伤人数", 131, -38.2],
  ["其中：较大事故起数", 2, "持平"],
  ["较大事故死亡人数", 6, "持平"],
  ["较大事故受伤人数", 1, "持平"],
];

describe("the level rows of a table of one period", () => {
  test("a level row's injured are told with its deaths, and 均持平 covers all three (广州 2022年: 造成6人死亡、1人受伤)", () => {
    expect(narrative("2022年", GUANGZHOU_2022, "zh")).toContain("其中较大事故2起、死亡6人、受伤1人，同比均持平。");
    expect(narrative("2022年", GUANGZHOU_2022, "en")).toContain(
      "Of these, 2 were relatively serious accidents, with 6 deaths and 1 injury (all three unchanged year on year).",
    );
    // An injured count that moved is named, never hidden under 均持平.
    const moved = GUANGZHOU_2022.map((r) => (r[0] === "较大事故受伤人数" ? ["较大事故受伤人数", 1, -50] : r));
    expect(narrative("2022年", moved, "zh")).toContain("其中较大事故2起、死亡6人、受伤1人，同比事故起数持平，死亡人数持平，受伤人数下降50%。");
    expect(narrative("2022年", moved, "en")).toContain("with 6 deaths and 1 injury (accidents unchanged, deaths unchanged and injuries down 50% year on year)");
  });

  test("重大 and 较大 are told one after the other, highest first, never added into 较大及以上 (应急管理部 2022年1月)", () => {
    const zh = narrative("1月", MEM_2022_01, "zh");
    // "重大事故起数与去年同比持平": the 持平 its 同比增减 cell states (statedWords.test.ts).
    expect(zh).toContain("其中重大事故1起、死亡14人，同比事故起数持平；较大事故26起、死亡100人，同比减少18起、62人。");
    expect(zh).not.toContain("较大及以上");
    expect(narrative("1月", MEM_2022_01, "en")).toContain(
      "Of these, 1 was a serious accident (the same number as a year earlier), with 14 deaths; 26 were relatively serious accidents, with 100 deaths (18 fewer accidents and 62 fewer deaths than a year earlier).",
    );
  });

  test("each level keeps the change its row states, in counts (湖南 2025年1—9月)", () => {
    const zh = narrative("1-9月", HUNAN_2025, "zh");
    expect(zh).toContain("其中重大事故1起、死亡16人，同比增加1起、16人；较大事故13起、死亡46人，同比减少3起、16人。");
    expect(narrative("1-9月", HUNAN_2025, "en")).toContain("1 was a serious accident, with 16 deaths (1 more accident and 16 more deaths than a year earlier)");
  });

  test("a 其中：较大事故 row under a table of industries is a level, not an industry (湖北 2024年1—3月)", () => {
    const rows = [
      ["2024年1-3月全省生产安全事故分行业情况"],
      ["行业（领域）", "事故起数（起）", "同比增减", "幅度(%)", "死亡人数（人）", "同比增减", "幅度(%)"],
      ["全省合计", 128, -216, -62.8, 120, -137, -53.3],
      ["其中：较大事故", 2, null, null, 9, -1, -10],
      ["道路运输", 70, -120, -63.2, 66, -80, -54.8],
      ["工矿商贸", 58, -96, -62.3, 54, -57, -51.4],
    ];
    expect(narrative("分行业", rows, "zh")).toContain("其中较大事故2起、死亡9人，同比死亡人数减少1人。");
  });

  test("percents alone are told as the release states them (应急管理部 2025年一季度)", () => {
    const rows = [
      ["2025年一季度全国安全生产情况"],
      ["指标", "2025年一季度", "同比(%)"],
      ["事故起数（起）", 3415, -29.5],
      ["死亡人数（人）", 3208, -24.4],
      ["重大事故起数（起）", 1, -75],
      ["重大事故死亡人数（人）", 16, -80.5],
      ["较大事故起数（起）", 68, -1.4],
      ["较大事故死亡人数（人）", 267, -5.7],
    ];
    expect(narrative("一季度", rows, "zh")).toContain("其中重大事故1起、死亡16人，同比分别下降75%、80.5%；较大事故68起、死亡267人，同比分别下降1.4%、5.7%。");
  });

  test("a level with no accident is 未接报, never 0起", () => {
    const rows = [
      ["2024年1-8月全省生产安全事故情况"],
      ["期间", "事故起数（起）", "同比(%)", "死亡人数（人）", "同比(%)"],
      ["1-8月累计", 677, -24.27, 742, -20.56],
      ["其中：较大事故", 0, null, 0, null],
    ];
    const zh = narrative("1-8月", rows, "zh");
    expect(zh).toContain("。未接报较大生产安全事故。");
    expect(zh).not.toContain("较大事故0起");
    expect(narrative("1-8月", rows, "en")).toContain("No relatively serious accident was reported.");
  });
});
