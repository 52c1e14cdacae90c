/**
 * A ledger record with a blank county (or industry) cell counts in the 合计 and is listed under （未填）
 * (ledger/accidentRecords.ts); the 综述 told it as a county of that name: "（未填）发生生产安全事故1起、死亡1人、
 * 受伤1人" and in English "One other area had 1 accident" (the audit of stop 35, on a ledger with one blank
 * 县（市） cell). And an English comparison said when twice: "compared with a year earlier, accidents rose by 1
 * from none a year earlier and deaths by 1 from none a year earlier". The figures below are that ledger's.
 */
import type { IndicatorPair, SummaryFacts } from "../../src/core/summary/facts";
import { buildNarrative } from "../../src/core/summary/narrative";
import { resolveSummaryOptions } from "../../src/core/summary/options";
import { BLANK_KEY } from "../../src/core/registry/blankKey";

const NAMES: Record<string, [string, string]> = { accident_count: ["事故起数", "起"], deaths: ["死亡人数", "人"], injured: ["受伤人数", "人"] };
const pair = (indicator: string, current: number, previous: number): IndicatorPair => ({
  indicator,
  name: NAMES[indicator][0],
  classifier: NAMES[indicator][1],
  unit: NAMES[indicator][1],
  current: { value: current },
  previous: { value: previous },
});

const row = (label: string, accidents: number, deaths: number, injured: number) => ({
  label,
  role: "data" as const,
  pairs: [pair("accident_count", accidents, 0), pair("deaths", deaths, 0), pair("injured", injured, 0)],
});

const FACTS: SummaryFacts = {
  byRegion: {
    sheet: "事故台账",
    keyKind: "region",
    source: "ledger",
    indicators: [],
    total: [],
    totalLabel: "合计",
    rows: [row("楚雄市", 1, 1, 0), row("禄丰市", 1, 0, 0), row("南华县", 0, 0, 0), row(BLANK_KEY, 1, 1, 1)],
  },
};

const say = (language: "zh" | "en") => buildNarrative(FACTS, resolveSummaryOptions({ language })).join(" ");

describe("records with no county", () => {
  test("are told as unfilled, after the counties: 另有1起事故（死亡1人、受伤1人）未填所在县（市）", () => {
    const zh = say("zh");
    expect(zh).toContain("南华县未接报生产安全事故。另有1起事故（死亡1人、受伤1人）未填所在县（市）。");
    expect(zh).not.toContain(`${BLANK_KEY}发生`);
  });

  test("in English: 'One further accident, with 1 death and 1 injury, has no county filled in', never 'One other area'", () => {
    const en = say("en");
    expect(en).toContain("No accident was reported in Nanhua County. One further accident, with 1 death and 1 injury, has no county filled in.");
    expect(en).not.toContain("One other area");
  });
});

describe("a rise from none says when once", () => {
  test("after 'compared with a year earlier' it is 'from none'; in a later row, the last rise from none says 'a year earlier'", () => {
    const en = say("en");
    expect(en).toContain("compared with a year earlier, accidents rose by 1 from none and deaths by 1 from none.");
    expect(en).toContain("Lufeng City had 1 accident; accidents rose by 1 from none a year earlier.");
    expect(en).not.toMatch(/from none a year earlier and/);
  });
});
