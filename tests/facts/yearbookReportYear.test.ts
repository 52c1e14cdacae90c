/**
 * A yearbook's table with years down the side and its regions below them (国家统计局, 中国统计年鉴2006, 表12-26
 * 森林火灾情况, as transcribed in tests/corpus/workbooks/34-nbs-yb2006-forest-fires.xlsx; the first rows of it
 * here) is not read turned: its year rows are a series. The report period the user gives (`--period 2005`,
 * the pane's 报告期) picks its year as the same rule picks a column of years (reader/reportYear.ts): 2005 is
 * the current figure, 2004 the year before, the older years stay the series, and the regions below, the latest
 * year's, are 2005's. Before, the summary said the table was a series and could not tell which year to summarise.
 */
import { workbookFacts, type WorkbookFacts } from "../../src/core/facts";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { planSummary } from "../../src/core/summary/planSummary";
import { sheetOf } from "../reader/layouts";

const _ = null;
const YEARBOOK = [
  ["12-26 森林火灾情况"],
  [
    "年份",
    "森林火灾次数",
    "森林火警",
    "一般火灾",
    "重大火灾",
    "特大火灾",
    "火场总面积",
    "受灾森林面积",
    "#天然林",
    "#人工林",
    "伤亡人数",
    "#死亡人数",
    "直接经济损失",
  ],
  ["地区", "(次)", _, _, _, _, "(公顷)", "(公顷)", _, _, "(人)", _, "(万元)"],
  ["2003", 10463, 5582, 4860, 14, 7, 1123751, 451020, 294271, 33531, 142, 72, 37000],
  ["2004", 13466, 6894, 6531, 38, 3, 344211, 142238, 74471, 59106, 252, 131, 20213],
  ["2005", 11542, 6574, 4949, 16, 3, 290633, 73701, 30435, 36306, 152, 92, 15029],
  [],
  ["北 京", 11, 10, 1, _, _, 37, 8, _, 8, _, _, _],
  ["山 西", 63, 12, 50, 1, _, 2302, 1157, 591, 567, 6, 5, 314],
];
const YEAR_2005 = { reportPeriod: { start: "2005-01-01", end: "2005-12-31" } };

function factsOf(reportPeriod?: { start: string; end: string }): WorkbookFacts {
  return workbookFacts(readWorkbook({ sheets: [sheetOf("12-26", YEARBOOK, ["A1:M1"])] }, reportPeriod ? { overrides: { reportPeriod } } : {}));
}

const counts = (wf: WorkbookFacts) =>
  wf.facts
    .filter((f) => f.indicator === "forest_fire_count")
    .map((f) => `${f.period.label}${f.breakdown.length ? `/${f.breakdown[0].key}` : ""}:${f.period.relation}=${f.value}`);

test("--period 2005 makes the 2005 row current and 2004 the year before; 2003 stays the series; the regions below are 2005's. Without a report period, or with one the years do not hold (2006, 2005年1—6月), all stay a series, as before", () => {
  expect(counts(factsOf(YEAR_2005.reportPeriod))).toEqual([
    "2003:series=10463",
    "2004:year_ago=13466",
    "2005:current=11542",
    "2005/北京市:current=11",
    "2005/山西省:current=63",
  ]);
  expect(factsOf(YEAR_2005.reportPeriod).context.period).toBe("2005年");
  expect(counts(factsOf())).toEqual(["2003:series=10463", "2004:series=13466", "2005:series=11542", "2005/北京市:series=11", "2005/山西省:series=63"]);
  for (const reportPeriod of [
    { start: "2006-01-01", end: "2006-12-31" },
    { start: "2005-01-01", end: "2005-06-30" },
  ])
    expect(new Set(factsOf(reportPeriod).facts.map((f) => f.period.relation))).toEqual(new Set(["series"]));
});

test("the summary of --period 2005 is 2005's: titled 2005年森林火灾情况, the forest fires of 2005 beside 2004's, and no note that no year could be told", () => {
  const plan = planSummary(factsOf(YEAR_2005.reportPeriod), { language: "zh", generatedAt: "2006-10-01T09:00" });
  const rows = plan.cells.map((row) => row.map((c) => c.value));
  expect(rows[0][0]).toBe("2005年森林火灾情况");
  const count = rows.find((r) => r[0] === "森林火灾次数（次）");
  expect(count?.slice(1, 3)).toEqual([11542, 13466]);
  expect(rows.flat().some((v) => typeof v === "string" && v.includes("无法确定汇总哪一期"))).toBe(false);
});
