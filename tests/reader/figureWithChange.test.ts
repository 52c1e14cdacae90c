/**
 * A release's table whose cells hold a figure and its change as one text: 佛山市应急管理局
 * 2020年1-2月份生产安全事故形势 (corpus 25) lists accidents by type as "2起,增加1起" under the header
 * "事故起数,同比". The figure is 2 (never 21, never a text to skip), the change is left aside with a
 * word, and the 物体打击 row is a data row, not a second header row. Figures below are invented in
 * that shape.
 */
import { readCell } from "../../src/core/numbers/readCell";
import { workbookFacts } from "../../src/core/facts";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { changeRoleOf } from "../../src/core/reader/periods";
import { sheetOf } from "./layouts";

describe("a figure and its change in one cell", () => {
  test("the figure is read, its unit kept, and the reading says the change was left aside", () => {
    expect(readCell("2起,增加1起")).toEqual({ kind: "number", value: 2, unit: "起", notes: ["text-number", "unit", "with-change"] });
    expect(readCell("24人，减少9人")).toMatchObject({ kind: "number", value: 24, unit: "人" });
    expect(readCell("3起、持平")).toMatchObject({ kind: "number", value: 3 });
    expect(readCell("１２起，同比增加２起")).toMatchObject({ kind: "number", value: 12 });
    // A list that is no figure and change stays text.
    expect(readCell("2起,3人").kind).toBe("text");
    expect(readCell("物体打击,增加1起").kind).toBe("text");
  });

  test("a header naming the figure and then 同比 is the figure's column, not a change column", () => {
    expect(changeRoleOf("事故起数,同比")).toBeUndefined();
    expect(changeRoleOf("同比")).toBe("change_pct");
    expect(changeRoleOf("同比增减")).toBe("change_abs");
  });

  test("a table by accident type in that shape gives each type's accidents and deaths for the title's period", () => {
    const sheet = sheetOf("1-2月", [
      ["2020年1-2月份某市生产安全事故形势"],
      ["事故类型", "事故起数,同比", "死亡人数,同比"],
      ["物体打击", "3起,增加1起", "3人,增加1人"],
      ["车辆伤害", 0, 0],
      ["高处坠落", "2起,减少2起", "1人,减少3人"],
      ["道路运输", "20起,减少5起", "12人,减少4人"],
      ["合计", "25起,减少6起", "16人,减少6人"],
    ]);
    const facts = workbookFacts(readWorkbook({ sheets: [sheet] })).facts;
    const told = facts.map((f) => `${f.indicator} ${f.measure} ${f.breakdown.map((k) => k.key).join("/") || "全部"} ${f.value} ${f.period.span?.endMonth}`);
    expect(told).toEqual(
      expect.arrayContaining([
        "accident_count count 物体打击 3 2",
        "deaths count 物体打击 3 2",
        "accident_count count 高处坠落 2 2",
        "deaths count 道路运输 12 2",
        "accident_count count 全部 25 2",
      ]),
    );
    expect(facts.some((f) => f.measure === "change" || f.measure === "change_pct")).toBe(false);
  });
});
