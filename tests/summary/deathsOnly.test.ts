/**
 * A source that states work-safety deaths and no accident count: 国家统计局《中华人民共和国2023年国民经济和社会发展
 * 统计公报》 (corpus 32) says "全年各类生产安全事故共死亡21242人，比上年下降4.7%". On main the 综述 said nothing of
 * it (its accident sentence needs an accident count), though the sheet's section showed 死亡人数 21242.
 */
import { workbookFacts } from "../../src/core/facts";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { planSummary } from "../../src/core/summary/planSummary";
import { sheetOf } from "../reader/layouts";

function narrative(rows: unknown[][], language: "zh" | "en"): string {
  return planSummary(workbookFacts(readWorkbook({ sheets: [sheetOf("公报", rows)] })), { language }).narrative.join("\n");
}

const BULLETIN = [
  ["全国2023年生产安全事故情况"],
  ["指标", "单位", "2023年", "比上年增长(%)"],
  ["各类生产安全事故死亡人数", "人", 21242, -4.7],
  ["煤矿百万吨死亡人数", "人", 0.094, 23.7],
];

describe("deaths stated without an accident count", () => {
  test("the 综述 tells the year's deaths and the change the bulletin states, as the bulletin words it", () => {
    expect(narrative(BULLETIN, "zh")).toContain("2023年，全国各类生产安全事故共死亡21242人，比上年下降4.7%。");
    expect(narrative(BULLETIN, "en")).toContain("In 2023, work-safety accidents nationwide killed 21,242 people, 4.7% fewer than the year before.");
  });

  test("a period that is not a whole year is compared 同比, and no accident count is made up", () => {
    const rows = [["某省2024年1-6月生产安全事故情况"], ["指标", "单位", "1-6月", "同比(%)"], ["死亡人数", "人", 300, 5]];
    const zh = narrative(rows, "zh");
    expect(zh).toContain("各类生产安全事故共死亡300人，同比增长5%。");
    expect(zh).not.toMatch(/\d+起/);
    expect(narrative(rows, "en")).toContain("5% more than a year earlier");
  });

  test("a stated percent the 核对 flags is told 待核实, never dropped (21242 − (−1000) = 22242 a year earlier: −4.5%, not −4.7%)", () => {
    // The bulletin's shape with its 增减 beside the percent: the 核对 rebuilds last year from them and flags E3.
    const rows = [
      ["全国2023年生产安全事故情况"],
      ["指标", "单位", "2023年", "比上年增减", "比上年增长(%)"],
      ["各类生产安全事故死亡人数", "人", 21242, -1000, -4.7],
    ];
    expect(narrative(rows, "zh")).toContain("2023年，全国各类生产安全事故共死亡21242人，比上年下降4.7%（待核实，见核对）。");
    expect(narrative(rows, "en")).toContain(
      "In 2023, work-safety accidents nationwide killed 21,242 people, 4.7% fewer than the year before (to be verified; see the checks).",
    );
  });

  test("a region table's 合计 percent the 核对 flags (300 − 10 = 290 a year earlier: +3.4%, not +5%) is 待核实 too", () => {
    const rows = [
      ["某省2024年1-6月生产安全事故情况"],
      ["地区", "死亡人数", "增减", "同比(%)"],
      ["甲市", 100, -10, -9.1],
      ["乙市", 200, 20, 11.1],
      ["合计", 300, 10, 5],
    ];
    expect(narrative(rows, "zh")).toContain("各类生产安全事故共死亡300人，同比增长5%（待核实，见核对）。");
    expect(narrative(rows, "en")).toContain("300 people, 5% more than a year earlier (to be verified; see the checks).");
  });
});
