/**
 * 当月 and 累计 (issue 15): the period words of monthly reports, the column groups, and the period
 * the figures of each group cover. Spellings from docs/report-rules.md ("8月，全省发生…；1—8月，累计发生…")
 * and the Hunan/Guangzhou monthly releases it cites; the 月报 shape is issue 15's.
 */
import type { SheetSnapshot } from "../../src/core/model/snapshot";
import { englishPeriodText } from "../../src/core/periods/periodText";
import { datedRoles, figuresPeriod, hasPeriodGroups, periodView } from "../../src/core/reader/periodGroups";
import { parsePeriod } from "../../src/core/reader/periods";
import { readWorkbook } from "../../src/core/reader/readWorkbook";

describe("period words of monthly reports", () => {
  test("当月 / 本月 are this month, 去年同月 / 上年同月 the same month last year", () => {
    for (const w of ["当月", "本月", "本月数", "当月数"]) expect(parsePeriod(w)).toMatchObject({ kind: "current", group: "month" });
    for (const w of ["去年同月", "上年同月", "同月"]) expect(parsePeriod(w)).toMatchObject({ kind: "previous", group: "month" });
  });

  test("累计 / 1—N月累计 / 年初至今 are the year to date; 去年同期 / 上年同期 fit either group", () => {
    for (const w of ["累计", "本年累计", "年初至今", "年初累计"]) expect(parsePeriod(w)).toMatchObject({ kind: "current", group: "cumulative" });
    expect(parsePeriod("1—6月累计")).toMatchObject({ kind: "dated", startMonth: 1, endMonth: 6, group: "cumulative" });
    expect(parsePeriod("去年同期累计")).toMatchObject({ kind: "previous", group: "cumulative" });
    expect(parsePeriod("去年同期")).toMatchObject({ kind: "previous", label: "去年同期" });
    expect(parsePeriod("去年同期")?.group).toBeUndefined();
    expect(parsePeriod("上年同期")?.group).toBeUndefined();
  });

  test("a single month is a month, a range of months the year to date; 上年 / 本年 stay year words", () => {
    expect(parsePeriod("2024年6月")).toMatchObject({ year: 2024, startMonth: 6, endMonth: 6, group: "month" });
    expect(parsePeriod("2024年1—6月")).toMatchObject({ startMonth: 1, endMonth: 6, group: "cumulative" });
    expect(parsePeriod("本年")).toMatchObject({ kind: "current", label: "本年" });
    expect(parsePeriod("本年")?.group).toBeUndefined();
    expect(parsePeriod("上年")).toMatchObject({ kind: "previous", label: "上年" });
    expect(parsePeriod("上年")?.group).toBeUndefined();
  });
});

describe("datedRoles", () => {
  test("compares within each span of months: the later year is current", () => {
    const roles = datedRoles(["2024年6月", "2023年6月", "2024年1—6月", "2023年1—6月"].map((l) => parsePeriod(l)!));
    expect(Object.fromEntries(roles)).toEqual({ "2024年6月": "current", "2023年6月": "previous", "2024年1—6月": "current", "2023年1—6月": "previous" });
  });

  test("a span with one year only is a single-period value", () => {
    const roles = datedRoles(["2024年6月", "2024年1—6月"].map((l) => parsePeriod(l)!));
    expect([...roles.values()]).toEqual(["value", "value"]);
  });
});

/** A 月报 keyed by county with dated groups, as an in-memory sheet. */
function datedMonthly(): SheetSnapshot {
  return {
    name: "月报",
    originRow: 0,
    originColumn: 0,
    values: [
      ["楚雄州2024年6月生产安全事故月报", "", "", "", "", "", ""],
      ["县（市）", "事故起数", "", "", "", "", ""],
      ["", "2024年6月", "2023年6月", "增减幅度(%)", "2024年1—6月", "2023年1—6月", "增减幅度(%)"],
      ["全州合计", 3, 4, -25, 23, 20, 15],
      ["楚雄市", 1, 1, 0, 5, 4, 25],
      ["禄丰市", 2, 3, -33.3, 18, 16, 12.5],
    ],
    merges: [
      { row: 0, column: 0, rowCount: 1, columnCount: 7 },
      { row: 1, column: 0, rowCount: 2, columnCount: 1 },
      { row: 1, column: 1, rowCount: 1, columnCount: 6 },
    ],
  };
}

