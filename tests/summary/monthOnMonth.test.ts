/**
 * 环比 in monthly reports (issue 22, what releases say: "当月 against last month, beside 同比"). Where
 * a monthly table states last month (上月), the month's clause of the 综述 gives the 环比 after the 同比.
 * Reference figures are the 广州市应急管理局 releases the corpus workbooks transcribe
 * (tests/corpus/README.md): 2023年12月 "环比事故起数和死亡人数分别上升53.3%、33.3%，11月受伤人数为0"
 * (23 against 15, 20 against 15, 6 against 0), and 2023年6月 "环比事故起数上升6.9%、死亡人数持平、受伤
 * 人数上升100.0%" (31 against 29, 26 against 26, 20 against 10).
 */
import { loadFixture } from "../reader/loadFixture";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookFacts } from "../../src/core/facts";
import { planSummary } from "../../src/core/summary/planSummary";

async function firstParagraph(file: string, language: "zh" | "en"): Promise<string> {
  const model = readWorkbook(await loadFixture(file));
  return planSummary(workbookFacts(model), { language }).narrative[0];
}

const DECEMBER = "tests/corpus/workbooks/01-gz-2023-12-periods-down.xlsx";
const JUNE = "tests/corpus/workbooks/02-gz-2023-06-periods-across.xlsx";

describe("环比: the month against last month, beside 同比", () => {
  test("广州 2023年12月 (periods as rows): 环比事故起数上升53.3%、死亡人数上升33.3%, injuries from none", async () => {
    expect(await firstParagraph(DECEMBER, "zh")).toContain(
      "其中12月发生23起、死亡20人、受伤6人，同比事故起数减少9起、下降28.1%，死亡人数减少9人、下降31%，受伤人数增加1人、上升20%；" +
        "环比事故起数增加8起、上升53.3%，死亡人数增加5人、上升33.3%，受伤人数净增加6人。",
    );
    expect(await firstParagraph(DECEMBER, "en")).toContain(
      "Compared with November 2023, accidents rose by 8 (53.3%), deaths by 5 (33.3%) and injuries by 6 from none.",
    );
  });

  test("广州 2023年6月 (periods across): 环比事故起数上升6.9%、死亡人数持平、受伤人数上升100%", async () => {
    expect(await firstParagraph(JUNE, "zh")).toContain("；环比事故起数增加2起、上升6.9%，死亡人数持平，受伤人数增加10人、上升100%。");
    expect(await firstParagraph(JUNE, "en")).toMatch(
      /\. Compared with May 2023, accidents rose by 2 \(6\.9%\) and injuries by 10 \(100%\), while deaths were unchanged\.$/,
    );
  });

  test("a monthly table without last month's figures says no 环比 (sections-monthly has 当月 and 累计 only)", async () => {
    const zh = await firstParagraph("tests/fixtures/sections-monthly.xlsx", "zh");
    expect(zh).toContain("其中6月发生3起");
    expect(zh).not.toContain("环比");
    expect(await firstParagraph("tests/fixtures/sections-monthly.xlsx", "en")).not.toContain("Compared with May");
  });
});
