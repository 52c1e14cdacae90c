/**
 * A yearbook table: years down the side, then the regions below a blank row (国家统计局, 中国统计年鉴2006
 * 表12-26 森林火灾情况; tests/corpus/README.md, 34). The regions write no year; a yearbook lists them for its
 * latest year (2005 there), so they are read as that year's — whatever order the years go in — never
 * added to the years, and a note says which year was taken. The small tables below are made up in the
 * yearbook's shape; the figures of corpus 34 are the release's.
 */
import * as path from "path";
import { workbookFacts, type Fact, type WorkbookFacts } from "../../src/core/facts";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { sheetOf } from "../reader/layouts";
import { loadFixture } from "../reader/loadFixture";

const BOOK = path.join(__dirname, "../corpus/workbooks/34-nbs-yb2006-forest-fires.xlsx");

const factsOf = (rows: unknown[][]): WorkbookFacts => workbookFacts(readWorkbook({ sheets: [sheetOf("森林火灾", rows)] }));
const counts = (wf: WorkbookFacts): Fact[] => wf.facts.filter((f) => f.indicator === "forest_fire_count");
const line = (f: Fact) => `${f.breakdown.map((k) => k.key).join("/") || "—"} ${f.period.span?.year}:${f.value}`;

function yearbook(years: readonly (readonly [string, number])[], blank = true): unknown[][] {
  return [
    ["森林火灾情况"],
    ["年份", "森林火灾次数"],
    ["地区", "(次)"],
    ...years.map(([y, n]) => [y, n]),
    ...(blank ? [["", ""]] : []),
    ["北 京", 11],
    ["天 津", 16],
  ];
}

describe("a yearbook's regions below its years", () => {
  test("corpus 34: the fifteen regions are 2005's; the years 2000 … 2005 are the period words; a note says the regions' year was taken as the latest", async () => {
    const wf = workbookFacts(readWorkbook(await loadFixture(BOOK)));
    const regions = counts(wf).filter((f) => f.breakdown.some((k) => k.dimension === "region"));
    expect(regions).toHaveLength(15);
    expect(new Set(regions.map((f) => f.period.span?.year))).toEqual(new Set([2005]));
    expect(wf.context.periodWords).toEqual(["2000", "2001", "2002", "2003", "2004", "2005"]);
    const note = wf.diagnostics.find((d) => /未写年份/.test(d.message.zh));
    expect(note?.message.zh).toBe("表格 A2:M25 第11—25行的地区未写年份，按年鉴惯例视为表中最近一年（2005）的数据，不与各年合计相加");
    expect(note?.message.en).toBe(
      "Table A2:M25: rows 11–25 name places but no year; they are read as the table's latest year (2005), as yearbooks list their regions, and never added to the years",
    );
    // The note's cells are the regions' rows, not the years above them (a figure told from a year rests on no note).
    expect(note?.address).toBe("A11:M25");
  });

  test("years newest first (2005 … 2003): regions set apart by a blank row are still 2005's, never the last row's 2003; places right under a year row are that row's", () => {
    const wf = factsOf(
      yearbook([
        ["2005", 300],
        ["2004", 200],
        ["2003", 100],
      ]),
    );
    expect(counts(wf).map(line)).toEqual(["— 2005:300", "— 2004:200", "— 2003:100", "北京市 2005:11", "天津市 2005:16"]);
    // Places right under a year row, with no blank row, are that row's parts as before, and no note is given.
    const under = factsOf(
      yearbook(
        [
          ["2005", 300],
          ["2004", 200],
          ["2003", 100],
        ],
        false,
      ),
    );
    expect(counts(under).map(line)).toEqual(["— 2005:300", "— 2004:200", "— 2003:100", "北京市 2003:11", "天津市 2003:16"]);
    expect(under.diagnostics.some((d) => /未写年份/.test(d.message.zh))).toBe(false);
  });
});
