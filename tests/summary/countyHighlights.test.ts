/**
 * County highlights instead of a flat list of every county (issue 22, what releases say): the counties with the most
 * accidents, the 双上升 counties, how many of the compared counties have 双下降, the counties with none. Reference
 * counts from openpyxl over tests/fixtures/layout-b.xlsx's 事故台账 (1—6月, 是否纳入统计 ≠ 否; accidents/deaths 2024
 * against 2023): 楚雄市 5/6 vs 4/4, 禄丰市 4/4 vs 3/3, 大姚县 3/3 vs 3/4, 南华县 2/3 vs 1/1, 姚安县 1/1 vs 0/0,
 * 双柏县 1/1 vs 2/2, 武定县 2/3 vs 2/2, 元谋县, 牟定县 2/2 vs 2/2, 永仁县 1/1 vs 1/1 — ten counties compared, four with
 * both rising, one (双柏县) with both falling; deaths 26 against 21, 楚雄市 and 南华县 +2 each (the most), accidents +1 in
 * each of four counties (a tie, so none named for accidents: tests/summary/countyContributors.test.ts).
 */
import { loadFixture } from "../reader/loadFixture";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookFacts } from "../../src/core/facts";
import { planSummary } from "../../src/core/summary/planSummary";
import { enCountyHighlights, zhCountyHighlights } from "../../src/core/summary/narrative/countyHighlights";
import { ledgerCountyTable } from "./groupTables";
import { countyParagraph as countyParagraphModule } from "../../src/core/summary/narrative/county";
import { resolveSummaryOptions } from "../../src/core/summary/options";

async function countyParagraph(language: "zh" | "en"): Promise<string | undefined> {
  const model = readWorkbook(await loadFixture("tests/fixtures/layout-b.xlsx"));
  return planSummary(workbookFacts(model), { language }).narrative.find((p) => /^(分县（市）看|By county)/.test(p));
}

const table = ledgerCountyTable;

describe("county highlights instead of a flat list", () => {
  test("layout-b: the three largest, the four 双上升 counties and 1 of 10 with 双下降 (openpyxl counts)", async () => {
    expect(await countyParagraph("zh")).toBe(
      "分县（市）看，事故起数居前的是楚雄市5起、禄丰市4起、大姚县3起；死亡人数增加最多的是楚雄市（增加2人）、南华县（增加2人）；" +
        "楚雄市、禄丰市、南华县、姚安县事故起数和死亡人数“双上升”；" +
        "10个县（市）中有1个实现事故起数、死亡人数“双下降”。",
    );
    expect(await countyParagraph("en")).toBe(
      "By county, Chuxiong City (5), Lufeng City (4) and Dayao County (3) had the most accidents. Deaths rose most in Chuxiong City (up 2) " +
        "and Nanhua County (up 2). Accidents and deaths both rose in " +
        "Chuxiong City, Lufeng City, Nanhua County and Yao'an County. Of the 10 counties compared, 1 saw both accidents and deaths fall.",
    );
  });

  // county, accidents, a year earlier, deaths, a year earlier
  const SIX: [string, number, number, number, number][] = [
    ["楚雄市", 6, 4, 6, 5],
    ["禄丰市", 5, 7, 4, 6],
    ["双柏县", 2, 1, 2, 1],
    ["牟定县", 2, 3, 1, 2],
    ["南华县", 2, 2, 2, 2],
    ["姚安县", 0, 1, 0, 1],
  ];

  test("a tie at the third place names only those above it, and counties with none close the paragraph", () => {
    const t = table(SIX);
    expect(zhCountyHighlights(t, true)).toBe(
      "分县（市）看，事故起数居前的是楚雄市6起、禄丰市5起；楚雄市、双柏县事故起数和死亡人数“双上升”；6个县（市）中有3个实现事故起数、死亡人数“双下降”。姚安县未接报生产安全事故。",
    );
    expect(enCountyHighlights(t, true)).toContain("No accident was reported in Yao'an County.");
  });

  test("without a year earlier there is no 双 sentence, and with fewer than five counties the list stays", () => {
    const t = table(SIX.slice(0, 5));
    expect(zhCountyHighlights(t, false)).toBe("分县（市）看，事故起数居前的是楚雄市6起、禄丰市5起。");
    expect(zhCountyHighlights(table([["楚雄市", 6, 4, 6, 5]]), true)).toBeUndefined();
  });

  test("a by-county TABLE that states its whole gets the same highlights (the sample's 事故分县统计, 全州合计 row; openpyxl: 楚雄市 5/6 vs 4/4 … 双柏县 1/1 vs 2/2)", async () => {
    const model = readWorkbook(await loadFixture("assets/samples/bureau-2024H1.xlsx"));
    const say = (language: "zh" | "en") => planSummary(workbookFacts(model), { language }).narrative.find((p) => /^(分县（市）看|By county)/.test(p));
    expect(say("zh")).toBe(
      "分县（市）看，事故起数居前的是楚雄市5起、禄丰市4起、大姚县3起；死亡人数增加最多的是楚雄市（增加2人）、南华县（增加2人）；" +
        "楚雄市、禄丰市、南华县、姚安县事故起数和死亡人数“双上升”；" +
        "10个县（市）中有1个实现事故起数、死亡人数“双下降”。",
    );
    expect(say("en")).toBe(
      "By county, Chuxiong City (5), Lufeng City (4) and Dayao County (3) had the most accidents. Deaths rose most in Chuxiong City (up 2) " +
        "and Nanhua County (up 2). Accidents and deaths both rose in " +
        "Chuxiong City, Lufeng City, Nanhua County and Yao'an County. Of the 10 counties compared, 1 saw both accidents and deaths fall.",
    );
  });

  test("a by-county table whose rows are only added up (no 合计 row) gets no highlights: its whole is not stated", () => {
    const t = { ...table(SIX), source: "table" as const };
    expect(zhCountyHighlights(t, true)).toBeDefined();
    const facts = { byRegion: t };
    expect(countyParagraphModule.zh({ facts, options: resolveSummaryOptions({}) })).toBeUndefined();
    expect(countyParagraphModule.zh({ facts: { byRegion: { ...t, statedTotal: true } }, options: resolveSummaryOptions({}) })).toContain("事故起数居前的是");
  });
});
