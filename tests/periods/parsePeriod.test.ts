import { parsePeriodText } from "../../src/core/periods/parsePeriod";
import { findPeriodIn, issueIn, periodsIn } from "../../src/core/periods/findPeriod";
import { periodText } from "../../src/core/periods/periodText";

// The spellings are the ones docs/periods.md lists, as bureau tables, titles, sheet and file names write them
// (Chuxiong releases, MEM monthly releases, the national accident tables in ../shared/real-workbooks/).
describe("parsePeriodText reads every spelling of a span", () => {
  it.each([
    ["2024年1—6月", 2024, 1, 6],
    ["2024年1-6月", 2024, 1, 6],
    ["2024年1～6月", 2024, 1, 6],
    ["2024年1~6月", 2024, 1, 6],
    ["2024年1至6月", 2024, 1, 6],
    ["2024年1月至6月", 2024, 1, 6],
    ["2024年1月-6月", 2024, 1, 6],
    ["２０２４年１－６月", 2024, 1, 6],
    ["二〇二四年一至六月", 2024, 1, 6],
    ["2024.1-6", 2024, 1, 6],
    ["2005_1-2", 2005, 1, 2],
    ["1-6月累计", undefined, 1, 6],
    ["6月累计", undefined, 1, 6],
    ["1—9月", undefined, 1, 9],
  ])("%s is January to a month: %s/%s–%s", (text, year, start, end) => {
    expect(parsePeriodText(text)).toMatchObject({
      span: { kind: "cumulative", startMonth: start, endMonth: end },
      group: "cumulative",
      label: text.replace(/\s/g, ""),
    });
    expect(parsePeriodText(text)?.span?.year).toBe(year);
  });

  it("reads a run of months that does not start in January as months, not as the year to date", () => {
    expect(parsePeriodText("4—6月")).toMatchObject({ span: { kind: "months", startMonth: 4, endMonth: 6 } });
    expect(parsePeriodText("4—6月")?.group).toBeUndefined();
  });

  it.each([
    ["2024年6月", 2024, 6],
    ["6月", undefined, 6],
    ["6月份", undefined, 6],
    ["十二月", undefined, 12],
    ["2005_7", 2005, 7],
    ["2024.6", 2024, 6],
    ["2024-06", 2024, 6],
  ])("%s is one month", (text, year, month) => {
    expect(parsePeriodText(text)).toMatchObject({ span: { kind: "month", startMonth: month, endMonth: month }, group: "month" });
    expect(parsePeriodText(text)?.span?.year).toBe(year);
  });

  it.each(["一季度", "第一季度", "1季度", "Q1", "2024年一季度", "2024年第1季度", "2024Q1", "１季度"])("%s is the first quarter", (text) => {
    expect(parsePeriodText(text)).toMatchObject({ span: { kind: "quarter", startMonth: 1, endMonth: 3, name: "一季度" } });
  });

  it("reads the other quarters, and quarters to date, and never takes a quarter for the year", () => {
    expect(parsePeriodText("三季度")).toMatchObject({ span: { kind: "quarter", startMonth: 7, endMonth: 9 } });
    expect(parsePeriodText("第四季度")).toMatchObject({ span: { kind: "quarter", startMonth: 10, endMonth: 12, name: "四季度" } });
    expect(parsePeriodText("前三季度")).toMatchObject({ span: { kind: "cumulative", startMonth: 1, endMonth: 9, name: "前三季度" }, group: "cumulative" });
    expect(parsePeriodText("2023年前三季度")).toMatchObject({ span: { kind: "cumulative", year: 2023, endMonth: 9 } });
    expect(parsePeriodText("1-3季度")).toMatchObject({ span: { kind: "cumulative", endMonth: 9, name: "前三季度" } });
    expect(parsePeriodText("一至三季度")).toMatchObject({ span: { kind: "cumulative", endMonth: 9 } });
    expect(parsePeriodText("四季度")?.span?.kind).toBe("quarter");
  });

  it("reads halves (上半年 is January to June, with its name) and whole years, and a whole year is a year, not twelve months", () => {
    expect(parsePeriodText("上半年")).toMatchObject({ span: { kind: "cumulative", startMonth: 1, endMonth: 6, name: "上半年" } });
    expect(parsePeriodText("2024年下半年")).toMatchObject({ span: { kind: "half", year: 2024, startMonth: 7, endMonth: 12 } });
    for (const text of ["2023年", "2023年度", "2023年全年", "2023", "２０２３年"])
      expect(parsePeriodText(text)).toMatchObject({ span: { kind: "year", year: 2023 } });
    expect(parsePeriodText("全年")).toMatchObject({ span: { kind: "year", name: "全年" } });
    // Written as twelve months, it stays twelve months.
    expect(parsePeriodText("2023年1-12月")).toMatchObject({ span: { kind: "cumulative", startMonth: 1, endMonth: 12 } });
  });

  it("reads dated ranges, and whole months in them become a span of months", () => {
    expect(parsePeriodText("2024年1月1日至6月30日")).toMatchObject({
      span: { kind: "cumulative", year: 2024, startMonth: 1, endMonth: 6, start: "2024-01-01", end: "2024-06-30" },
    });
    expect(parsePeriodText("2024.1.1-2024.6.30")).toMatchObject({ span: { kind: "cumulative", startMonth: 1, endMonth: 6 } });
    expect(parsePeriodText("2023年1月1日至2023年12月31日")).toMatchObject({ span: { kind: "year", year: 2023 } });
    expect(parsePeriodText("2024年3月5日至4月10日")).toMatchObject({ span: { kind: "range", start: "2024-03-05", end: "2024-04-10" } });
    expect(parsePeriodText("2023年12月1日至2024年2月29日")).toMatchObject({ span: { kind: "range", start: "2023-12-01", end: "2024-02-29" } });
    expect(parsePeriodText("2024年6月31日至7月2日")).toBeUndefined();
  });

  it("reads the relative words with their relation and group", () => {
    expect(parsePeriodText("本期")).toMatchObject({ relation: "current" });
    expect(parsePeriodText("本期")?.span).toBeUndefined();
    expect(parsePeriodText("当月")).toMatchObject({ relation: "current", group: "month" });
    expect(parsePeriodText("累计")).toMatchObject({ relation: "current", group: "cumulative" });
    expect(parsePeriodText("年初至今")).toMatchObject({ relation: "current", group: "cumulative" });
    expect(parsePeriodText("去年同期")).toMatchObject({ relation: "year_ago" });
    expect(parsePeriodText("去年同月")).toMatchObject({ relation: "year_ago", group: "month" });
    expect(parsePeriodText("上年")).toMatchObject({ relation: "year_ago" });
    expect(parsePeriodText("上月")).toMatchObject({ relation: "month_before", group: "month" });
    expect(parsePeriodText("2023年同期")).toMatchObject({ relation: "year_ago", year: 2023 });
    expect(parsePeriodText("前年同期")).toMatchObject({ relation: "series", yearsAgo: 2 });
    // The month to date, as a monthly release writes it while the month runs.
    expect(parsePeriodText("9月1日以来")).toMatchObject({ relation: "current", span: { kind: "month", startMonth: 9, endMonth: 9, complete: false } });
  });

  it("is not fooled by indicators, titles, codes and dates", () => {
    for (const text of [
      "事故起数",
      "合计",
      "数",
      "20240106",
      "2024年6月30日",
      "楚雄州2024年1—6月生产安全事故统计表",
      "13月",
      "1949年",
      "6-3月",
      "",
      null,
      42,
    ]) {
      expect(parsePeriodText(text)).toBeUndefined();
    }
  });
});

