/**
 * English a reader of international releases would accept (issue 22, "English a release would print";
 * the audit of stop 34 quoted each of these from the printed narratives):
 * - "left 0 dead" (corpus 29, 石台县 2022: 因灾死亡 0) — a release says no one died;
 * - 人次 told as people (corpus 26, 湖北 2023年1—9月: 363.81万人次受灾, 1.27万人次紧急转移安置) — 人次 counts a
 *   person once per event (docs/glossary.md), so it is person-times;
 * - three English names for 较大 ("larger-class", "larger-and-above", "Relatively serious") — one, from the
 *   registry (registry/levelWords.ts), as the State Council's regulation is translated;
 * - an opening that stacks place and period ("In Chuxiong Prefecture, January–June 2024, there were …");
 * - "Hazard checks covered 169 business units (visits)" for the sample's 检查企业169家（次）.
 */
import fs from "fs";
import path from "path";
import { loadXlsx, workbookToSnapshot } from "../../src/xlsx/loadXlsx";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookFacts } from "../../src/core/facts";
import { planSummary } from "../../src/core/summary/planSummary";
import type { SummaryPlan } from "../../src/core/summary/plan";

async function englishPlan(file: string): Promise<SummaryPlan> {
  const data = await loadXlsx(fs.readFileSync(path.join(__dirname, "..", "..", file)));
  return planSummary(workbookFacts(readWorkbook(workbookToSnapshot(data), { reportDate: "2024-06-30" })), { language: "en" });
}

const text = async (file: string) => (await englishPlan(file)).narrative.join(" ");

describe("lives and people as a release says them", () => {
  test("no one dead is 'caused no deaths', never 'left 0 dead' (corpus 29: 因灾死亡 0)", async () => {
    const t = await text("tests/corpus/workbooks/29-shitai-2022-by-type-mu.xlsx");
    expect(t).toContain("In 2022, natural disasters affected 30,737 people and caused no deaths.");
    expect(t).not.toMatch(/left 0\b/);
  });

  test("a count in 人次 is person-times, not people (corpus 26: 363.81万人次受灾, 1.27万人次紧急转移安置)", async () => {
    const t = await text("tests/corpus/workbooks/26-hb-dis-2023-09-two-units.xlsx");
    expect(t).toContain("natural disasters affected 3.64 million person-times, left 15 dead and forced the emergency relocation of 12,700 person-times.");
    expect(t).not.toContain("million people");
  });
});

describe("one English name for 较大", () => {
  test("the ledger's level sentence and its level table say 'relatively serious', never 'larger'", async () => {
    const plan = await englishPlan("tests/fixtures/ledger-real-dates.xlsx");
    const cells = plan.cells.flat().map((c) => String(c.value ?? ""));
    expect(plan.narrative.join(" ")).toContain("Of these, 1 was a relatively serious or worse accident, with 4 deaths");
    expect(cells).toContain("Relatively serious");
    expect(cells.join(" ")).not.toMatch(/larger/i);
  });
});

describe("the opening names the period, then the place as its subject", () => {
  test("the sample: 'In January–June 2024, Chuxiong Prefecture recorded 23 work-safety accidents', not 'In Chuxiong Prefecture, January–June 2024, there were'", async () => {
    const [first] = (await englishPlan("assets/samples/bureau-2024H1.xlsx")).narrative;
    expect(first).toMatch(/^In January–June 2024, Chuxiong Prefecture recorded 23 work-safety accidents, with 26 deaths and 11 injuries\./);
  });

  test("a period with none names the place after the verb (corpus 40, 2017年1月，全市未发生生产安全事故)", async () => {
    expect(await text("tests/corpus/workbooks/40-maihjf-2017-01-stacked-fields.xlsx")).toContain(
      "In January 2017, no work-safety accident was reported in the city.",
    );
  });
});

describe("visits are visits", () => {
  test("the sample's 检查企业169家（次） is 'Hazard checks made 169 visits to enterprises', not 'business units (visits)'", async () => {
    const t = await text("assets/samples/bureau-2024H1.xlsx");
    expect(t).toContain("Hazard checks made 169 visits to enterprises.");
    expect(t).not.toContain("(visits)");
  });
});
