/**
 * English a release would print (issue 22; rule 16 of docs/report-rules.md): no Chinese in English prose, sentences
 * rather than field lists, no nested signed percentages, no sentence that starts with a numeral. Expected phrasing is
 * written by hand from Xinhua's English releases ("fell 6.1 percent year-on-year") and the Commission's English Style
 * Guide ("try not to start a sentence with a figure … Altogether 92 cases were found").
 */
import * as fs from "fs";
import * as path from "path";
import { workbookFacts } from "../../src/core/facts";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import type { GroupTable, IndicatorPair, SummaryFacts } from "../../src/core/summary/facts";
import { buildNarrative } from "../../src/core/summary/narrative";
import { resolveSummaryOptions } from "../../src/core/summary/options";
import { planSummary } from "../../src/core/summary/planSummary";
import { loadXlsx, workbookToSnapshot } from "../../src/xlsx/loadXlsx";

const CJK = /[\u3400-\u9fff]/;
/** A sentence that starts with a digit: at the start, or after ". ", "; " or ": ". */
const NUMERAL_START = /(^|[.;:] )\d/;

const pair = (indicator: string, current: number, previous: number): IndicatorPair => ({
  indicator,
  name: indicator,
  classifier: indicator === "accident_count" ? "起" : "人",
  unit: indicator === "accident_count" ? "起" : "人",
  current: { value: current },
  previous: { value: previous },
});
const table = (keyKind: "region" | "industry", labels: readonly string[]): GroupTable => ({
  sheet: "表",
  keyKind,
  indicators: [
    { indicator: "accident_count", name: "事故起数", unit: "起" },
    { indicator: "deaths", name: "死亡人数", unit: "人" },
  ],
  rows: labels.map((label, k) => ({ label, role: "data" as const, pairs: [pair("accident_count", k + 2, k + 1), pair("deaths", k + 1, k + 1)] })),
  total: [],
  totalLabel: "合计",
  source: "ledger",
});
const en = (facts: SummaryFacts) => buildNarrative(facts, resolveSummaryOptions({ language: "en" }));

async function fixtureNarrative(file: string, language: "zh" | "en"): Promise<readonly string[]> {
  const data = await loadXlsx(fs.readFileSync(path.join(__dirname, "..", "..", file)));
  const model = readWorkbook(workbookToSnapshot(data), { reportDate: "2024-06-30" });
  return planSummary(workbookFacts(model), { language }).narrative;
}

describe("no Chinese in English prose", () => {
  test("industries get their standard English names and counties are romanised (Chuxiong City, Yao'an County)", () => {
    const facts: SummaryFacts = {
      period: "2024年1—6月",
      accidents: [pair("accident_count", 23, 20)],
      byIndustry: table("industry", ["交通运输业", "采矿业", "批发和零售业", "农林牧渔业"]),
      byRegion: table("region", ["楚雄市", "姚安县", "楚雄高新区"]),
    };
    const text = en(facts).join(" ");
    expect(text).not.toMatch(CJK);
    expect(text).toContain("transport had 2 accidents");
    expect(text).toContain("Mining and quarrying had 3 accidents");
    expect(text).toContain("Chuxiong City had 2 accidents");
    expect(text).toContain("Yao'an County had 3 accidents");
    expect(text).toContain("Chuxiong High-tech Zone had 4 accidents");
  });

  test("a name with no known English form is counted, never printed in Chinese", () => {
    // 谯 (亳州's 谯城区) is outside GB 2312, so no reading romanises it (registry/romanise.ts); 某某新区 is now "Moumou New Area".
    const facts: SummaryFacts = { accidents: [pair("accident_count", 23, 20)], byRegion: table("region", ["楚雄市", "谯城区"]) };
    const text = en(facts).join(" ");
    expect(text).not.toMatch(CJK);
    expect(text).toContain("One other area had 3 accidents");
  });

  test("the sample's English 综述 holds no Chinese at all", async () => {
    const text = (await fixtureNarrative("assets/samples/bureau-2024H1.xlsx", "en")).join(" ");
    expect(text).not.toMatch(CJK);
  });
});

