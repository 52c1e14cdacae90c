/**
 * Figures no table took are named, never passed over (issue 19 item 7). The sheet is 黔西南州 4月份火灾情况
 * as transcribed in tests/corpus/workbooks/39-qxn-fire-04-four-tables.xlsx (scripts/corpus/books/39-…):
 * a 接警出动 table (起数 by kind of call-out, 合计 160) stacked above a table of fires by cause.
 */
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookFacts } from "../../src/core/facts";
import { planSummary } from "../../src/core/summary/planSummary";
import { sheetOf } from "./layouts";

const CALLOUTS = [
  ["接警出动", "起数（起）"],
  ["火灾扑救（含增援）", 48],
  ["抢险救援", 78],
  ["社会救助", 15],
  ["公务执勤", 4],
  ["其它出动", 15],
  ["合计", 160],
];
const CAUSES = [
  ["起火原因", "火灾起数（起）", "占总数(%)"],
  ["电气", 21, 50],
  ["生活用火不慎", 8, 19.05],
  ["放火", 4, 9.52],
  ["其它原因", 9, 21.43],
  ["合计", 42, 100],
];
const FIRES = [["黔西南州4月份火灾情况"], ["全州共发生火灾42起，直接财产损失51.35万元，无人员伤亡。"], ...CALLOUTS, [], ...CAUSES];
const PLAN_OPTIONS = { language: "zh", generatedAt: "2024-05-06T09:00" } as const;

test("a table of figures whose header names no known indicator (接警出动 | 起数（起）, A3:B9) is named with its range, the header as written and why, in both languages; the fires below it are still read", () => {
  const model = readWorkbook({ sheets: [sheetOf("4月份", FIRES, ["A1:C1", "A2:C2"])] });
  expect(model.tables.map((t) => t.address)).toEqual(["A11:C16"]);
  const notRead = model.diagnostics.filter((d) => d.notRead);
  expect(notRead.map((d) => [d.severity, d.sheet, d.address, d.message.zh])).toEqual([
    [
      "warning",
      "4月份",
      "A3:B9",
      "A3:B9 有数字，但其表头（“接警出动”“起数（起）”）未能识别为统计表的表头（未写明可识别的指标及其分组），未读作表格：这些数字未汇总、未核对",
    ],
  ]);
  expect(notRead[0].message.en).toBe(
    'A3:B9 holds figures, but its header ("接警出动", "起数（起）") was not recognised as a table\'s header (no indicator and breakdown the reader knows); it was not read as a table, and its figures are not summarised or checked',
  );
});

test("the summary's 核对 says the figures it did not check beside what it checked, so 未发现计算不一致 is never read as covering them", () => {
  const plan = planSummary(workbookFacts(readWorkbook({ sheets: [sheetOf("4月份", FIRES, ["A1:C1", "A2:C2"])] })), PLAN_OPTIONS);
  const texts = plan.cells.flat().flatMap((c) => (typeof c.value === "string" ? [c.value] : []));
  const verdict = texts.findIndex((t) => t.startsWith("已核对1张表（4月份）"));
  expect(verdict).toBeGreaterThan(-1);
  expect(texts[verdict + 1]).toBe(
    "另有工作表“4月份”A3:B9 有数字，但其表头（“接警出动”“起数（起）”）未能识别为统计表的表头（未写明可识别的指标及其分组），未读作表格：这些数字未汇总、未核对。",
  );
  const english = planSummary(workbookFacts(readWorkbook({ sheets: [sheetOf("4月份", FIRES, ["A1:C1", "A2:C2"])] })), { ...PLAN_OPTIONS, language: "en" });
  expect(english.cells.flat().some((c) => typeof c.value === "string" && c.value.startsWith('Also, sheet "4月份": A3:B9 holds figures'))).toBe(true);
});

test("figures after a table with no header of their own are named as such; a sheet whose figures all lie in tables gets no such note", () => {
  const stray = readWorkbook({ sheets: [sheetOf("4月份", [...CAUSES, [], [], ["", 7, 3]])] });
  expect(stray.diagnostics.filter((d) => d.notRead).map((d) => [d.address, d.message.zh])).toEqual([
    ["B9:C9", "B9:C9 有数字，但上方没有表头，未读作表格：这些数字未汇总、未核对"],
  ]);
  expect(readWorkbook({ sheets: [sheetOf("4月份", CAUSES)] }).diagnostics.filter((d) => d.notRead)).toEqual([]);
});
