/**
 * The month of a monthly report is never a part of the sentence before it (issue 22, "English a release
 * would print"). After the level sentence "其中较大事故2起…" a second "其中7月发生33起" made July's 33
 * accidents a part of the 2 较大 ones, and the English "Of these, July 2022 had 33 accidents" said so
 * outright. The 广州市应急管理局 release the corpus transcribes (corpus 03, 2022年1—7月;
 * yjglj.gz.gov.cn/zwgk/sjfb/content/post_8721391.html) writes the month as a sentence of its own:
 * "其中发生2起道路交通较大事故，造成6人死亡、1人受伤，同比分别持平、持平、持平。 7月，全市共发生各类事故33起、
 * 死亡34人、受伤12人，同比分别下降29.8%、2.9%、55.6%".
 */
import { loadFixture } from "../reader/loadFixture";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookFacts } from "../../src/core/facts";
import { planSummary } from "../../src/core/summary/planSummary";
import { extractSectionFacts } from "../../src/core/summary/sectionFacts";
import { withMonth } from "../../src/core/summary/narrative/month";
import { joinMonth, monthOnItsOwn } from "../../src/core/summary/narrative/monthClause";
import { resolveSummaryOptions } from "../../src/core/summary/options";

const CORPUS = "tests/corpus/workbooks/";

async function narrative(file: string, language: "zh" | "en"): Promise<readonly string[]> {
  return planSummary(workbookFacts(readWorkbook(await loadFixture(file))), { language }).narrative;
}

describe("the month after the level sentence", () => {
  test("corpus 03 (zh): the level sentence ends, then 7月，全市发生… as a sentence of its own", async () => {
    const [first] = await narrative(`${CORPUS}03-gz-2022-07-larger-row.xlsx`, "zh");
    expect(first).toContain("其中较大事故2起、死亡6人、受伤1人，同比均持平。7月，全市发生生产安全事故33起、死亡34人、受伤12人，同比事故起数减少14起");
    expect(first).not.toContain("其中7月");
  });

  test("corpus 03 (en): 'July 2022 alone had 33 accidents', never 'Of these, July 2022'", async () => {
    const [first] = await narrative(`${CORPUS}03-gz-2022-07-larger-row.xlsx`, "en");
    expect(first).toContain("(41%). July 2022 alone had 33 accidents (down 29.8% year on year)");
    expect(first).not.toContain("Of these, July");
  });

  test("a paragraph of one sentence keeps the month as its 其中 (sections-monthly: …；其中6月发生3起)", async () => {
    const [first] = await narrative("tests/fixtures/sections-monthly.xlsx", "zh");
    expect(first).toContain("受伤人数增加5人、上升83.3%；其中6月发生3起、死亡2人、受伤1人");
    expect((await narrative("tests/fixtures/sections-monthly.xlsx", "en"))[0]).toContain(". June 2024 alone had 3 accidents (down 25% year on year)");
  });

  test("a month that is a paragraph of its own opens with the month and the area (corpus 04: 12月，全市发生…32起)", async () => {
    const zh = await narrative(`${CORPUS}04-gz-2022-annual-three-year-average.xlsx`, "zh");
    // With the 同比 the table states for the month (C4, E4, G4: −3%, +26.1%, −66.7%; report-rules.md rule 26) and its 环比 (D4, D5, D6 持平; rule 18);
    // C4's −3 under the format 0.0 is "3.0%", as the release prints it (rule 17, session 12).
    expect(zh).toContain(
      "12月，全市发生生产安全事故32起、死亡29人、受伤5人，同比事故起数下降3.0%，死亡人数上升26.1%，受伤人数下降66.7%；环比事故起数上升52.4%，死亡人数上升52.6%，受伤人数持平。",
    );
    expect(zh.join("")).not.toContain("其中12月");
  });

  test("after a paragraph of two sentences the month is a sentence of its own (sections-monthly's 6月 after 甲。乙。)", async () => {
    const facts = workbookFacts(readWorkbook(await loadFixture("tests/fixtures/sections-monthly.xlsx")));
    const twoSentences = { id: "two", zh: () => "甲。乙。", en: () => "A. B." };
    const text = withMonth(twoSentences, extractSectionFacts(facts)).zh({ facts: { area: "全州" }, options: resolveSummaryOptions({}) });
    expect(text).toBe("甲。乙。6月，全州发生生产安全事故3起、死亡2人、受伤1人，同比事故起数减少1起、下降25%，死亡人数持平，受伤人数净增加1人。");
  });

  test("a month with no accident, as its own sentence: 4月，全区未发生… (monthOnItsOwn, corpus 22's words)", () => {
    expect(monthOnItsOwn("其中4月未发生生产安全事故，同比事故起数减少2起。", "4月", "全区")).toBe("4月，全区未发生生产安全事故，同比事故起数减少2起。");
    expect(joinMonth("2023年1—4月，全区共发生各类生产安全事故2起，同比均持平。", "其中4月未发生生产安全事故。", "4月", "全区")).toBe(
      "2023年1—4月，全区共发生各类生产安全事故2起，同比均持平；其中4月未发生生产安全事故。",
    );
  });
});
