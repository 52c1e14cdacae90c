/**
 * The several-year average (issue 22 "several years"; docs/report-rules.md rule 20): "与近5年同期均值相比"
 * as MEM writes it (2019年前三季度: "与近5年同期均值相比，…因灾死亡失踪人数、紧急转移安置人次、倒塌房屋数量和直接
 * 经济损失分别减少25%、17%、55%和3%"). Reference values by hand from the records below: 1—6月 accidents 2019–2023
 * 3, 4, 5, 4, 6 (mean 4.4) against 3 in 2024 (−31.8%); deaths 4, 3, 5, 4, 6 (mean 4.4) against 5 (+13.6%).
 */
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookFacts } from "../../src/core/facts/workbookFacts";
import { planSummary } from "../../src/core/summary/planSummary";
import { resolveSummaryOptions } from "../../src/core/summary/options";
import { sheetOf } from "../reader/layouts";

const HEADER = ["序号", "事故发生时间", "县（市）", "行业", "事故类型", "死亡人数", "受伤人数"];
/** [date, deaths] per accident; every one in 楚雄市, 建筑业, 高处坠落, no injuries. */
const YEARS: Record<number, [string, number][]> = {
  2019: [
    ["01-04", 1],
    ["04-11", 1],
    ["06-20", 2],
    ["08-02", 1],
  ],
  2020: [
    ["01-15", 1],
    ["02-11", 1],
    ["05-03", 1],
    ["06-28", 0],
  ],
  2021: [
    ["01-09", 1],
    ["02-14", 1],
    ["03-03", 1],
    ["04-04", 1],
    ["05-05", 1],
  ],
  2022: [
    ["02-02", 2],
    ["03-12", 1],
    ["04-21", 1],
    ["06-30", 0],
    ["09-09", 3],
  ],
  2023: [
    ["01-20", 1],
    ["02-20", 1],
    ["03-20", 1],
    ["04-20", 1],
    ["05-20", 1],
    ["06-20", 1],
  ],
  2024: [
    ["01-05", 1],
    ["03-15", 2],
    ["05-25", 2],
  ],
};

function records(from: number): unknown[][] {
  return Object.entries(YEARS)
    .filter(([year]) => Number(year) >= from)
    .flatMap(([year, list]) => list.map(([day, deaths]) => [`${year}-${day}`, "楚雄市", "建筑业", "高处坠落", deaths, 0]))
    .map((r, i) => [i + 1, ...r]);
}

function firstParagraph(from: number, language: "zh" | "en", firstDay?: string): string {
  const rows = records(from);
  if (firstDay) rows[0][1] = firstDay;
  const model = readWorkbook({ sheets: [sheetOf("事故台账", [["楚雄州2024年1—6月生产安全事故台账"], HEADER, ...rows])] });
  return planSummary(workbookFacts(model), resolveSummaryOptions({ language })).narrative[0];
}

describe("the same period of several earlier years (近N年同期均值)", () => {
  test("a ledger of six years: 与近5年同期均值相比，事故起数下降31.8%，死亡人数上升13.6% (mean 4.4 each, by hand)", () => {
    const zh = firstParagraph(2019, "zh");
    expect(zh).toContain("2024年1—6月，全州共发生各类生产安全事故3起、死亡5人");
    expect(zh).toContain("与近5年同期均值相比，事故起数下降31.8%，死亡人数上升13.6%。");
    expect(firstParagraph(2019, "en")).toContain(
      "Compared with the average of the same period of the previous five years, accidents fell by 31.8%, while deaths rose by 13.6%.",
    );
  });

  test("as many years as are there: from 2021 it is 近3年 (accidents 5, 4, 6: mean 5 → −40%; deaths 5, 4, 6 → 持平)", () => {
    expect(firstParagraph(2021, "zh")).toContain("与近3年同期均值相比，事故起数下降40%，死亡人数持平。");
    expect(firstParagraph(2021, "en")).toContain(
      "Compared with the average of the same period of the previous three years, accidents fell by 40%, while deaths were unchanged.",
    );
  });

  test("a first year the ledger may not cover in full (its first record in March) is not a 同期, and two years are no average", () => {
    const zh = firstParagraph(2021, "zh", "2021-03-03");
    expect(zh).not.toContain("均值");
    expect(firstParagraph(2022, "zh")).not.toContain("均值");
  });
});
