/**
 * The English of five summaries read as a reader of international releases reads them (issue 22, "English a release
 * would print"; session 11's reading of the sample, corpus 42, 44, 26 and the hazard consolidation). Two things
 * grated and are fixed here:
 * - a title opening with a place known only by its kind: "The province, January–May 2020: work-safety accidents"
 *   (corpus 44, 18 outputs in all). A release titles the subject and the period; the kind follows the subject:
 *   "January–May 2020: work-safety accidents in the province". A named place still heads it ("Hubei Province, …").
 * - a clipped crops clause and an abbreviation in prose: "Crops were affected on 16,498.4 ha, of which 7,664.9 ha
 *   damaged and 1,102.8 ha lost" (the sample), "of which 17,070 hectares lost" (corpus 26). Now "hectares" in words,
 *   and the verb: "of which 7,664.9 hectares were damaged and 1,102.8 hectares lost" — one sentence builder for both
 *   disaster paragraphs (narrative/sectionFigures.ts enCropsSentence), where there were two.
 */
import fs from "fs";
import { loadXlsx, workbookToSnapshot } from "../../src/xlsx/loadXlsx";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookFacts } from "../../src/core/facts";
import { planSummary } from "../../src/core/summary/planSummary";
import type { SummaryPlan } from "../../src/core/summary/plan";

async function plan(path: string): Promise<SummaryPlan> {
  const data = await loadXlsx(fs.readFileSync(path));
  return planSummary(workbookFacts(readWorkbook(workbookToSnapshot(data))), { language: "en" });
}
const corpus = (name: string) => plan(`tests/corpus/workbooks/${name}.xlsx`);
const title = (p: SummaryPlan) => String(p.cells[0][0].value);

test("a place known only by its kind follows the subject in the title; a named place heads it", async () => {
  expect(title(await corpus("44-gd-2020-1-5-province"))).toBe("January–May 2020: work-safety accidents in the province");
  expect(title(await corpus("08-cx-2023-levels"))).toBe("2023: work-safety accidents in the prefecture");
  expect(title(await corpus("26-hb-dis-2023-09-two-units"))).toBe("Hubei Province, January–September 2023: natural disasters");
});

test("crops in hectares, in words, with the verb for the parts (the sample's 16,498.4 / 7,664.9 / 1,102.8 公顷; corpus 26's 17,070 绝收)", async () => {
  const sample = (await plan("assets/samples/bureau-2024H1.xlsx")).narrative.join(" ");
  expect(sample).toContain("Crops were affected on 16,498.4 hectares, of which 7,664.9 hectares were damaged and 1,102.8 hectares lost.");
  expect(sample).not.toMatch(/\d ha\b/);
  expect((await corpus("26-hb-dis-2023-09-two-units")).narrative.join(" ")).toContain(
    "Crops were affected on 340,690 hectares, of which 17,070 hectares were lost.",
  );
});
