import { readWorkbook } from "../../src/core/reader/readWorkbook";
import type { TableModel } from "../../src/core/reader/model";
import { tableCellAddress } from "../../src/core/reader/tableCell";
import { workbookFacts } from "../../src/core/facts";
import { planSummary } from "../../src/core/summary/planSummary";
import { findTrendSeries } from "../../src/core/summary/significance";
import { sheetOf } from "../reader/layouts";
import { monthsAcross, periodsAcross, periodsInRows, quartersAcross, yearsInRows } from "./sheets";

/** Every figure of a table as indicator × period words × value, whichever way the table lies. */
function figures(table: TableModel): string[] {
  const out: string[] = [];
  table.rows.forEach((row, i) =>
    table.columns.forEach((column, j) => {
      const v = table.values[i][j];
      if (!v || v.value === null) return;
      out.push(
        `${row.indicator}|${column.role}|${column.periodGroup ?? ""}|${column.comparison ?? ""}|${column.periodLabel ?? column.headerPath.join("/")}|${v.value}`,
      );
    }),
  );
  return out.sort();
}

describe("a sheet whose periods are rows (当月 | 去年同月 | 同比 | 上月 | 环比 | 累计 | 去年同期 | 同比)", () => {
  const model = readWorkbook({ sheets: [periodsInRows()] });
  const table = model.tables[0];

  it("is one table keyed by indicator, read turned, never a table of regions", () => {
    expect(model.tables).toHaveLength(1);
    expect(table.keyKind).toBe("indicator");
    expect(table.transposed).toBe(true);
    expect(table.rows.map((r) => r.indicator)).toEqual(["accident_count", "deaths", "injured", "direct_loss"]);
  });

  it("gives each period row its role and group, and 环比 compares with 上月", () => {
    const roles = table.columns.map((c) => `${c.role}:${c.periodGroup ?? ""}${c.comparison ? `:${c.comparison}` : ""}`);
    expect(roles).toEqual([
      "key:",
      "current:month",
      "previous:month",
      "change_pct:month",
      "previous_period:month",
      "change_pct:month:previous_period",
      "current:cumulative",
      "previous:cumulative",
      "change_pct:cumulative",
    ]);
  });

  it("addresses each figure at its own sheet cell", () => {
    // 死亡人数 累计 is C8 (row 8 is 累计, column C is 死亡人数).
    const i = table.rows.findIndex((r) => r.indicator === "deaths");
    const j = table.columns.findIndex((c) => c.periodLabel === "累计");
    expect(tableCellAddress(table, i, j)).toBe("C8");
    expect(table.values[i][j]?.value).toBe(62);
  });

  it("finds no slip in a consistent bulletin, and finds a wrong 同比 at its cell", () => {
    expect(model.findings).toEqual([]);
    const sheet = periodsInRows();
    const rows = sheet.values.map((r) => [...r]);
    rows[9][1] = -15; // 累计同比 of 事故起数: 70 against 80 is −12.5%, not −15%
    const slipped = readWorkbook({ sheets: [{ ...sheet, values: rows }] });
    expect(slipped.findings.map((f) => [f.kind, f.cell, f.sources])).toEqual([["stated_change_mismatch", "B10", ["B8", "B9"]]]);
  });

  it("gives the same figures as the same table with its periods across (transposition)", () => {
    const across = readWorkbook({ sheets: [periodsAcross()] }).tables[0];
    expect(across.transposed).toBeUndefined();
    expect(figures(table)).toEqual(figures(across));
  });
});

describe("years as rows", () => {
  const table = readWorkbook({ sheets: [yearsInRows()] }).tables[0];

  it("reads 2024年 as current and 2023年 as previous, and the 增减 row as a stated change", () => {
    expect(table.transposed).toBe(true);
    expect(table.periods).toEqual({ current: "2024年", previous: "2023年" });
    expect(table.columns.map((c) => c.role)).toEqual(["key", "current", "previous", "change_abs"]);
    expect(table.rows.map((r) => r.indicator)).toEqual(["accident_count", "deaths", "injured"]);
  });
});

describe("a series across", () => {
  it("months across with later months empty: the 累计 is January to April, the year is not complete", () => {
    const table = readWorkbook({ sheets: [monthsAcross()] }).tables[0];
    const total = table.columns.find((c) => c.headerPath.join() === "累计")!;
    expect(total.role).toBe("current");
    expect(total.period?.span).toEqual({ kind: "cumulative", year: 2024, startMonth: 1, endMonth: 4, complete: false });
    const months = table.columns.filter((c) => c.period?.span?.kind === "month");
    expect(months).toHaveLength(12);
    expect(months.every((c) => c.role === "value")).toBe(true);
  });

  it("quarters across with 全年: the 全年 is the year, and no quarter is taken for it", () => {
    const table = readWorkbook({ sheets: [quartersAcross()] }).tables[0];
    const year = table.columns.find((c) => c.headerPath.join() === "全年")!;
    expect(year.role).toBe("current");
    expect(year.period?.span).toMatchObject({ kind: "year", year: 2023 });
    expect(year.period?.span?.complete).toBeUndefined();
    expect(table.columns.filter((c) => c.period?.span?.kind === "quarter").every((c) => c.role === "value")).toBe(true);
  });
});

describe("the summary of a table read turned", () => {
  it("refers to the figures' own cells (累计 事故起数 is B8, 去年同期 B9), never to cells of the other orientation", () => {
    const plan = planSummary(workbookFacts(readWorkbook({ sheets: [periodsInRows()] })), { generatedAt: "2024-07-01 09:00" });
    const row = plan.cells.find((r) => r[0].value === "事故起数（起）")!;
    expect([row[1].formula, row[2].formula]).toEqual(["='6月'!B8", "='6月'!B9"]);
    expect(plan.narrative[0]).toMatch(/^2024年1—6月，全市共发生各类生产安全事故70起、死亡62人、受伤33人/);
  });

  it("finds a series of years down the side for the trend, oldest first, with each year's cell", () => {
    const years = sheetOf("历年", [
      ["年份", "事故起数（起）", "死亡人数（人）"],
      ["2023年", 40, 41],
      ["2022年", 44, 47],
      ["2021年", 51, 50],
      ["2020年", 55, 60],
    ]);
    const series = findTrendSeries(workbookFacts(readWorkbook({ sheets: [years] })))!;
    expect(series.labels).toEqual(["2020年", "2021年", "2022年", "2023年"]);
    expect(series.counts).toEqual([55, 51, 44, 40]);
    expect(series.cells.map((c) => c?.address)).toEqual(["B5", "B4", "B3", "B2"]);
  });
});
