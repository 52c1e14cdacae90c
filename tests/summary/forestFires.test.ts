/**
 * The forest-fire paragraph (issue 22; stop 36 left corpus 34 with its year read but no paragraph told). Corpus 34 is
 * 国家统计局's 中国统计年鉴2006 表12-26 森林火灾情况 (stats.gov.cn/sj/ndsj/2006/html/L1226C.HTM): years down the side,
 * regions below. With `--period 2005` the 2005 row is current and 2004 the year before; the paragraph tells the
 * 2005 row as the forestry authority's release words a year (国家林业局, 10 January 2007: "全国共发生森林火灾7946起，
 * 其中重大森林火灾7起，特大森林火灾5起；火场总面积…，受害森林面积…；伤亡103人（其中…死亡41人）。与历年均值相比，
 * 火灾次数、受害森林面积和人员伤亡分别减少…"). Reference figures, from the table: 2005 11542次 (6574 + 4949 + 16 + 3),
 * 火场 290633 公顷, 受害 73701 公顷, 伤亡 152, 死亡 92, 损失 15029 万元; 2004 13466, 142238, 252, 131, 20213. The changes,
 * by hand: (13466 − 11542) / 13466 = 14.29%, 68537 / 142238 = 48.18%, 100 / 252 = 39.68%, 39 / 131 = 29.77%,
 * 5184 / 20213 = 25.65%. The regions below (北京 11, 天津 16 …, 2005's) are never added to the year.
 */
import fs from "fs";
import { loadXlsx, workbookToSnapshot } from "../../src/xlsx/loadXlsx";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookFacts } from "../../src/core/facts";
import { planSummary } from "../../src/core/summary/planSummary";
import { sheetOf } from "../reader/layouts";

async function narrative(language: "zh" | "en", reportPeriod?: { start: string; end: string }): Promise<string> {
  const data = await loadXlsx(fs.readFileSync("tests/corpus/workbooks/34-nbs-yb2006-forest-fires.xlsx"));
  const model = readWorkbook(workbookToSnapshot(data), reportPeriod ? { overrides: { reportPeriod } } : {});
  return planSummary(workbookFacts(model), { language }).narrative.join("\n");
}
const YEAR_2005 = { start: "2005-01-01", end: "2005-12-31" };

test("--period 2005: the year's forest fires, their classes, areas, people and loss, then the changes against 2004 grouped with 分别; without a report period no year is guessed and no paragraph told", async () => {
  expect(await narrative("zh")).toBe("");
  expect(await narrative("zh", YEAR_2005)).toBe(
    "2005年，共发生森林火灾11542次，其中森林火警6574次、一般森林火灾4949次、重大森林火灾16次、特别重大森林火灾3次；" +
      "火场总面积290633公顷，受害森林面积73701公顷；伤亡152人，其中死亡92人；直接经济损失15029万元。" +
      "与上年相比，森林火灾次数、受害森林面积、伤亡人数、死亡人数和直接经济损失分别下降14.3%、48.2%、39.7%、29.8%和25.6%。",
  );
});

test("in English, sentences a release would print: no sentence opens with a numeral, one verb per direction", async () => {
  expect(await narrative("en", YEAR_2005)).toBe(
    "In 2005, there were 11,542 forest fires: 6,574 fire alerts (the smallest class), 4,949 ordinary fires, 16 major fires and 3 extraordinary fires. " +
      "The fires covered 290,633 hectares in all and damaged 73,701 hectares of forest. A total of 152 people were killed or injured, 92 of them killed. " +
      "The direct economic loss was CNY 150.29 million. Compared with the year before, forest fires fell by 14.3%, the forest area damaged by 48.2%, " +
      "casualties by 39.7%, deaths by 29.8% and the direct economic loss by 25.6%.",
  );
});

test("a class with none is 未发生 / no, never 0次 (the yearbook's 2002 and 2003 rows; here 2003's 7 特大 are moved to 一般, so its classes still add up to 10463); a rise is grouped with 分别 too", () => {
  const _ = null;
  const rows = [
    ["12-26 森林火灾情况"],
    ["年份", "森林火灾次数", "森林火警", "一般火灾", "重大火灾", "特大火灾", "受灾森林面积", "伤亡人数", "#死亡人数"],
    ["地区", "(次)", _, _, _, _, "(公顷)", "(人)", _],
    ["2002", 7527, 4450, 3046, 24, 7, 47631, 98, 48],
    ["2003", 10463, 5582, 4867, 14, 0, 451020, 142, 72],
  ];
  const facts = workbookFacts(
    readWorkbook({ sheets: [sheetOf("12-26", rows, ["A1:I1"])] }, { overrides: { reportPeriod: { start: "2003-01-01", end: "2003-12-31" } } }),
  );
  const zh = planSummary(facts, { language: "zh" }).narrative.join("\n");
  expect(zh).toContain(
    "2003年，共发生森林火灾10463次，其中森林火警5582次、一般森林火灾4867次、重大森林火灾14次、未发生特别重大森林火灾；受害森林面积451020公顷；伤亡142人，其中死亡72人。",
  );
  // 10463 / 7527 − 1 = 39.0%; 451020 / 47631 − 1 = 846.9%; 142 / 98 − 1 = 44.9%; 72 / 48 − 1 = 50%.
  expect(zh).toContain("与上年相比，森林火灾次数、受害森林面积、伤亡人数和死亡人数分别上升39%、846.9%、44.9%和50%。");
  const en = planSummary(facts, { language: "en" }).narrative.join("\n");
  expect(en).toContain("14 major fires and no extraordinary fires.");
});
