/**
 * Columns that are not a figure of their own, set aside with a word (never silently): a comparison
 * with an average of earlier years (开化县 2021年1-11月, corpus 21: 与前两年平均数相比(%) was read as
 * 事故起数 -60), and the same quantity in a second unit (湖北 2023年9月, corpus 26: 农作物受灾面积 in
 * 千公顷 and in 万亩, two facts 3 ha apart by rounding). Figures from those releases.
 */
import { workbookFacts, type WorkbookFacts } from "../../src/core/facts";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { sheetOf } from "./layouts";

function read(rows: unknown[][]): { wf: WorkbookFacts; diagnostics: string[] } {
  const model = readWorkbook({ sheets: [sheetOf("表", rows)] });
  return { wf: workbookFacts(model), diagnostics: model.diagnostics.map((d) => `${d.address} ${d.message.zh} | ${d.message.en}`) };
}

const whole = (wf: WorkbookFacts, indicator: string, measure: string) =>
  wf.facts
    .filter((f) => f.indicator === indicator && f.measure === measure && f.breakdown.length === 0 && f.period.relation === "current" && !f.base?.mean)
    .map((f) => f.value);

test("a column compared with the average of the two years before is no figure of this period and no 同比: kept as a change against that mean, unchecked, and named", () => {
  const { wf, diagnostics } = read([
    ["开化县2021年1-11月安全生产情况"],
    ["指标", "1-11月", "同比(%)", "与前两年平均数相比(%)"],
    ["事故起数（起）", 8, -50, -60],
    ["死亡人数（人）", 6, -14.3, -33.3],
  ]);
  expect(whole(wf, "accident_count", "count")).toEqual([8]);
  expect(whole(wf, "deaths", "count")).toEqual([6]);
  expect(whole(wf, "accident_count", "change_pct")).toEqual([-50]);
  // −60 and −33.3 are changes against the mean of the two years before (issue 22: told as the release tells them), never a
  // count and never a 同比.
  const against = wf.facts.filter((f) => f.value === -60 || f.value === -33.3);
  expect(against.map((f) => [f.measure, f.base?.relation, f.base?.label, f.base?.mean])).toEqual([
    ["change_pct", "series", "前两年平均数", true],
    ["change_pct", "series", "前两年平均数", true],
  ]);
  expect(diagnostics).toContain(
    'D2 “与前两年平均数相比(%)”列是与前两年平均数的比较，不是同比，综述按原表所列写入；表中没有前几年的数字，未核对 | The column "与前两年平均数相比(%)" compares with an average of earlier years, not with a year earlier; the narrative tells it as the table states it; the table holds no earlier years, so it is not checked',
  );
});

test("an area in 千公顷 and again in 万亩 is one figure: the first column's, the second set aside and named", () => {
  const { wf, diagnostics } = read([
    ["湖北省7月16日以来雨情汛情灾情统计"],
    ["受灾地区", "受灾人口（万人）", "农作物受灾面积（千公顷）", "农作物受灾面积（万亩）", "直接经济损失（亿元）"],
    ["11市（州、省直管市、林区）37县（市、区）", 78.73, 48.05, 72.07, 22.35],
  ]);
  // 48.05千公顷 = 48,050 ha; 72.07万亩 would be 48,046.7 ha.
  expect(wf.facts.filter((f) => f.indicator === "crop_affected_ha").map((f) => f.value)).toEqual([48050]);
  expect(diagnostics).toContain(
    'D2 “农作物受灾面积（万亩）”列与“农作物受灾面积（千公顷）”列是同一数字的两种单位，按千公顷汇总 | The column "农作物受灾面积（万亩）" states the figure of "农作物受灾面积（千公顷）" in another unit; the summary uses 千公顷',
  );
});

test("two columns of one figure in the same unit, or in two units under different group headers, are both kept", () => {
  const { wf } = read([
    ["2024年全县事故统计"],
    ["县（市）", "6月", "", "1—6月", ""],
    ["", "直接经济损失（元）", "去年同月", "直接经济损失（万元）", "去年同期"],
    ["甲县", 50000, 40000, 30, 20],
    ["乙县", 10000, 20000, 12, 10],
  ]);
  expect(wf.facts.filter((f) => f.indicator === "direct_loss" && f.breakdown.length === 0 && f.period.relation === "current").length).toBe(2);
});

test("a 同比 column that states some changes in words (下降, 持平: 武定县 2020年1至10月, corpus 07) keeps its figures: a direction is not a text column", () => {
  const { wf, diagnostics } = read([
    ["武定县2020年1至10月安全生产事故情况"],
    ["领域", "事故起数（起）", "同比(%)", "死亡人数（人）", "同比(%)"],
    ["全县", 14, "下降", 4, "下降"],
    ["道路交通", 9, -52.6, 4, -63.6],
    ["工矿商贸", 0, "持平", 0, "持平"],
    ["消防领域", 5, -66.7, 0, ""],
  ]);
  const road = wf.facts.find((f) => f.indicator === "deaths" && f.measure === "change_pct" && f.breakdown.some((k) => k.key === "道路交通"));
  expect(road?.value).toBe(-63.6);
  expect(diagnostics.some((d) => d.includes("不是死亡人数"))).toBe(false);
});
