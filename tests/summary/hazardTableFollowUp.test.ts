/**
 * Hazard follow-up from a hazard table (issue 22, "what releases say": 整改资金, the open 重大隐患, 挂牌督办; rule 7 of
 * docs/report-rules.md). The wording is the Sichuan release's ("排查出重大隐患182项，已整改72项，列入治理计划的重大隐患110项，
 * 落实治理资金44220.32万元", esafety.cn/news/66349) and the Hubei 省安委会's ("省级挂牌督办的17处重大安全隐患").
 * Reference figures: the sample's 隐患排查治理 sheet states 整改资金（万元） 86.5 on its 合计 row (H2; its ten counties
 * add to 86.5); the county table below is made for the test, its 合计 row the sum of its rows by hand
 * (110 = 60 + 50; 5 = 3 + 2; 44220.32 = 20000 + 24220.32).
 */
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookFacts } from "../../src/core/facts/workbookFacts";
import { planSummary } from "../../src/core/summary/planSummary";
import { sheetOf } from "../reader/layouts";
import { sampleModel } from "./sample";

const hazardParagraph = (narrative: readonly string[]) => narrative.find((p) => /安全隐患|hazards were found/.test(p)) ?? "";

describe("the follow-up a hazard table states", () => {
  test("the sample's 整改资金 86.5万元 follows its counts (it was left out although the table states it)", async () => {
    const wf = workbookFacts(await sampleModel());
    expect(hazardParagraph(planSummary(wf).narrative)).toBe(
      "隐患排查检查企业169家（次），发现安全隐患411条，完成整改378条，整改率92%，其中重大隐患3条，已全部完成整改。落实整改资金86.5万元。",
    );
    expect(hazardParagraph(planSummary(wf, { language: "en" }).narrative)).toMatch(
      / All 3 major hazards were rectified\. Rectification funds totalled CNY 865,000\.$/,
    );
  });

  const table = () =>
    readWorkbook({
      sheets: [
        sheetOf("隐患", [
          ["2024年1—6月全州隐患排查治理情况"],
          [
            "县（市）",
            "排查隐患（项）",
            "已整改（项）",
            "重大隐患（项）",
            "重大隐患已整改（项）",
            "列入治理计划的重大隐患（项）",
            "挂牌督办（项）",
            "整改资金（万元）",
          ],
          ["楚雄市", 900, 850, 100, 40, 60, 3, 20000],
          ["禄丰市", 800, 760, 82, 32, 50, 2, 24220.32],
          ["合计", 1700, 1610, 182, 72, 110, 5, 44220.32],
        ]),
      ],
    });

  test("列入治理计划的重大隐患, 挂牌督办 and 整改资金, in the source's unit (项), after the major hazards' rate", () => {
    const zh = hazardParagraph(planSummary(workbookFacts(table())).narrative);
    // 1610 / 1700 = 94.71% and 72 / 182 = 39.56%, at the default one decimal (the table states no rate of its own).
    expect(zh).toBe(
      "发现安全隐患1700项，完成整改1610项，整改率94.7%；其中重大隐患182项，已整改72项，整改率仅39.6%。列入治理计划的重大隐患110项，挂牌督办隐患5项，落实整改资金44220.32万元。",
    );
    const en = hazardParagraph(planSummary(workbookFacts(table()), { language: "en" }).narrative);
    expect(en).toContain(
      "A total of 110 major hazards were placed in a rectification plan. A total of 5 hazards were listed for supervision. Rectification funds totalled CNY 442.2 million.",
    );
  });
});
