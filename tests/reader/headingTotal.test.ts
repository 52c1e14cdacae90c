/**
 * A first row that names the whole field (各类生产安全事故) over its 其中 parts is the table's total, as
 * a 合计 row would be (楚雄州 2023年全州生产安全事故情况, as transcribed in
 * tests/corpus/workbooks/08-cx-2023-levels.xlsx; the other tables are variations of it).
 */
import { workbookFacts } from "../../src/core/facts/workbookFacts";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { planSummary } from "../../src/core/summary/planSummary";
import type { SheetSnapshot } from "../../src/core/model/snapshot";
import { sheetOf } from "./layouts";

const HEADER = [["2023年全州生产安全事故情况"], ["类别", "事故起数（起）", null, "死亡人数（人）", null], [null, "本期", "去年同期", "本期", "去年同期"]];

const LEVELS = [...HEADER, ["各类生产安全事故", 45, 43, 51, 53], ["其中：一般事故", 43, 41, 45, 46], ["较大事故", 2, 2, 6, 7], ["重大及以上事故", 0, 0, 0, 0]];

function merged(rows: unknown[][]): SheetSnapshot {
  return sheetOf("2023年", rows, ["A1:E1", "A2:A3", "B2:C2", "D2:E2"]);
}

test("各类生产安全事故 over 其中：一般事故 | 较大事故 | 重大及以上事故 that add up to it (43 + 2 + 0 = 45, 45 + 6 + 0 = 51) is the total; the levels are its parts", () => {
  const model = readWorkbook({ sheets: [merged(LEVELS)] });
  const t = model.tables[0];
  expect(t.rows.map((r) => [r.label, r.role])).toEqual([
    ["各类生产安全事故", "total"],
    ["一般事故", "data"],
    ["较大事故", "data"],
    ["重大及以上事故", "data"],
  ]);
  // The key is the level; what outputs show is the cell as written.
  expect(t.rows[1].text).toBe("其中：一般事故");
  expect(model.findings).toEqual([]);
  const wholes = workbookFacts(model).facts.filter((f) => f.breakdown.length === 0 && f.measure === "count");
  expect(wholes.map((f) => [f.indicator, f.period.relation, f.value, f.derived ?? false])).toEqual([
    ["accident_count", "current", 45, false],
    ["accident_count", "year_ago", 43, false],
    ["deaths", "current", 51, false],
    ["deaths", "year_ago", 53, false],
  ]);
});

test("the 综述 of the level table beside a by-county table of one county tells the stated whole (45起), never the county's 3起 as 全州", () => {
  const rows = [
    ...LEVELS,
    ["县（市）", "事故起数（起）", null, "死亡人数（人）", null],
    [null, "本期", "去年同期", "本期", "去年同期"],
    ["大姚县", 3, 2, 3, 5],
  ];
  const wf = workbookFacts(readWorkbook({ sheets: [merged(rows)] }));
  const zh = planSummary(wf, { language: "zh" }).narrative.join("");
  expect(zh).toContain("全州共发生各类生产安全事故45起、死亡51人");
  expect(zh).not.toContain("3起");
  const en = planSummary(wf, { language: "en" }).narrative.join("");
  expect(en).toContain("the prefecture recorded 45 work-safety accidents, with 51 deaths");
  // One county's row is no whole: no sum of it is a fact, and its section has no 合计 row.
  expect(wf.facts.filter((f) => f.derived && f.breakdown.length === 0)).toEqual([]);
  const cells = planSummary(wf, { language: "zh" }).cells.map((r) => r.map((c) => c.value));
  const county = cells.findIndex((r) => r[0] === "大姚县");
  expect(cells[county - 1][0]).not.toBe("合计");
});

test("a first row over 其中 rows only (其中：较大事故 alone) is the total and the 其中 row stays a part of it", () => {
  const t = readWorkbook({
    sheets: [merged([...HEADER, ["各类生产安全事故", 45, 43, 51, 53], ["其中：较大事故", 2, 2, 6, 7]])],
  }).tables[0];
  expect(t.rows.map((r) => [r.label, r.role])).toEqual([
    ["各类生产安全事故", "total"],
    ["其中：较大事故", "of_which"],
  ]);
});

test("a first row is left as read when the rows below are not all its parts (道路交通 beside 其中：一般事故, 43 + 2 + 30 > 45) or pass it", () => {
  const notParts = readWorkbook({
    sheets: [
      merged([...HEADER, ["各类生产安全事故", 45, 43, 51, 53], ["其中：一般事故", 43, 41, 45, 46], ["较大事故", 2, 2, 6, 7], ["道路交通", 30, 28, 33, 30]]),
    ],
  }).tables[0];
  expect(notParts.rows.some((r) => r.role === "total")).toBe(false);
  const larger = readWorkbook({
    sheets: [merged([...HEADER, ["各类生产安全事故", 45, 43, 51, 53], ["其中：较大事故", 46, 2, 6, 7]])],
  }).tables[0];
  expect(larger.rows.map((r) => r.role)).toEqual(["data", "of_which"]);
});

test("a first row whose label names no indicator of the table's field (采矿业 over 其中：金属非金属矿山) is a row, not the total", () => {
  const t = readWorkbook({
    sheets: [merged([...HEADER, ["采矿业", 3, 1, 3, 1], ["其中：金属非金属矿山", 3, 1, 3, 1]])],
  }).tables[0];
  expect(t.rows.map((r) => r.role)).toEqual(["data", "of_which"]);
});
