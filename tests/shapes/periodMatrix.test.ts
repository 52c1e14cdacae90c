/**
 * A period matrix: years down the side, months across with January and February combined, a 累计
 * column, one indicator per block named by its section heading — the running sheet 湖北省应急管理厅
 * keeps (tests/corpus/workbooks/45-hb-2024-months-across.xlsx transcribes its 2024年1-3月事故和灾害统计:
 * 3月 53起 52人, 1-3月 128起 120人, 同比减少216起、137人; 1—2月 = 1-3月 − 3月; 2023 = 2024 − 增减).
 */
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookFacts } from "../../src/core/facts";
import { planSummary } from "../../src/core/summary/planSummary";
import { tableCellAddress } from "../../src/core/reader/tableCell";
import { headingIndicator } from "../../src/core/reader/periodMatrix";
import { sheetOf } from "../reader/layouts";

const MONTHS = ["1—2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "累计"];
const E = "";
const row = (label: string, figures: (number | string)[], total: number) => [label, ...figures, ...new Array(11 - figures.length).fill(E), total];

/** The 湖北 sheet; `deaths2023` lets a test fill last year's whole year. */
function hubeiSheet(deaths2023: { figures: (number | string)[]; total: number } = { figures: [139, 118], total: 257 }, deaths2024Total = 120) {
  return sheetOf(
    "分月",
    [
      ["2024年湖北省生产安全事故分月情况"],
      ["一、事故起数（起）"],
      ["年份", ...MONTHS],
      row("2024年", [75, 53], 128),
      row("2023年", [183, 161], 344),
      [],
      ["二、死亡人数（人）"],
      ["年份", ...MONTHS],
      row("2024年", [68, 52], deaths2024Total),
      row("2023年", deaths2023.figures, deaths2023.total),
    ],
    ["A1:M1"],
  );
}

/** A fact as indicator, relation, span (year, first and last month) and value. */
function described(f: ReturnType<typeof workbookFacts>["facts"][number]): string {
  const s = f.period.span;
  const [first, last] = s?.kind === "year" ? [1, 12] : [s?.kind === "cumulative" ? 1 : s?.startMonth, s?.endMonth];
  return `${f.indicator} ${f.period.relation} ${s?.year}-${first}..${last} ${f.value}`;
}

describe("a period matrix: years down the side, 1—2月 … 12月 | 累计 across, the indicator in the heading", () => {
  it("names the indicator and its unit from a section heading alone, never from a sentence", () => {
    expect(headingIndicator("一、事故起数（起）")?.draft.indicator?.id).toBe("accident_count");
    expect(headingIndicator("一、事故起数（起）")?.unit).toBe("起");
    expect(headingIndicator("（二）死亡人数（人）")?.draft.indicator?.id).toBe("deaths");
    expect(headingIndicator("2024年湖北省生产安全事故分月情况")).toBeUndefined();
  });

  it("is read as it stands (not turned): rows are the years, columns the months of the heading's indicator", () => {
    const model = readWorkbook({ sheets: [hubeiSheet()] });
    expect(model.tables).toHaveLength(2);
    const [accidents, deaths] = model.tables;
    expect(accidents.transposed).toBeUndefined();
    expect(accidents.rows.map((r) => r.label)).toEqual(["2024年", "2023年"]);
    expect(new Set(accidents.columns.filter((c) => c.role !== "key").map((c) => c.indicator))).toEqual(new Set(["accident_count"]));
    expect(new Set(deaths.columns.filter((c) => c.role !== "key").map((c) => `${c.indicator} ${c.unit}`))).toEqual(new Set(["deaths 人"]));
    // 1—2月 is the first piece of the series (months 1 to 2), not a second 累计.
    expect(accidents.columns[1].period?.span).toMatchObject({ kind: "months", startMonth: 1, endMonth: 2 });
    expect(accidents.columns[12].period?.span).toMatchObject({ kind: "cumulative", startMonth: 1, endMonth: 3, year: 2024, complete: false });
    expect(tableCellAddress(accidents, 1, 12)).toBe("M5");
    // The 2023年 row is the comparison: no "没有去年同期列" note.
    expect(model.diagnostics.filter((d) => /去年同期/.test(d.message.zh))).toEqual([]);
  });

  it("gives each cell the row's year and relation with the column's months, as the release states them", () => {
    const facts = workbookFacts(readWorkbook({ sheets: [hubeiSheet()] }))
      .facts.filter((f) => f.value !== null)
      .map(described);
    expect(facts).toEqual([
      "accident_count series 2024-1..2 75",
      "accident_count series 2024-3..3 53",
      "accident_count current 2024-1..3 128",
      "accident_count year_ago 2023-1..2 183",
      "accident_count year_ago 2023-3..3 161",
      "accident_count year_ago 2023-1..3 344",
      "deaths series 2024-1..2 68",
      "deaths series 2024-3..3 52",
      "deaths current 2024-1..3 120",
      "deaths year_ago 2023-1..2 139",
      "deaths year_ago 2023-3..3 118",
      "deaths year_ago 2023-1..3 257",
    ]);
  });

  it("gives each year's 累计 its own months: last year's whole year is 2023年, this year's stops in March", () => {
    const full = { figures: [139, 118, 40, 41, 42, 43, 44, 45, 46, 47, 48], total: 653 };
    const facts = workbookFacts(readWorkbook({ sheets: [hubeiSheet(full)] })).facts.filter(
      (f) => f.indicator === "deaths" && f.provenance.kind === "cell" && f.provenance.cell.address.startsWith("M"),
    );
    expect(facts.map(described)).toEqual(["deaths current 2024-1..3 120", "deaths year_ago 2023-1..12 653"]);
    expect(facts[1].period.span?.kind).toBe("year");
    // Last year's 1—3月 is no cell of the sheet: the summary compares with neither 2023年1—2月 nor the whole year.
    const plan = planSummary(workbookFacts(readWorkbook({ sheets: [hubeiSheet(full)] })), { language: "zh", generatedAt: "2024-04-20T09:00" });
    const cells = plan.cells.flat().map((c) => c.formula ?? "");
    expect(cells).not.toContain("='分月'!B10");
    expect(cells).not.toContain("='分月'!M10");
  });

  it("summarises 1—3月 against last year's 1—3月, never against last year's 1—2月 (the release: 128起、120人, 减少216起、137人)", () => {
    const plan = planSummary(workbookFacts(readWorkbook({ sheets: [hubeiSheet()] })), { language: "zh", generatedAt: "2024-04-20T09:00" });
    expect(plan.narrative[0]).toContain("2024年1—3月，全省共发生各类生产安全事故128起、死亡120人，同比事故起数减少216起，死亡人数减少137人");
    const cells = plan.cells.flat().map((c) => c.formula ?? "");
    expect(cells).toContain("='分月'!M4");
    expect(cells).toContain("='分月'!M5");
    expect(cells).not.toContain("='分月'!B5");
  });

  it("finds a 累计 that is not its months' sum (the corpus's planted slip: 112 typed for 68 + 52 = 120)", () => {
    const model = readWorkbook({ sheets: [hubeiSheet(undefined, 112)] });
    expect(model.findings.map((f) => `${f.kind} ${f.cell} ${f.stated} ${f.recomputed}`)).toEqual(["total_mismatch M9 112 120"]);
    expect(readWorkbook({ sheets: [hubeiSheet()] }).findings).toEqual([]);
  });
});
