/** References in formulas and 核对 findings as the report's sources (src/core/report/sheetRanges.ts). */
import { parseReferences, rangesMeet, rangesText } from "../../src/core/report/sheetRanges";
import { titleLines } from "../../src/core/report/titleLines";

const r = (sheet: string, top: number, left: number, bottom = top, right = left) => ({ sheet, top, left, bottom, right });

test("references with and without a sheet, ranges, quoted names and absolute cells are read; strings and functions are not", () => {
  expect(parseReferences("='事故分县统计'!B5", "汇总")).toEqual([r("事故分县统计", 4, 1)]);
  expect(parseReferences('=IFERROR(IF(C6=0,"—",(B6-C6)/C6),"B9")', "汇总")).toEqual([r("汇总", 5, 2), r("汇总", 5, 1), r("汇总", 5, 2), r("汇总", 5, 2)]);
  expect(parseReferences("=SUM('分行业'!B5:B13,'a''b'!$C$1)", "汇总")).toEqual([r("分行业", 4, 1, 12, 1), r("a'b", 0, 2)]);
  expect(parseReferences("=LOG10(A1)", "S")).toEqual([r("S", 0, 0)]);
  expect(parseReferences("J9:J19", "灾情汇总")).toEqual([r("灾情汇总", 8, 9, 18, 9)]);
});

test("ranges meet when they share a cell of one sheet, and are written one sheet name per sheet", () => {
  expect(rangesMeet(r("a", 8, 4), r("a", 2, 4, 11, 4))).toBe(true);
  expect(rangesMeet(r("a", 8, 4), r("b", 8, 4))).toBe(false);
  expect(rangesText([r("事故分县统计", 4, 1), r("事故分县统计", 4, 2), r("分行业", 5, 1, 12, 1)], "zh")).toBe("'事故分县统计'!B5、C5；'分行业'!B6:B13");
  expect(rangesText([r("S", 4, 1), r("S", 4, 2)], "en")).toBe("'S'!B5, C5");
});

test("a 公文 title is broken at a pause, as evenly as it fits 20 characters a line (GB/T 9704-2012 7.3.1)", () => {
  expect(titleLines("2024年1—6月全州生产安全事故、自然灾害和隐患排查整改情况", 20)).toEqual(["2024年1—6月全州生产安全事故、", "自然灾害和隐患排查整改情况"]);
  expect(titleLines("2024年1—6月全州生产安全事故情况", 20)).toEqual(["2024年1—6月全州生产安全事故情况"]);
});
