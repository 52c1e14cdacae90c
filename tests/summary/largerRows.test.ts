/**
 * 较大 accidents from a table's labelled rows (issue 22, "what releases say"; docs/report-rules.md rule 4).
 * Reference figures are the releases' own, as the corpus transcribes them (tests/corpus/expected):
 * - corpus 03, 广州市 2022年1—7月: "其中发生2起道路交通较大事故，造成6人死亡、1人受伤，同比分别持平" — rows
 *   其中：较大事故起数 2 | 2, 较大事故死亡人数 6 | 6, 较大事故受伤人数 1 | 1 (累计 | 去年同期); no 重大 row, so the sentence
 *   names 较大事故 only.
 * - corpus 08, 楚雄州 2023年: rows 其中：一般事故 43 | 41, 较大事故 2 | 2 (死亡 6 | 7, 受伤 0 | 2), 重大及以上事故 0 | 0:
 *   every level above 一般 is stated, so 较大及以上 is 2 + 0.
 * The change is given in counts, as 国家安全监管总局's monthly releases write it ("发生较大事故24起、死亡和下落不明92人，
 * 同比增加6起、22人"; "同比事故起数持平、人数增加2人").
 */
import fs from "fs";
import { loadXlsx, workbookToSnapshot } from "../../src/xlsx/loadXlsx";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookFacts, type Fact } from "../../src/core/facts";
import { planSummary } from "../../src/core/summary/planSummary";
import { largerAccidents, levelsNamed } from "../../src/core/summary/largerLevels";
import { buildNarrative } from "../../src/core/summary/narrative";
import { resolveSummaryOptions } from "../../src/core/summary/options";
import type { IndicatorPair, SummaryFacts } from "../../src/core/summary/facts";
import { sheetOf } from "../reader/layouts";

async function firstParagraph(file: string, language: "zh" | "en"): Promise<string> {
  const model = readWorkbook(workbookToSnapshot(await loadXlsx(fs.readFileSync(`tests/corpus/workbooks/${file}`))));
  return planSummary(workbookFacts(model), { language }).narrative[0];
}

describe("较大 accidents from a table's labelled rows", () => {
  test("corpus 03: 其中较大事故2起、死亡6人、受伤1人，同比均持平 — 较大 alone, never called 较大及以上", async () => {
    const zh = await firstParagraph("03-gz-2022-07-larger-row.xlsx", "zh");
    expect(zh).toContain("“双下降”。其中较大事故2起、死亡6人、受伤1人，同比均持平。7月，全市发生生产安全事故33起");
    expect(zh).not.toContain("较大及以上");
    expect(await firstParagraph("03-gz-2022-07-larger-row.xlsx", "en")).toContain(
      " Of these, 2 were relatively serious accidents, with 6 deaths and 1 injury; a year earlier there were 2, with 6 deaths and 1 injury.",
    );
  });

  test("corpus 08: every level above 一般 stated, so 较大及以上 (2 + 0), its change in counts", async () => {
    expect(await firstParagraph("08-cx-2023-levels.xlsx", "zh")).toMatch(
      /。其中较大及以上事故2起、死亡6人，同比事故起数持平，死亡人数减少1人，受伤人数减少2人。$/,
    );
    expect(await firstParagraph("08-cx-2023-levels.xlsx", "en")).toMatch(
      /injuries\. Of these, 2 were relatively serious or worse accidents, with 6 deaths; a year earlier there were 2, with 7 deaths and 2 injuries\. Compared with a year earlier/,
    );
  });
});

describe("the levels a row names", () => {
  test("较大及以上, 重大及以上 and 重特大 name several levels; 一般 and other rows none", () => {
    expect(levelsNamed("较大及以上事故")).toEqual(["较大", "重大", "特别重大"]);
    expect(levelsNamed("其中：重大及以上事故")).toEqual(["重大", "特别重大"]);
    expect(levelsNamed("重特大事故起数")).toEqual(["重大", "特别重大"]);
    expect(levelsNamed("较大事故")).toEqual(["较大"]);
    expect(levelsNamed("一般事故")).toEqual([]);
    expect(levelsNamed("其中：道路运输业")).toEqual([]);
  });

  const fact = (key: string, indicator: string, relation: "current" | "year_ago", value: number): Fact =>
    ({
      indicator,
      period: { label: relation === "current" ? "本期" : "去年同期", relation },
      breakdown: [{ dimension: "level", key, label: key }],
      value,
      measure: "count",
      provenance: { kind: "engine" },
      source: "t",
    }) as unknown as Fact;

  test("two rows naming one level are never both added: 较大 + 重大及以上, not + 重大 as well", () => {
    const facts = [
      fact("较大", "accident_count", "current", 3),
      fact("重大", "accident_count", "current", 1),
      fact("重大及以上", "accident_count", "current", 1),
    ];
    const larger = largerAccidents(facts, false);
    expect(larger?.scope).toBe("larger_or_above");
    expect(larger?.pairs[0].current.value).toBe(4);
  });

  test("重大 alone is no 较大 figure, and a level without the figure leaves the sum missing, never 0", () => {
    expect(largerAccidents([fact("重大", "accident_count", "current", 1)], false)).toBeUndefined();
    const deathsOfOneLevel = largerAccidents(
      [fact("较大", "accident_count", "current", 2), fact("重大及以上", "accident_count", "current", 0), fact("较大", "deaths", "current", 6)],
      false,
    );
    expect(deathsOfOneLevel?.pairs.map((p) => p.indicator)).toEqual(["accident_count"]);
  });

  test("a ledger's levels are complete: 较大 alone is 较大及以上 there", () => {
    expect(largerAccidents([fact("较大", "accident_count", "current", 1)], true)?.scope).toBe("larger_or_above");
    expect(largerAccidents([fact("较大", "accident_count", "current", 1)], false)?.scope).toBe("larger");
  });
});

