/**
 * English names an industry a table writes its own way (issue 22, English: "no Chinese in English
 * prose"; rule 16). Corpus 05 (广东 2018年1—3月) names 交通运输和仓储业, which no standard name matched: its
 * English said "One other industry had 23 accidents". Figures from the workbook (row 交通运输和仓储业: 23起,
 * 12人死亡, 21人受伤).
 */
import { loadFixture } from "../reader/loadFixture";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookFacts } from "../../src/core/facts/workbookFacts";
import { planSummary } from "../../src/core/summary/planSummary";
import { closestIndustry } from "../../src/core/registry/englishNames";

describe("an industry with no standard English name", () => {
  test("corpus 05: 交通运输和仓储业 is 'transport and storage', never 'one other industry'", async () => {
    const model = readWorkbook(await loadFixture("tests/corpus/workbooks/05-gd-2018-q1-industries-zong.xlsx"));
    const text = planSummary(workbookFacts(model), { language: "en" }).narrative.join("\n");
    expect(text).toContain("Transport and storage had 23 accidents, with 12 deaths and 21 injuries;");
    expect(text).not.toMatch(/other industry|[\u4e00-\u9fff]/);
  });

  test("the closest category follows the label's words, specific before general", () => {
    expect(closestIndustry("交通运输和仓储业")).toBe("transport and storage");
    expect(closestIndustry("道路运输企业")).toBe("road transport");
    expect(closestIndustry("房屋市政工程")).toBe("construction");
    expect(closestIndustry("森林火灾")).toBe("fires");
    expect(closestIndustry("冶金有色行业")).toBe("manufacturing");
    expect(closestIndustry("宗教场所")).toBeUndefined();
  });
});
