/**
 * Group labels written once over their columns without a merge (Excel's 跨列居中, or a table that
 * went through pandas' to_excel, a CSV or 取消合并): docs/layouts.md layout A with its merges
 * removed must read as layout A does. Before labelAcross.ts the 去年同期 columns belonged to no
 * indicator, so the summary of such a file had no 同比 at all (found by saving layout-a.xlsx with
 * pandas 2.x and running `bureau-stats summarize`: 3 relations checked instead of 32).
 */
import { readTables } from "../../src/core/reader/readTables";
import { layoutA, sheetOf } from "./layouts";

const meaning = (sheet: ReturnType<typeof layoutA>) =>
  readTables(sheet).tables[0].columns.map((c) => [c.column, c.indicator ?? "", c.role, c.periodLabel ?? ""]);

describe("a group label centred across its columns without a merge", () => {
  it("reads layout A without its merges column for column as with them", () => {
    const unmerged = { ...layoutA(), merges: [] };
    expect(meaning(unmerged)).toEqual(meaning(layoutA()));
    expect(
      meaning(unmerged)
        .filter((c) => c[2] === "previous")
        .map((c) => c[1]),
    ).toEqual(["accident_count", "deaths", "injured"]);
  });

  it("carries a period over the indicators under it (罗湖区 2023年4月, corpus 22: 本年 | | | 去年同期 over 事故起数(起) | 死亡(人) | 受伤(人))", () => {
    const sheet = sheetOf("表", [
      ["行业领域", "本年", "", "", "去年同期", "", ""],
      ["", "事故起数(起)", "死亡(人)", "受伤(人)", "事故起数(起)", "死亡(人)", "受伤(人)"],
      ["全区", 0, 0, 0, 2, 1, 1],
      ["各类建筑工程", 0, 0, 0, 2, 1, 1],
    ]);
    const columns = readTables(sheet).tables[0]?.columns ?? [];
    expect(columns.map((c) => [c.indicator, c.role])).toEqual([
      [undefined, "key"],
      ["accident_count", "current"],
      ["deaths", "current"],
      ["injured", "current"],
      ["accident_count", "previous"],
      ["deaths", "previous"],
      ["injured", "previous"],
    ]);
  });

  it("does not carry a label over a column whose sub-header starts a new group (本期 after 本期 | 去年同期 | 幅度)", () => {
    const sheet = sheetOf("表", [
      ["县（市）", "事故起数", "", "", "", "", ""],
      ["", "本期", "去年同期", "同比增减幅度(%)", "本期", "去年同期", "同比增减幅度(%)"],
      ["楚雄市", 5, 4, 25, 6, 4, 50],
      ["禄丰市", 4, 3, 33.3, 4, 3, 33.3],
    ]);
    const columns = readTables(sheet).tables[0]?.columns ?? [];
    expect(columns.filter((c) => c.indicator === "accident_count").map((c) => c.column)).toEqual([1, 2, 3]);
  });

  it("does not carry a label over a 备注 column", () => {
    const sheet = sheetOf("表", [
      ["县（市）", "事故起数", "", ""],
      ["", "本期", "去年同期", "备注"],
      ["楚雄市", 5, 4, "—"],
      ["禄丰市", 4, 3, ""],
    ]);
    const columns = readTables(sheet).tables[0]?.columns ?? [];
    expect(columns.find((c) => c.column === 3)?.indicator).toBeUndefined();
    expect(columns.filter((c) => c.indicator === "accident_count").map((c) => c.role)).toEqual(["current", "previous"]);
  });
});
