/**
 * Counties down the side and years across, with no indicator in the header: the title names it
 * (2019—2023年各县（市）生产安全事故死亡人数). Before, such a table gave no facts ("表头中没有识别出统计指标").
 * Now every year column holds the title's indicator, a note says the indicator came from the title,
 * and a title that names two indicators (事故起数和死亡人数) or none names nothing. Figures made up in
 * the shape of a county bureau's several-year table.
 */
import { workbookFacts, type WorkbookFacts } from "../../src/core/facts";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { titleIndicator } from "../../src/core/reader/titleIndicator";
import { planSummary } from "../../src/core/summary/planSummary";
import { sheetOf } from "../reader/layouts";

function countiesByYear(title: string, years: readonly string[], figures: readonly (readonly number[])[]) {
  const places = ["楚雄市", "双柏县", "牟定县", "合计"];
  return workbookFacts(readWorkbook({ sheets: [sheetOf("历年", [[title], ["县（市）", ...years], ...places.map((p, i) => [p, ...figures[i]])])] }));
}

const FIVE_YEARS = ["2019年", "2020年", "2021年", "2022年", "2023年"];
const FIVE = [
  [5, 4, 6, 3, 2],
  [1, 2, 0, 1, 1],
  [2, 1, 1, 0, 3],
  [8, 7, 7, 4, 6],
];

const line = (wf: WorkbookFacts) =>
  wf.facts
    .filter((f) => f.measure === "count")
    .map((f) => `${f.indicator} ${f.period.label}(${f.period.relation}) ${f.breakdown.map((k) => k.key).join("/") || "—"} ${f.value}`);

describe("years across under a title that names the indicator", () => {
  test("every county's year is a 死亡人数 of that year, the 合计 row the whole; a note says the indicator came from the title", () => {
    const wf = countiesByYear("2019—2023年各县（市）生产安全事故死亡人数", FIVE_YEARS, FIVE);
    const facts = line(wf);
    expect(facts).toHaveLength(20);
    expect(facts.slice(0, 5)).toEqual([
      "deaths 2019年(series) 楚雄市 5",
      "deaths 2020年(series) 楚雄市 4",
      "deaths 2021年(series) 楚雄市 6",
      "deaths 2022年(series) 楚雄市 3",
      "deaths 2023年(series) 楚雄市 2",
    ]);
    expect(facts.slice(15)).toEqual([
      "deaths 2019年(series) — 8",
      "deaths 2020年(series) — 7",
      "deaths 2021年(series) — 7",
      "deaths 2022年(series) — 4",
      "deaths 2023年(series) — 6",
    ]);
    const note = wf.diagnostics.find((d) => d.message.zh.includes("未写指标"));
    expect(note?.message).toEqual({
      zh: "表格 A2:F6 的表头只写年份（或期间），未写指标：各列按标题读作“死亡人数”",
      en: 'Table A2:F6 names only periods in its header, no indicator: its columns are read as "死亡人数", as its title says',
    });
    // A title that names two indicators, or none at its end, names nothing: no figure is made up.
    expect(line(countiesByYear("2019—2023年各县（市）事故起数和死亡人数", FIVE_YEARS, FIVE))).toEqual([]);
    expect(line(countiesByYear("2019—2023年各县（市）安全生产情况", FIVE_YEARS, FIVE))).toEqual([]);
  });

  test("a title naming the report year (2024年…) makes 2024年 current and 2023年 the 去年同期, and the summary shows the counties' 死亡人数", () => {
    const wf = countiesByYear(
      "2024年各县（市）生产安全事故死亡人数（人）",
      ["2022年", "2023年", "2024年"],
      [
        [6, 3, 2],
        [0, 1, 1],
        [1, 0, 3],
        [7, 4, 6],
      ],
    );
    expect(line(wf).filter((l) => l.includes("楚雄市"))).toEqual([
      "deaths 2022年(series) 楚雄市 6",
      "deaths 2023年(year_ago) 楚雄市 3",
      "deaths 2024年(current) 楚雄市 2",
    ]);
    const texts = planSummary(wf, { language: "zh" })
      .cells.flat()
      .map((c) => String(c.value ?? ""));
    expect(texts).toEqual(expect.arrayContaining(["楚雄市", "双柏县", "牟定县"]));
    expect(texts.some((t) => t.startsWith("死亡人数"))).toBe(true);
  });

  test("the title's indicator is the last thing it names, exactly (生产安全事故起数, 森林火灾次数), never a word inside a sentence", () => {
    expect(titleIndicator("2019—2023年各县（市）生产安全事故起数统计表")?.draft.indicator?.id).toBe("accident_count");
    expect(titleIndicator("2001—2005年全省森林火灾次数")?.draft.indicator?.id).toBe("forest_fire_count");
    expect(titleIndicator("各县（市、区）死亡人数（人）")?.unit).toBe("人");
    expect(titleIndicator("死亡人数较多的县（市）")).toBeUndefined();
    // "…事故情况" names a subject, not a figure (corpus 03's title over its indicator rows): nothing.
    expect(titleIndicator("广州市2022年1-7月生产安全事故情况")).toBeUndefined();
    expect(titleIndicator("2019—2023年各县（市）生产安全事故")).toBeUndefined();
  });
});
