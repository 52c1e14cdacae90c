/**
 * The accident direct economic loss from another table of the same sheet and period (issue 22, "the accident direct
 * economic loss in the accident paragraph, with its 同比"). On main the totals of a table by industry were told
 * without the loss its bulletin gives in the overview table above it. The sheet is corpus 05's, transcribed from the
 * release (一地级市安全生产监督管理局 2018年3月份事故通报: 1-3月份 28宗、17人、21人, 直接经济损失1.431万元, 同比 −99.92%;
 * 3月份 10宗、8人、5人, 0.55万元, −99.97%).
 */
import { workbookFacts } from "../../src/core/facts";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { planSummary } from "../../src/core/summary/planSummary";
import { sheetOf } from "../reader/layouts";

function narrative(sheets: [string, unknown[][]][], language: "zh" | "en"): string {
  return planSummary(workbookFacts(readWorkbook({ sheets: sheets.map(([name, rows]) => sheetOf(name, rows)) })), { language }).narrative.join("\n");
}

const OVERVIEW = [
  ["2018年1-3月份全市生产安全事故情况"],
  ["一、总体情况"],
  ["期间", "事故（宗）", "同比(%)", "死亡（人）", "同比(%)", "受伤（人）", "同比(%)", "直接经济损失（万元）", "同比(%)"],
  ["3月份", 10, -16.67, 8, -38.46, 5, -28.57, 0.55, -99.97],
  ["1-3月份", 28, 27.27, 17, -10.53, 21, 61.54, 1.431, -99.92],
  [],
];

const BY_INDUSTRY = [
  ["二、1-3月份分行业情况"],
  ["行业", "事故（宗）", null, null, "死亡（人）", null, null, "受伤（人）", null, null],
  [null, "本期", "去年同期", "同比(%)", "本期", "去年同期", "同比(%)", "本期", "去年同期", "同比(%)"],
  ["建筑业", 2, 3, -33.33, 2, 8, -75, 0, 0, "—"],
  ["交通运输和仓储业", 23, 16, 43.75, 12, 8, 50, 21, 13, 61.54],
  ["其他行业", 3, 3, 0, 3, 3, 0, 0, 0, "—"],
  ["合计", 28, 22, 27.27, 17, 19, -10.53, 21, 13, 61.54],
];

describe("the loss of the same period from another table of the sheet", () => {
  test("is told after the casualties with the 同比 its table states, at the decimals it states (corpus 05: 1.431万元, −99.92%)", () => {
    const zh = narrative([["事故通报", [...OVERVIEW, ...BY_INDUSTRY]]], "zh");
    expect(zh).toContain("共发生各类生产安全事故28起、死亡17人、受伤21人，直接经济损失1.431万元，同比");
    expect(zh).toContain("死亡人数减少2人、下降10.5%，直接经济损失下降99.92%");
    expect(narrative([["事故通报", [...OVERVIEW, ...BY_INDUSTRY]]], "en")).toContain("The direct economic loss was CNY 14,310 (down 99.92% year on year).");
  });

  test("is the loss of the totals' own period; the month's is told in the month's clause (1—3月份 1.431万元, 3月份 0.55万元)", () => {
    const zh = narrative([["事故通报", [...OVERVIEW, ...BY_INDUSTRY]]], "zh");
    expect(zh).toContain("受伤21人，直接经济损失1.431万元");
    expect(zh).not.toContain("受伤21人，直接经济损失0.55");
    // The month's loss and its stated 同比, as the release's 3月份 row gives them (session 12: on main the clause told counts only).
    expect(zh).toContain("；其中3月发生10起、死亡8人、受伤5人，直接经济损失0.55万元，同比分别下降16.67%、38.46%、28.57%和99.97%，");
    expect(narrative([["事故通报", [...OVERVIEW, ...BY_INDUSTRY]]], "en")).toContain(
      "March 2018 alone had 10 accidents (down 16.67% year on year), 8 deaths (down 38.46% year on year) and 5 injuries (down 28.57% year on year). The direct economic loss in March 2018 was CNY 5,500 (down 99.97% year on year).",
    );
    // Without the 1-3月份 row the industry table's totals have no loss of their own period: never the month's.
    const monthOnly = narrative([["事故通报", [...OVERVIEW.filter((r) => r[0] !== "1-3月份"), ...BY_INDUSTRY]]], "zh");
    expect(monthOnly).not.toContain("受伤21人，直接经济损失0.55");
    expect(monthOnly).not.toContain("下降99.97%");
  });

  test("is taken from the same sheet only: the same tables on two sheets give the totals without it", () => {
    const apart = narrative(
      [
        ["总体", OVERVIEW],
        ["分行业", BY_INDUSTRY.map((r) => (r[0] === "二、1-3月份分行业情况" ? ["2018年1-3月份分行业情况"] : r))],
      ],
      "zh",
    );
    expect(apart).toContain("28起、死亡17人、受伤21人，同比");
    expect(narrative([["事故通报", [...OVERVIEW, ...BY_INDUSTRY]]], "zh")).toContain("28起、死亡17人、受伤21人，直接经济损失1.431万元");
  });
});