describe("a monthly report whose groups are dated (2024年6月 | 2023年6月 | … | 2024年1—6月 | 2023年1—6月)", () => {
  const model = readWorkbook({ sheets: [datedMonthly()] });
  const table = model.tables[0];

  test("gives each group its current and previous column, and the 增减幅度 after them its group", () => {
    expect(table.columns.slice(1).map((c) => [c.role, c.periodGroup])).toEqual([
      ["current", "month"],
      ["previous", "month"],
      ["change_pct", "month"],
      ["current", "cumulative"],
      ["previous", "cumulative"],
      ["change_pct", "cumulative"],
    ]);
    expect(hasPeriodGroups(table)).toBe(true);
  });

  test("checks each stated 增减幅度 against its own group's columns: all agree", () => {
    expect(model.findings).toEqual([]);
  });

  test("each group's period comes from its columns: 2024年6月 and 2024年1—6月", () => {
    expect(figuresPeriod(table, "month")).toMatchObject({ label: "2024年6月", short: "6月" });
    expect(figuresPeriod(table, "cumulative")).toMatchObject({ label: "2024年1—6月", short: "1—6月" });
    expect(periodView(table, "month").periods).toEqual({ current: "2024年6月", previous: "2023年6月" });
  });
});

describe("figuresPeriod with undated words", () => {
  function table(current: string, title: string) {
    const sheet: SheetSnapshot = {
      name: "表",
      originRow: 0,
      originColumn: 0,
      values: [
        [title, "", "", "", ""],
        ["县（市）", "事故起数", "", "", ""],
        ["", "当月", "去年同月", current, "去年同期"],
        ["全州合计", 3, 4, 23, 20],
        ["楚雄市", 3, 4, 23, 20],
      ],
      merges: [
        { row: 0, column: 0, rowCount: 1, columnCount: 5 },
        { row: 1, column: 0, rowCount: 2, columnCount: 1 },
        { row: 1, column: 1, rowCount: 1, columnCount: 4 },
      ],
    };
    return readWorkbook({ sheets: [sheet] }).tables[0];
  }

  test("累计 under a title of 2024年6月 is 2024年1—6月, 当月 is 2024年6月 — never the title's period alone", () => {
    const t = table("累计", "楚雄州2024年6月安全生产月报");
    expect(figuresPeriod(t, "cumulative")?.label).toBe("2024年1—6月");
    expect(figuresPeriod(t, "month")?.label).toBe("2024年6月");
  });

  test("年初至今 reads the same way", () => {
    expect(figuresPeriod(table("年初至今", "2024年8月月报"), "cumulative")?.label).toBe("2024年1—8月");
  });

  test("in English: January–June 2024, June 2024", () => {
    const t = table("累计", "楚雄州2024年6月安全生产月报");
    expect(englishPeriodText(figuresPeriod(t, "cumulative")!)).toBe("January–June 2024");
    expect(englishPeriodText(figuresPeriod(t, "month")!)).toBe("June 2024");
  });
});

describe("figuresPeriod labels spans by the one rule the planner's sections use (src/core/periods/figuresPeriod.ts)", () => {
  test("a dated range under a week's title keeps its days (2015年7月20日—7月26日, the 国家安全监管总局 weekly brief of corpus 24)", () => {
    const sheet: SheetSnapshot = {
      name: "表",
      originRow: 0,
      originColumn: 0,
      values: [
        ["2015年7月20日—7月26日较大事故情况", "", ""],
        ["行业领域", "事故起数", "死亡人数"],
        ["道路运输", 6, 24],
        ["建筑业", 2, 7],
      ],
      merges: [{ row: 0, column: 0, rowCount: 1, columnCount: 3 }],
    };
    const period = figuresPeriod(readWorkbook({ sheets: [sheet] }).tables[0]);
    expect(period).toMatchObject({ year: 2015, start: "2015-07-20", end: "2015-07-26" });
    expect(englishPeriodText(period!)).toBe("20–26 July 2015");
  });
});
