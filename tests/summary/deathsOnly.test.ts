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
});
