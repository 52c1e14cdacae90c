/**
 * A 小计 or an "X合计" row totals the rows above it or the rows under it; it is never added to them.
 * The weekly list is 国家安全监管总局's 2015年7月20日-7月26日安全生产简要情况 (tests/corpus/workbooks/
 * 24-mem-2015-w30-larger-weekly.xlsx): 较大事故合计 14起 48人 stands above its fields, 1+1+3+1+7+1 = 14
 * and 3+3+9+3+27+3 = 48, under 特别重大事故 0 and 重大事故 0. The other sheets are built from it.
 */
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookFacts } from "../../src/core/facts";
import { planSummary } from "../../src/core/summary/planSummary";
import { sheetOf } from "../reader/layouts";

const HEADER = ["行业领域", "事故起数(起)", "死亡人数(人)"];
const FIELDS = [
  ["煤矿", 1, 3],
  ["危险化学品", 1, 3],
  ["工商贸其他", 3, 9],
  ["生产经营性火灾", 1, 3],
  ["道路交通", 7, 27],
  ["渔业船舶", 1, 3],
];

/** The weekly list; `larger` is what its 较大事故合计 row states. */
function weeklySheet(larger: [number, number] = [14, 48]) {
  return sheetOf("较大事故", [
    ["2015年7月20日—7月26日较大事故情况"],
    HEADER,
    ["特别重大事故", 0, 0],
    ["重大事故", 0, 0],
    ["较大事故合计", ...larger],
    ...FIELDS,
  ]);
}

/** A half-year table by field, its groups as `rows` write them. */
function fieldSheet(rows: (string | number)[][]) {
  return sheetOf("分行业", [["2024年1—6月事故情况"], HEADER, ...rows]);
}

const PLAN_OPTIONS = { language: "zh", generatedAt: "2015-07-27T09:00" } as const;

describe("a subtotal above its parts or below them", () => {
  it("takes 较大事故合计 above its fields as their whole: the fields are its parts, never added to it (corpus 24)", () => {
    const model = readWorkbook({ sheets: [weeklySheet()] });
    const rows = model.tables[0].rows;
    expect(rows.map((r) => `${r.label} ${r.role}`)).toEqual([
      "特别重大事故 data",
      "重大事故 data",
      "较大事故 data",
      ...FIELDS.map(([field]) => `${field} sublevel`),
    ]);
    expect(rows[2].text).toBe("较大事故合计");
    expect(new Set(rows.slice(3).map((r) => r.partOf))).toEqual(new Set([rows[2].row]));
    const whole = workbookFacts(model).facts.filter((f) => f.breakdown.length === 0 && f.period.relation === "current");
    expect(whole.map((f) => `${f.indicator} ${f.value}`)).toEqual(["accident_count 14", "deaths 48"]);
    expect(model.findings).toEqual([]);
  });

  it("sums the levels only in the summary's 合计 and tells the whole as 较大及以上, not as all accidents", () => {
    const plan = planSummary(workbookFacts(readWorkbook({ sheets: [weeklySheet()] })), PLAN_OPTIONS);
    const formulas = plan.cells.flat().flatMap((c) => (c.formula?.startsWith("=SUM(") ? [c.formula] : []));
    expect(formulas).toEqual(["=SUM('较大事故'!B3:B5)", "=SUM('较大事故'!C3:C5)"]);
    expect(plan.narrative[0]).toBe("2015年7月20日至7月26日，共发生较大及以上事故14起、死亡48人。");
    const english = planSummary(workbookFacts(readWorkbook({ sheets: [weeklySheet()] })), { ...PLAN_OPTIONS, language: "en" });
    expect(english.narrative[0]).toBe("In the period 20–26 July 2015, there were 14 relatively serious or worse accidents, with 48 deaths.");
  });

  it("finds a heading 合计 that disagrees with the rows under it, when another heading shows the layout", () => {
    const sheet = fieldSheet([
      ["工矿商贸合计", 5, 6],
      ["煤矿", 2, 3],
      ["建筑施工", 3, 3],
      ["交通运输合计", 9, 9],
      ["道路运输", 6, 6],
      ["水上运输", 2, 2],
    ]);
    const model = readWorkbook({ sheets: [sheet] });
    expect(model.tables[0].rows.map((r) => r.role)).toEqual(["data", "sublevel", "sublevel", "data", "sublevel", "sublevel"]);
    expect(model.findings.map((f) => `${f.kind} ${f.cell} ${f.stated} ${f.recomputed}`)).toEqual(["level_mismatch B6 9 8", "level_mismatch C6 9 8"]);
    const whole = workbookFacts(model).facts.filter((f) => f.breakdown.length === 0);
    expect(whole.map((f) => `${f.indicator} ${f.value}`)).toEqual(["accident_count 14", "deaths 15"]);
  });

  it("keeps a 小计 after its rows beside them, checked against them", () => {
    const sheet = fieldSheet([
      ["煤矿", 2, 3],
      ["建筑施工", 3, 3],
      ["工矿商贸小计", 6, 6],
      ["道路运输", 6, 6],
      ["水上运输", 2, 2],
      ["交通运输小计", 8, 8],
    ]);
    const model = readWorkbook({ sheets: [sheet] });
    expect(model.tables[0].rows.map((r) => r.role)).toEqual(["data", "data", "subtotal", "data", "data", "subtotal"]);
    expect(model.findings.map((f) => `${f.kind} ${f.cell} ${f.stated} ${f.recomputed}`)).toEqual(["level_mismatch B5 6 5"]);
  });

  it("says when it cannot tell which rows a 合计 totals, leaves it out of every sum and does not check it", () => {
    const model = readWorkbook({ sheets: [weeklySheet([15, 48])] });
    const rows = model.tables[0].rows;
    expect(rows[2]).toMatchObject({ label: "较大事故合计", role: "subtotal", partsUnknown: true });
    expect(model.findings).toEqual([]);
    expect(model.diagnostics.map((d) => d.message.zh)).toContain("“较大事故合计”（A5）上下都有数据行，无法判断它合计的是哪些行：未计入合计，也未核对");
    const whole = workbookFacts(model).facts.filter((f) => f.breakdown.length === 0 && f.indicator === "accident_count");
    expect(whole.map((f) => f.value)).toEqual([14]);
  });

  it("takes a named 合计 over every row of the table as the table's total", () => {
    const sheet = sheetOf("较大", [["2015年7月20日—7月26日较大事故情况"], HEADER, ["较大事故合计", 14, 48], ...FIELDS]);
    const rows = readWorkbook({ sheets: [sheet] }).tables[0].rows;
    expect(rows.map((r) => r.role)).toEqual(["total", ...FIELDS.map(() => "data")]);
  });
});