describe("findPeriodIn finds the period in titles, sheet and file names and 统计时间 lines", () => {
  it.each([
    ["楚雄州2024年1—6月生产安全事故分县(市)统计表", "2024年1—6月"],
    ["2023年全省自然灾害情况", "2023年"],
    ["2024年一季度全市安全生产执法情况", "2024年一季度"],
    ["全国2023年前三季度生产安全事故情况", "2024年前三季度".replace("2024", "2023")],
    ["2005_1-2.xls", "2005年1—2月"],
    ["2005_7", "2005年7月"],
    ["统计时间：2024年1月1日至9月30日", "2024年1—9月"],
    ["统计截止：2024年6月30日", "2024年1—6月"],
    ["截至2024年10月31日", "2024年1—10月"],
    ["2024年上半年应急管理统计.xlsx", "2024年上半年"],
  ])("%s → %s", (text, label) => {
    const found = findPeriodIn(text);
    expect(found).toBeDefined();
    expect(periodText(found!.span)).toBe(label);
  });

  it("does not read a period out of codes, counts or standards", () => {
    expect(findPeriodIn("GB6441-1986企业职工伤亡事故分类")).toBeUndefined();
    expect(findPeriodIn("事故统计表（第3号）")).toBeUndefined();
    expect(findPeriodIn("共发生事故23起")).toBeUndefined();
    expect(findPeriodIn("填报日期：2024年7月5日")).toBeUndefined();
  });

  it("does not take a periodical's issue for its year (乌海 一周事故及安全警示（2021年第34期）, corpus 41: a week, not 2021年)", () => {
    expect(findPeriodIn("一周事故及安全警示（2021年第34期）")).toBeUndefined();
    expect(issueIn("一周事故及安全警示（2021年第34期）")).toBe("2021年第34期");
    // An issue beside a stated period: the period is read, the issue is not.
    expect(periodsIn("安全生产简报2023年第5期（2023年4月）").map((p) => periodText(p.span))).toEqual(["2023年4月"]);
    expect(issueIn("2024年1—6月生产安全事故统计表")).toBeUndefined();
  });

  it("does not take a span of years for its first year (corpus 33, 2005年—2007年全国生产安全事故情况: three years, not 2005年)", () => {
    expect(findPeriodIn("2005年—2007年全国生产安全事故情况")).toBeUndefined();
    expect(findPeriodIn("2019-2024年全市事故统计")).toBeUndefined();
    // A sheet named by the years (corpus 33's "2005-2007").
    expect(findPeriodIn("2005-2007")).toBeUndefined();
    // 上半年 of each of those years: the half, with no year of its own.
    expect(findPeriodIn("2019年—2024年上半年自然灾害情况")?.span).toEqual({ kind: "cumulative", startMonth: 1, endMonth: 6, name: "上半年" });
    expect(periodText(findPeriodIn("2024年1—6月事故统计")?.span)).toBe("2024年1—6月");
  });

  it("lists every period of a comparison title in order", () => {
    expect(periodsIn("2024年1—6月与2023年1—6月对比").map((p) => periodText(p.span))).toEqual(["2024年1—6月", "2023年1—6月"]);
  });
});

describe("periodText writes the period as a report does", () => {
  it("borrows the year only when the period names none, and keeps a dated range's days", () => {
    const text = (label: string, year?: number) => periodText(parsePeriodText(label)!.span, year);
    expect(text("1-6月", 2024)).toBe("2024年1—6月");
    expect(text("2023年1-6月", 2024)).toBe("2023年1—6月");
    expect(text("全年", 2023)).toBe("2023年");
    expect(text("上半年")).toBe("上半年");
    expect(text("4—6月", 2024)).toBe("2024年4—6月");
    expect(text("2024年3月5日至4月10日")).toBe("2024年3月5日至4月10日");
    expect(text("本期")).toBe("");
  });
});
