/**
 * English a reader of international releases would accept (issue 22, "English a release would print";
 * the audit of stop 34 quoted each of these from the printed narratives):
 * - "left 0 dead" (corpus 29, 石台县 2022: 因灾死亡 0) — a release says no one died;
 * - 人次 of a disaster told as "person-times" (corpus 26, 湖北 2023年1—9月: 363.81万人次受灾, 1.27万人次紧急转移安置),
 *   which no English release prints: MEM's and Xinhua's English say people ("Natural disasters affected about
 *   94.94 million people … About 5.26 million people were relocated", Xinhua 10 October 2021, of MEM's
 *   受灾9494万人次, 紧急转移安置526万人次); and the 紧急避险转移 the Chinese gives was dropped (corpus 26 3.33万人次,
 *   28 3351人, 29 319人);
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
    expect(t).toContain("In 2022, natural disasters in Shitai County affected 30,737 people, caused no deaths");
    expect(t).not.toMatch(/left 0\b/);
  });

  test("a disaster count in 人次 is people, as Xinhua prints MEM's 人次, and 紧急避险转移 is told (corpus 26: 363.81万人次受灾, 3.33万人次紧急避险转移, 1.27万人次紧急转移安置)", async () => {
    const t = await text("tests/corpus/workbooks/26-hb-dis-2023-09-two-units.xlsx");
    expect(t).toContain(
      "natural disasters in Hubei Province affected 3.64 million people, left 15 dead, led to the precautionary evacuation of 33,300 people and forced the emergency relocation of 12,700 people.",
    );
    expect(t).not.toContain("person-time");
  });

  test("紧急避险转移 in 人 is told too (corpus 28: 3351人; corpus 29: 319人, after 'caused no deaths')", async () => {
    expect(await text("tests/corpus/workbooks/28-hb-dis-2021-05-no-zai.xlsx")).toContain(
      "natural disasters in Hubei Province left 10 dead, led to the precautionary evacuation of 3,351 people and forced the emergency relocation of 2,169 people.",
    );
    expect(await text("tests/corpus/workbooks/29-shitai-2022-by-type-mu.xlsx")).toContain(
      "natural disasters in Shitai County affected 30,737 people, caused no deaths and led to the precautionary evacuation of 319 people.",
    );
  });

  test("millions of hectares as a release prints them (corpus 31, MEM 2019: 农作物受灾19256.9千公顷 → 19.26 million hectares)", async () => {
    const t = await text("tests/corpus/workbooks/31-mem-2019-quarters-and-cumulative.xlsx");
    expect(t).toContain("Crops were affected on 19.26 million hectares.");
    expect(t).not.toContain("19,256,900");
  });
});

describe("one English name for 较大", () => {
  test("the ledger's level sentence and its level table say 'relatively serious', never 'larger'", async () => {
    const plan = await englishPlan("tests/fixtures/ledger-real-dates.xlsx");
    const cells = plan.cells.flat().map((c) => String(c.value ?? ""));
    expect(plan.narrative.join(" ")).toContain("Of these, 1 was a relatively serious or worse accident (to be verified; see the checks), with 4 deaths");
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
