/**
 * A table with years down the side (2019年 … 2024年) is a series until something names the report
 * year: the title (2024年上半年全国自然灾害情况) or the user's report period (`--period`). Then the
 * row of that year is the current figure, the year before it the 去年同期, and the older years stay
 * one period each of the series (issue 22 "several years"; docs/periods.md "Comparisons").
 * The figures are made up here; the averages were done by hand.
 */
import { workbookFacts, type Fact, type WorkbookFacts } from "../../src/core/facts";
import { readWorkbook, type ReadWorkbookOptions } from "../../src/core/reader/readWorkbook";
import { planSummary } from "../../src/core/summary/planSummary";
import { sheetOf } from "../reader/layouts";

function accidentYears(title: string): unknown[][] {
  return [
    [title],
    ["年份", "事故起数（起）", "死亡人数（人）"],
    ["2019年", 120, 100],
    ["2020年", 110, 90],
    ["2021年", 100, 95],
    ["2022年", 90, 80],
    ["2023年", 80, 70],
    ["2024年", 72, 77],
  ];
}

function factsOf(rows: unknown[][], options: ReadWorkbookOptions = {}): WorkbookFacts {
  return workbookFacts(readWorkbook({ sheets: [sheetOf("历年", rows)] }, options));
}

function whole(wf: WorkbookFacts, indicator: string): Fact[] {
  return wf.facts.filter((f) => f.indicator === indicator && f.breakdown.length === 0 && f.measure !== "change" && f.measure !== "change_pct");
}

function relations(wf: WorkbookFacts, indicator: string): string[] {
  return whole(wf, indicator).map((f) => `${f.period.span?.year}:${f.period.relation}`);
}

describe("years down the side", () => {
  test("with a title that names no single year they stay a series: nothing is current", () => {
    const wf = factsOf(accidentYears("2019年—2024年全市生产安全事故情况"));
    expect(new Set(whole(wf, "accident_count").map((f) => f.period.relation))).toEqual(new Set(["series"]));
  });

  test("the title's year makes its row current and the year before it the 去年同期; older years stay the series", () => {
    const wf = factsOf(accidentYears("2024年全市生产安全事故情况"));
    expect(relations(wf, "accident_count").sort()).toEqual(["2019:series", "2020:series", "2021:series", "2022:series", "2023:year_ago", "2024:current"]);
    const current = whole(wf, "accident_count").find((f) => f.period.relation === "current")!;
    expect(current).toMatchObject({ value: 72, provenance: { kind: "cell", cell: { address: "B8" } } });
    expect(current.period.span).toMatchObject({ kind: "year", year: 2024 });
  });

  test("a title of half a year makes each year row that half of its year (2024年上半年 … 2019年上半年)", () => {
    const wf = factsOf(accidentYears("2024年上半年全市生产安全事故情况"));
    const current = whole(wf, "deaths").find((f) => f.period.relation === "current")!;
    expect(current.period.span).toMatchObject({ year: 2024, startMonth: 1, endMonth: 6 });
    const ago = whole(wf, "deaths").find((f) => f.period.relation === "year_ago")!;
    expect(ago).toMatchObject({ value: 70 });
    expect(ago.period.span).toMatchObject({ year: 2023, startMonth: 1, endMonth: 6 });
  });

  test("the user's report period picks the row when the title names no year", () => {
    const wf = factsOf(accidentYears("全市生产安全事故情况"), { overrides: { reportPeriod: { start: "2024-01-01", end: "2024-12-31" } } });
    expect(relations(wf, "accident_count").sort()).toEqual(["2019:series", "2020:series", "2021:series", "2022:series", "2023:year_ago", "2024:current"]);
  });

  test("a report year the rows do not hold picks nothing", () => {
    const wf = factsOf(accidentYears("2025年全市生产安全事故情况"));
    expect(new Set(whole(wf, "accident_count").map((f) => f.period.relation))).toEqual(new Set(["series"]));
  });

  test("the 综述 compares 2024 with 2023 and with the average of 2019—2023 (rule 20): 72 against 100 is 28% lower", () => {
    const wf = factsOf(accidentYears("2024年全市生产安全事故情况"));
    const zh = planSummary(wf, { language: "zh" }).narrative.join("\n");
    // 事故起数 72 against 80: 减少8起、下降10%; deaths 77 against 70: 增加7人、上升10%.
    expect(zh).toContain("72起");
    expect(zh).toMatch(/事故起数减少8起/);
    // 近5年均值: 事故 (120+110+100+90+80)/5 = 100 → 下降28%; 死亡 (100+90+95+80+70)/5 = 87 → 77 is 11.5% lower.
    expect(zh).toContain("与近5年均值相比，事故起数和死亡人数分别下降28%和11.5%。");
    const en = planSummary(wf, { language: "en" }).narrative.join("\n");
    expect(en).toMatch(/average of the previous five years/);
  });
});
