/**
 * English sentences open as a release's do (issue 22, English: "no sentence starts with a numeral"; rule 16).
 * Corpus 35 (巴中 2023, hazards per county sheet: 124841 found, 124841 rectified) said "124,841 hazards were
 * found …"; corpus 32 (NBS 2023 统计公报: 农作物受灾面积1054万公顷, 绝收98万公顷) said "In 2023, Crops were affected".
 */
import { loadFixture } from "../reader/loadFixture";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookFacts } from "../../src/core/facts/workbookFacts";
import { planSummary } from "../../src/core/summary/planSummary";

async function english(file: string): Promise<readonly string[]> {
  const model = readWorkbook(await loadFixture(`tests/corpus/workbooks/${file}.xlsx`));
  return planSummary(workbookFacts(model), { language: "en" }).narrative;
}

describe("English openings", () => {
  test("a hazard paragraph never starts with a numeral: 'A total of 124,841 hazards were found …' (corpus 35)", async () => {
    const text = await english("35-bz-2023-county-sheets-wps");
    expect(text).toContain("A total of 124,841 hazards were found and 124,841 rectified, a rectification rate of 100%.");
    for (const p of text) expect(p).not.toMatch(/(^|\. )\d/);
  });

  test("a disaster paragraph without the people affected reads 'In 2023, crops nationwide were affected …' (corpus 32, 全国)", async () => {
    expect((await english("32-nbs-2023-gongbao-three-tables")).join(" ")).toContain(
      "In 2023, crops nationwide were affected on 10.54 million hectares, of which 980,000 hectares were lost.",
    );
  });
});

describe("English money in the unit the table states", () => {
  test("corpus 37 (广西 2020: 给予行政处罚1.3亿元, 监督处罚4226.97万元, 事故罚款8872.95万元): 'fines totalled CNY 130 million', not 'CNY 0.01 million'", async () => {
    const text = (await english("37-gx-enf-2020-by-industry")).join(" ");
    expect(text).toContain("Fines totalled CNY 130 million");
    expect(text).toContain("Supervision fines came to CNY 42.27 million and accident fines to CNY 88.73 million");
  });
});
