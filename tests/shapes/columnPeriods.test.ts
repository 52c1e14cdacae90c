import { readWorkbook } from "../../src/core/reader/readWorkbook";
import type { TableModel } from "../../src/core/reader/model";
import { periodText } from "../../src/core/periods/periodText";
import { layoutA } from "../reader/layouts";
import { datedAmongWords, groupedMonthly, keyedByType, periodRowsWithParts, stackedSections, twoYearsBack } from "./sheets";

/** Each period column as "relation span-label". */
function periods(table: TableModel): string[] {
  return table.columns.filter((c) => c.period).map((c) => `${c.period!.relation} ${periodText(c.period!.span)}`);
}

// The shapes are those of the releases named in tests/corpus/README.md (广州 2022/2023 monthly, 湖南 2025,
// 统计公报 2023, 石台 2022, 罗湖 2023); the figures are cut down.
describe("every period column gets its period, resolved from its words, its group and the table", () => {
  it("本期 | 去年同期 under a title naming the months: 2024年1—6月 and 2023年1—6月", () => {
    const table = readWorkbook({ sheets: [layoutA()] }).tables[0];
    expect(periods(table).slice(0, 2)).toEqual(["current 2024年1—6月", "year_ago 2023年1—6月"]);
  });

  it("the month's words under a dated group header (7月 / 去年同月, 7月 / 上月): last year's July and June", () => {
    const table = readWorkbook({ sheets: [groupedMonthly()] }).tables[0];
    expect(periods(table)).toEqual(["current 2022年7月", "year_ago 2021年7月", "month_before 2022年6月", "current 2022年1—7月", "year_ago 2021年1—7月"]);
  });

  it("dated columns among words: 6月 is the month, 5月 the base of 环比, 1-6月累计 the year to date", () => {
    const table = readWorkbook({ sheets: [datedAmongWords()] }).tables[0];
    expect(table.columns.map((c) => c.role)).toEqual([
      "key",
      "current",
      "previous",
      "change_pct",
      "previous_period",
      "change_pct",
      "current",
      "previous",
      "change_pct",
    ]);
    expect(periods(table)).toEqual(["current 2023年6月", "year_ago 2022年6月", "month_before 2023年5月", "current 2023年1—6月", "year_ago 2022年1—6月"]);
  });

  it("前年同期 is two years back, one period of a series, never the base of a 同比", () => {
    const table = readWorkbook({ sheets: [twoYearsBack()] }).tables[0];
    expect(table.columns.map((c) => c.role)).toEqual(["key", "current", "previous", "value"]);
    expect(periods(table)).toEqual(["current 2023年4月", "year_ago 2022年4月", "series 2021年4月"]);
  });
});

describe("periods in rows with their 其中 rows and a 同比 beside each indicator", () => {
  const table = readWorkbook({ sheets: [periodRowsWithParts()] }).tables[0];

  it("reads the 其中 rows as parts of their period row and the 同比 columns as change rows", () => {
    expect(table.transposed).toBe(true);
    expect(table.columns.map((c) => `${c.role}${c.ofWhich ? `:${c.ofWhich}` : ""}`)).toEqual([
      "key",
      "current",
      "current:较大事故",
      "current",
      "current:重大事故",
      "current:较大事故",
    ]);
    expect(table.rows.map((r) => `${r.indicator}${r.change ? `:${r.change}` : ""}`)).toEqual([
      "accident_count",
      "accident_count:change_pct",
      "deaths",
      "deaths:change_pct",
    ]);
    expect(periods(table)).toEqual(["current 2025年9月", "current 2025年9月", "current 2025年1—9月", "current 2025年1—9月", "current 2025年1—9月"]);
  });

  it("never adds rows of different periods, and reads each 同比 at its own cell", () => {
    const j = table.columns.findIndex((c) => c.period?.span?.kind === "cumulative" && !c.ofWhich);
    const i = table.rows.findIndex((r) => r.indicator === "accident_count" && r.change === "change_pct");
    expect(table.values[i][j]?.value).toBe(-13.41);
    expect(table.values[0][j]?.value).toBe(788);
  });
});

describe("tables where they are", () => {
  it("stacked under section headings are separate tables, and the heading's area decides the indicator", () => {
    const tables = readWorkbook({ sheets: [stackedSections()] }).tables;
    expect(tables.map((t) => t.address)).toEqual(["A3:C5", "A8:C10"]);
    expect(tables.map((t) => t.domain)).toEqual(["disaster", "accident"]);
    expect(tables[0].rows.map((r) => r.indicator)).toEqual(["crop_affected_ha", "dz_direct_loss"]);
    expect(tables[1].rows.map((r) => r.indicator)).toEqual(["deaths", "direct_loss"]);
    expect(tables.map((t) => periods(t)[0])).toEqual(["current 2023年", "current 2023年"]);
  });

  it("a table keyed by disaster type alone is keyed by the type, and its period is the title's year", () => {
    const table = readWorkbook({ sheets: [keyedByType()] }).tables[0];
    expect(table.rows.map((r) => r.label)).toEqual(["雪灾", "洪涝"]);
    expect(table.title).toBe("石台县2022年自然灾害情况");
    expect(periods(table)).toEqual(["current 2022年", "current 2022年"]);
  });
});