describe("the level sentence's change in counts", () => {
  const pair = (indicator: string, classifier: string, current: number, previous: number): IndicatorPair => ({
    indicator,
    name: indicator,
    classifier,
    unit: classifier,
    current: { value: current },
    previous: { value: previous },
  });
  const facts = (pairs: IndicatorPair[]): SummaryFacts => ({
    period: "2015年7月",
    area: "全国",
    accidents: [pair("accident_count", "起", 3000, 3100)],
    largerAccidents: { scope: "larger", pairs },
  });

  test("a count and its deaths that move together share one verb, as MEM writes it (增加6起、22人)", () => {
    const [zh] = buildNarrative(facts([pair("accident_count", "起", 24, 18), pair("deaths", "人", 92, 70)]), resolveSummaryOptions());
    expect(zh).toMatch(/。其中较大事故24起、死亡92人，同比增加6起、22人。$/);
  });

  test("otherwise each is named (事故起数持平，死亡人数增加2人)", () => {
    const [zh] = buildNarrative(facts([pair("accident_count", "起", 12, 12), pair("deaths", "人", 51, 49)]), resolveSummaryOptions());
    expect(zh).toMatch(/。其中较大事故12起、死亡51人，同比事故起数持平，死亡人数增加2人。$/);
  });
});

describe("levels are never added into one another's word", () => {
  // corpus 08's shape (楚雄州 2023年, levels down the side, 本期 | 去年同期 | 增减 | 幅度 per indicator), with a 重大 row
  // where 08 has 重大及以上 and no 特别重大 row: 13 较大 and 1 重大 are two levels, never "较大事故14起".
  const rows = [
    ["2023年全州生产安全事故情况"],
    ["类别", "事故起数（起）", "", "", "", "死亡人数（人）", "", "", "", "受伤人数（人）"],
    ["", "本期", "去年同期", "增减", "幅度(%)", "本期", "去年同期", "增减", "幅度(%)", "本期", "去年同期", "增减", "幅度(%)"],
    ["各类生产安全事故", 200, 210, -10, -4.8, 260, 250, 10, 4, 30, 30, 0, 0],
    ["其中：一般事故", 186, 198, -12, -6.1, 210, 215, -5, -2.3, 30, 30, 0, 0],
    ["较大事故", 13, 12, 1, 8.3, 40, 35, 5, 14.3, 0, 0, 0, 0],
    ["重大事故", 1, 0, 1, "", 10, 0, 10, "", 0, 0, 0, 0],
  ];
  const merges = ["A1:M1", "A2:A3", "B2:E2", "F2:I2", "J2:M2"];
  const paragraph = (language: "zh" | "en") =>
    planSummary(workbookFacts(readWorkbook({ sheets: [sheetOf("2023年", rows, merges)] })), { language }).narrative[0];

  test("较大 13 and 重大 1 without a 特别重大 row: each told as its own level, 重大 first", () => {
    const zh = paragraph("zh");
    expect(zh).toMatch(/。其中重大事故1起、死亡10人，去年同期无；较大事故13起、死亡40人，同比事故起数增加1起，死亡人数增加5人，受伤人数持平。/);
    expect(zh).not.toMatch(/较大事故14起|较大及以上/);
    expect(paragraph("en")).toMatch(
      / Of these, 1 was a serious accident, with 10 deaths; there were none a year earlier\. Another 13 were relatively serious accidents, with 40 deaths; a year earlier there were 12, with 35 deaths\./,
    );
  });

  test("其中 rows that do not add up to the whole stay its parts, never added to it: 各类 200 over 186 + 13 + 0 is told as 200, not 213 (FACTS found 200 + 13 told, and 核对 silent)", () => {
    const short = rows.map((r) => (r[0] === "重大事故" ? ["重大事故", 0, 0, 0, "", 0, 0, 0, "", 0, 0, 0, 0] : r));
    const plan = planSummary(workbookFacts(readWorkbook({ sheets: [sheetOf("2023年", short, merges)] })), { language: "zh" });
    expect(plan.narrative[0]).toMatch(/^2023年，全州共发生各类生产安全事故200起、死亡260人、受伤30人，同比事故起数减少10起/);
    expect(plan.narrative[0]).toMatch(/。其中较大事故13起、死亡40人/);
  });

  test("the facts: 较大 alone in the 较大 figures, 重大 beside them", () => {
    const facts = workbookFacts(readWorkbook({ sheets: [sheetOf("2023年", rows, merges)] })).facts;
    const larger = largerAccidents(facts, false);
    expect(larger?.scope).toBe("larger");
    expect(larger?.pairs.map((p) => [p.indicator, p.current.value, p.previous.value])).toEqual([
      ["accident_count", 13, 12],
      ["deaths", 40, 35],
      ["injured", 0, 0],
    ]);
    expect(larger?.higher?.map((h) => [h.word, h.pairs[0].current.value, h.pairs[0].previous.value])).toEqual([["重大", 1, 0]]);
  });
});