describe("no sentence starts with a numeral", () => {
  test("hazards: A total of 411 hazards were found…; Of these, 13 were major hazards", () => {
    const facts: SummaryFacts = {
      hazards: { sheet: "隐患", total: { label: "合计", found: { value: 411 }, rectified: { value: 378 }, majorFound: { value: 13 } }, rows: [] },
    };
    const text = en(facts)[0];
    expect(text).toBe("A total of 411 hazards were found and 378 rectified, a rectification rate of 92%. Of these, 13 were major hazards.");
  });

  test("disasters: the relocated are not a sentence that opens with a figure", () => {
    const facts: SummaryFacts = {
      disasterScope: [
        { indicator: "affected_pop", name: "受灾人口", classifier: "人", value: { value: 301265 } },
        { indicator: "relocated", name: "紧急转移安置人口", classifier: "人次", value: { value: 2055 } },
      ],
    };
    expect(en(facts)[0]).not.toMatch(NUMERAL_START);
  });

  test.each([
    "assets/samples/bureau-2024H1.xlsx",
    "tests/fixtures/layout-b.xlsx",
    "tests/fixtures/ledger-hazards.xlsx",
    "tests/fixtures/sections-enforcement.xlsx",
  ])("%s: no English sentence opens with a digit", async (file) => {
    for (const p of await fixtureNarrative(file, "en")) expect(p).not.toMatch(NUMERAL_START);
  });
});

describe("sentences, not field lists; no nested signed percentages", () => {
  test("the sample's enforcement paragraph is sentences with money in CNY (no '(10k CNY)', no 'unit-visits')", async () => {
    const text = (await fixtureNarrative("assets/samples/bureau-2024H1.xlsx", "en")).join(" ");
    expect(text).not.toMatch(/\(10k CNY\)|unit-visits|enforcement:/);
    expect(text).toContain("fines totalled CNY 3.64 million");
  });

  test("the month clause says 'down 25% year on year', never 'down 1 (-25%)'", async () => {
    const text = (await fixtureNarrative("tests/fixtures/sections-monthly.xlsx", "en")).join(" ");
    expect(text).not.toMatch(/\([+-]\d/);
    expect(text).toContain("down 25% year on year");
  });

  test("the disaster comparison is a sentence, not 'affected population 312.45 (10k person-times), up 32.35 (+11.5%)'", async () => {
    const text = (await fixtureNarrative("tests/fixtures/sections-disaster-compare.xlsx", "en")).join(" ");
    expect(text).not.toMatch(/\([+-]\d|natural disasters caused:|\(10k person-times\)/);
    expect(text).toContain("3.12 million people");
  });
});

describe("numbers as a release prints them (issue 22, English)", () => {
  test("millions to two decimals, as Xinhua prints 39.14 million: 312.45万人次 affected is 3.12 million people (Xinhua's English of MEM's 人次; docs/report-rules.md rule 16)", async () => {
    const text = (await fixtureNarrative("tests/fixtures/sections-disaster.xlsx", "en")).join(" ");
    expect(text).toContain("affected 3.12 million people");
    expect(text).not.toContain("3.1245");
  });

  test("training, plans and drills are sentences, not 'training sessions: 483 (times); …', and no sentence opens with a figure", async () => {
    const text = (await fixtureNarrative("tests/fixtures/sections-training.xlsx", "en")).join(" ");
    expect(text).toContain(
      "In January–June 2024, a total of 483 safety training sessions were held, with 25,346 attendances. A total of 170 emergency plans were revised. A total of 6,922 emergency drills were held, with 334,436 attendances.",
    );
    expect(text).not.toMatch(/: \d|\(times\)|\(sessions\)/);
    expect(text).not.toMatch(NUMERAL_START);
  });

  test("万人次 are person-times in base units, and a million is written as such", async () => {
    const { enCount } = await import("../../src/core/summary/narrative/sectionFigures");
    expect(enCount(2.53, "万人次", "trainees")).toBe("25,300 person-times");
    expect(enCount(334436, "人次", "participants")).toBe("334,436 person-times");
    expect(enCount(312.45, "万人", "people")).toBe("3.12 million people");
    expect(enCount(6922, "场次", "emergency drills")).toBe("6,922 emergency drills");
  });

  test("the sample's loss parts, each rounded, add to CNY 123.23 million against a total of 123.22: the sentence after says it is rounding", async () => {
    const text = (await fixtureNarrative("assets/samples/bureau-2024H1.xlsx", "en")).join(" ");
    expect(text).toContain("The direct economic loss was CNY 123.22 million (housing and household property CNY 1.27 million,");
    expect(text).toContain("public services CNY 0.20 million). Parts do not add up to the total because of rounding.");
  });

  test("a total to be verified keeps its note in one bracket and its parts in a sentence of their own (no two brackets in a row)", async () => {
    const text = (await fixtureNarrative("tests/fixtures/layout-c.xlsx", "en")).join(" ");
    expect(text).toMatch(
      /The direct economic loss was CNY 115\.90 million \(to be verified: the parts add up to CNY 123\.22 million; see the checks\)\. By category: /,
    );
    expect(text).not.toMatch(/\) \(/);
    expect(text).not.toContain("because of rounding");
  });
});
