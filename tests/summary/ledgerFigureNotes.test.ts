/**
 * The text never contradicts the 核对 (issue 22, claim 3), for stacked tables and ledgers:
 * - corpus 45 (湖北 2024年1—3月, 分月: 一、事故起数 above 二、死亡人数): the 核对 flags M9 (deaths 累计 112, its
 *   months B9 + C9 = 68 + 52 = 120, the release's figure); the 综述 said "…共发生各类生产安全事故128起，同比…" and
 *   dropped deaths without a word. It now tells them, 待核实 with the months' sum, as the table path does, and names the
 *   parts as they are: 各月合计 / "the months add up to" (session 12; before, 各分项合计 as if they were rows).
 * - ledger-real-dates: the 核对 says G367 (2024-04-19, stated 一般, 2 dead + 1 missing) meets 较大, yet the 综述
 *   said "其中较大及以上事故1起、死亡4人，同比…"; it now says the count is 待核实. 13 counted records of
 *   2024年1—6月 leave the loss blank ("—"; counted from the sheet: rows dated 2024-01-03 … 2024-06-26 with
 *   是否纳入统计 是 or blank); the loss sentence now says so, as the note and the 核对 do. Its 同比 compares with
 *   2023年1—6月, whose counted records leave 15 blank (counted from the sheet the same way; 45 in the whole ledger, as
 *   its note says): the sentence names both windows' blanks (session 12; before, only this period's 13).
 */
import fs from "fs";
import path from "path";
import { loadXlsx, workbookToSnapshot } from "../../src/xlsx/loadXlsx";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookFacts } from "../../src/core/facts";
import { planSummary } from "../../src/core/summary/planSummary";
import type { IndicatorPair, SummaryFacts } from "../../src/core/summary/facts";
import { buildNarrative } from "../../src/core/summary/narrative";
import { resolveSummaryOptions } from "../../src/core/summary/options";

async function first(file: string, language: "zh" | "en"): Promise<string> {
  const data = await loadXlsx(fs.readFileSync(path.join(__dirname, "..", file)));
  return planSummary(workbookFacts(readWorkbook(workbookToSnapshot(data), { reportDate: "2024-06-30" })), { language }).narrative[0];
}

describe("a flagged figure of a stacked table is told 待核实, never dropped (corpus 45)", () => {
  test("死亡112人（待核实：各月合计120人，见核对） beside the accidents of the block above", async () => {
    expect(await first("corpus/workbooks/45-hb-2024-months-across.xlsx", "zh")).toBe(
      "2024年1—3月，全省共发生各类生产安全事故128起、死亡112人（待核实：各月合计120人，见核对），同比事故起数减少216起、下降62.8%。",
    );
    expect(await first("corpus/workbooks/45-hb-2024-months-across.xlsx", "en")).toContain(
      "recorded 128 work-safety accidents, with 112 deaths (to be verified: the months add up to 120; see the checks).",
    );
  });
});

describe("a ledger's findings reach the sentence (ledger-real-dates)", () => {
  test("a record stated 一般 that meets 较大 makes the 较大及以上 count 待核实", async () => {
    const zh = await first("fixtures/ledger-real-dates.xlsx", "zh");
    expect(zh).toContain("其中较大及以上事故1起（待核实，见核对）、死亡4人。");
    expect(zh).not.toMatch(/较大及以上事故1起、/);
    expect(await first("fixtures/ledger-real-dates.xlsx", "en")).toContain(
      "Of these, 1 was a relatively serious or worse accident (to be verified; see the checks)",
    );
  });

  test("the loss says how many records leave it blank in both windows its 同比 compares", async () => {
    expect(await first("fixtures/ledger-real-dates.xlsx", "zh")).toContain(
      "直接经济损失7275.39万元（本期13起、去年同期15起事故未填报直接经济损失，均按0计入，见核对），同比",
    );
    expect(await first("fixtures/ledger-real-dates.xlsx", "en")).toContain(
      "The direct economic loss was CNY 72.75 million (13 accidents this period and 15 a year earlier with no loss filled in are counted as zero; see the checks).",
    );
    // Without a 同比 only this period's blanks are named (malformed-dates-text: 台账未含2023年1—6月记录).
    const zh = await first("fixtures/malformed-dates-text.xlsx", "zh");
    expect(zh).toContain("直接经济损失1026.25万元（另有4起事故未填报直接经济损失，按0计入，见核对）");
    expect(zh).not.toContain("去年同期");
  });
});

describe("none stated 较大, one meeting it", () => {
  test("'未接报较大及以上生产安全事故' is never said flat when a record stated 一般 meets 较大 (the count is to be verified)", () => {
    const pair = (indicator: string, value: number, check = false): IndicatorPair => ({
      indicator,
      name: indicator,
      classifier: "",
      unit: "",
      current: { value, ...(check ? { check: { recomputed: null } } : {}) },
      previous: { value: null },
    });
    const facts: SummaryFacts = {
      period: "2024年1—6月",
      area: "全州",
      accidents: [pair("accident_count", 23), pair("deaths", 26)],
      largerAccidents: { scope: "larger_or_above", pairs: [pair("accident_count", 0, true)] },
    };
    expect(buildNarrative(facts, resolveSummaryOptions())[0]).toContain("未接报较大及以上生产安全事故（待核实，见核对）。");
    expect(buildNarrative(facts, resolveSummaryOptions({ language: "en" }))[0]).toContain(
      "No relatively serious or worse accident was reported (to be verified; see the checks).",
    );
  });
});
