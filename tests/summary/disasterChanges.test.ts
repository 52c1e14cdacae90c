/**
 * The disaster paragraph's 同比 grouped with 分别 as MEM writes it (issue 22, "disaster order and wording as MEM writes
 * them … the changes are grouped with 分别"; MEM 2019年前三季度: "因灾死亡失踪人数、紧急转移安置人次、倒塌房屋数量和直接
 * 经济损失分别减少25%、17%、55%和3%"), and the English by-industry rows without "respectively" (rule 16). The
 * percents are those of tests/fixtures/sections-disaster-compare.xlsx (312.45 against 280.1万人次 → 11.5%, 17 against 21人
 * → 19%, 8.91 against 8万人次 → 11.4%, 1206 against 1120间 → 7.7%, 3311 against 3070间 → 7.9%, 265.3 against 243.3千公顷
 * → 9%, 48.72 against 46亿元 → 5.9%), which main wrote one by one with their amounts.
 */
import { loadFixture } from "../reader/loadFixture";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookFacts } from "../../src/core/facts";
import { planSummary } from "../../src/core/summary/planSummary";

async function narrative(file: string, language: "zh" | "en"): Promise<string> {
  const model = readWorkbook(await loadFixture(`tests/fixtures/${file}`));
  return planSummary(workbookFacts(model), { language }).narrative.join("\n");
}

describe("the disaster changes grouped with 分别, named as MEM names them", () => {
  test("Chinese: one 分别 clause per direction, percents only, 和 before the last", async () => {
    expect(await narrative("sections-disaster-compare.xlsx", "zh")).toContain(
      "与去年同期相比，受灾人次、紧急转移安置人次、倒塌房屋数量、严重损坏房屋数量、农作物受灾面积和直接经济损失分别上升11.5%、11.4%、7.7%、7.9%、9%和5.9%，因灾死亡失踪人数下降19%。",
    );
  });

  test("English: the verb once per direction, release nouns, no 'the disaster deaths and missing'", async () => {
    const text = await narrative("sections-disaster-compare.xlsx", "en");
    expect(text).toContain(
      "Compared with a year earlier, the number of people affected rose by 11.5%, relocations by 11.4%, collapsed rooms by 7.7%, severely damaged rooms by 7.9%, the crop area affected by 9% and the direct economic loss by 5.9%, while the number of people dead or missing fell by 19%.",
    );
    expect(text).not.toMatch(/disaster deaths and missing|emergency relocation rose/);
  });
});

describe("English by-industry rows are sentences, never 'respectively'", () => {
  test("the sample: each industry a sentence, its comparison naming each indicator", async () => {
    const text = await narrative("../../assets/samples/bureau-2024H1.xlsx", "en");
    expect(text).toContain(
      "By industry, transport had 14 accidents, with 16 deaths and 8 injuries; compared with a year earlier, accidents rose by 3 (27.3%), deaths by 4 (33.3%) and injuries by 4 (100%). Construction had 3 accidents",
    );
    expect(text).not.toContain("respectively");
  });
});

describe("the English by-industry paragraph says what it compares with once", () => {
  test("the sample: 'compared with a year earlier' once, in the first industry's sentence, the others give their changes alone", async () => {
    const { planSummary } = await import("../../src/core/summary/planSummary");
    const { workbookFacts } = await import("../../src/core/facts");
    const { readWorkbook } = await import("../../src/core/reader/readWorkbook");
    const { loadXlsx, workbookToSnapshot } = await import("../../src/xlsx/loadXlsx");
    const fs = await import("fs");
    const model = readWorkbook(workbookToSnapshot(await loadXlsx(fs.readFileSync("assets/samples/bureau-2024H1.xlsx"))));
    const paragraph = planSummary(workbookFacts(model), { language: "en" }).narrative.find((p) => p.startsWith("By industry"))!;
    expect(paragraph.match(/compared with a year earlier/gi)).toHaveLength(1);
    expect(paragraph).toContain("Construction had 3 accidents, with 3 deaths and 1 injury; accidents and deaths were unchanged, while injuries rose by 1");
  });
});

describe("a disaster count of people that is zero is said in words, as releases say it", () => {
  test("corpus 29 (石台县 2022: 30737人受灾, no deaths): '无人员死亡', never '0人死亡'", async () => {
    const fs = await import("fs");
    const { loadXlsx, workbookToSnapshot } = await import("../../src/xlsx/loadXlsx");
    const model = readWorkbook(workbookToSnapshot(await loadXlsx(fs.readFileSync("tests/corpus/workbooks/29-shitai-2022-by-type-mu.xlsx"))));
    const text = planSummary(workbookFacts(model), { language: "zh" }).narrative.join("\n");
    expect(text).toContain("全县各类自然灾害共造成30737人受灾，无人员死亡，319人紧急避险转移；");
    expect(text).not.toMatch(/(^|[^\d.])0人死亡/);
  });
});
