/**
 * The counties that moved the whole most (issue 22, "what releases say": the largest contributors to a change,
 * "增幅最大的是…"; docs/report-rules.md rule 19). Reference figures by hand:
 * - the sample's 事故分县统计 (assets/samples/bureau-2024H1.xlsx, rows 6–15): deaths 26 against 21 (+5); 楚雄市 6 against 4
 *   and 南华县 3 against 1 (+2 each), 禄丰市, 姚安县 and 武定县 +1 each; accidents 23 against 20, every rising county +1
 *   (楚雄市, 禄丰市, 南华县, 姚安县), so no county is named for accidents: a tie is no "most".
 * - the table below: accidents 30 against 36 (−6): 甲县 −5, 乙县 −2, 丙县 +1; deaths 20 against 20 (unchanged): none named.
 */
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookFacts } from "../../src/core/facts/workbookFacts";
import { planSummary } from "../../src/core/summary/planSummary";
import { sheetOf } from "../reader/layouts";
import { sampleModel } from "./sample";

const countyParagraph = (narrative: readonly string[]) => narrative.find((p) => /^分县（市）看|^By county/.test(p)) ?? "";

describe("the counties that moved the whole most", () => {
  test("the sample: deaths rose most in 楚雄市 and 南华县 (+2 each); accidents rose by 1 in four counties, so none is named", async () => {
    const wf = workbookFacts(await sampleModel());
    const zh = countyParagraph(planSummary(wf).narrative);
    expect(zh).toContain("；死亡人数增加最多的是楚雄市（增加2人）、南华县（增加2人）；");
    expect(zh).not.toContain("事故起数增加最多");
    expect(countyParagraph(planSummary(wf, { language: "en" }).narrative)).toContain(" Deaths rose most in Chuxiong City (up 2) and Nanhua County (up 2).");
  });

  const model = () =>
    readWorkbook({
      sheets: [
        sheetOf(
          "分县",
          [
            ["楚雄州2024年1—6月生产安全事故分县统计表"],
            ["县（市）", "事故起数", "", "死亡人数", ""],
            ["", "本期", "去年同期", "本期", "去年同期"],
            ["全州合计", 30, 36, 20, 20],
            ["楚雄市", 5, 10, 4, 5],
            ["禄丰市", 6, 8, 4, 3],
            ["双柏县", 7, 6, 3, 3],
            ["牟定县", 6, 6, 5, 5],
            ["南华县", 6, 6, 4, 4],
          ],
          ["A1:E1", "A2:A3", "B2:C2", "D2:E2"],
        ),
      ],
    });

  test("a fall is told by the counties that fell, largest first; an unchanged whole names none", () => {
    const zh = countyParagraph(planSummary(workbookFacts(model())).narrative);
    expect(zh).toContain("事故起数减少最多的是楚雄市（减少5起）、禄丰市（减少2起）");
    expect(zh).not.toContain("死亡人数增加最多");
    expect(zh).not.toContain("死亡人数减少最多");
    expect(countyParagraph(planSummary(workbookFacts(model()), { language: "en" }).narrative)).toContain(
      "Accidents fell most in Chuxiong City (down 5) and Lufeng City (down 2).",
    );
  });
});
