/**
 * One place rule for every paragraph (issue 22, "English a release would print"): where the Chinese names the
 * whole (全国, 全省, 全州), the English names it too, whichever paragraph it is and whether or not it has a
 * comparison. Before, corpus 42 (MEM, 2022年1月, 全国) opened "In January 2022, there were 1,390 work-safety
 * accidents" and "natural disasters affected 422,000 people", and the disaster and enforcement paragraphs
 * never named a place ("natural disasters affected 3.64 million people" for 全省 of 湖北, corpus 26). 全国 is
 * "China" as the subject and "nationwide" after another, as Xinhua writes them ("China saw two cases of
 * \"serious\" accidents", 2 March 2019). A prefecture-level city is its name alone ("Guangzhou recorded …"),
 * a county-level one keeps City ("Chuxiong City"): registry/prefectureCities.ts.
 */
import fs from "fs";
import { loadXlsx, workbookToSnapshot } from "../../src/xlsx/loadXlsx";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookFacts } from "../../src/core/facts";
import { planSummary } from "../../src/core/summary/planSummary";

async function narrative(path: string): Promise<readonly string[]> {
  const data = await loadXlsx(fs.readFileSync(path));
  return planSummary(workbookFacts(readWorkbook(workbookToSnapshot(data))), { language: "en" }).narrative;
}
const corpus = (name: string) => narrative(`tests/corpus/workbooks/${name}.xlsx`);

test("corpus 42 (全国, with a comparison): China is the subject of the accidents and the disasters are nationwide", async () => {
  const [accidents, disasters] = await corpus("42-mem-2022-01-two-domains");
  expect(accidents).toMatch(/^In January 2022, China recorded 1,390 work-safety accidents, with 1,166 deaths\. Compared with a year earlier/);
  expect(disasters).toBe(
    // With the change against the five-year mean the table states (C4:C6; statedMean.test.ts).
    "In January 2022, natural disasters nationwide affected 422,000 people and left 1 dead. The direct economic loss was CNY 3.74 billion. Compared with the average of the same period of the previous five years, the number of people affected fell by 83%, deaths by 91% and the direct economic loss by 7%.",
  );
});

test("corpus 32 (NBS 统计公报, 全国): the deaths and the crops are nationwide", async () => {
  const text = (await corpus("32-nbs-2023-gongbao-three-tables")).join(" ");
  expect(text).toContain("In 2023, work-safety accidents nationwide killed 21,242 people, 4.7% fewer than the year before.");
  expect(text).toContain("In 2023, crops nationwide were affected on 10.54 million hectares");
});

test("a province's and a county's disasters name the place the Chinese names (corpus 26 全省 of 湖北, corpus 29 全县 of 石台)", async () => {
  expect((await corpus("26-hb-dis-2023-09-two-units"))[0]).toMatch(
    /^In January–September 2023, natural disasters in Hubei Province affected 3\.64 million people/,
  );
  expect((await corpus("29-shitai-2022-by-type-mu"))[0]).toMatch(/^In 2022, natural disasters in Shitai County affected 30,737 people/);
});

test("the sample's enforcement paragraph (全州共检查生产经营单位414家（次）) names Chuxiong Prefecture", async () => {
  const text = (await narrative("assets/samples/bureau-2024H1.xlsx")).join(" ");
  expect(text).toContain("In January–June 2024, inspectors in Chuxiong Prefecture made 414 visits to businesses");
});

test("a prefecture-level city is named without City (corpus 01 广州市, corpus 17 武汉市); the sample's county-level Chuxiong City keeps it", async () => {
  expect((await corpus("01-gz-2023-12-periods-down"))[0]).toMatch(/^In 2023, Guangzhou recorded 301 work-safety accidents/);
  expect((await corpus("17-wh-2023-h1-fires-in-accidents"))[0]).toMatch(/^In January–June 2023, Wuhan recorded 274 work-safety accidents/);
  const sample = (await narrative("assets/samples/bureau-2024H1.xlsx")).join(" ");
  expect(sample).toContain("By county, Chuxiong City (5), Lufeng City (4) and Dayao County (3) had the most accidents.");
  expect(sample).not.toMatch(/Guangzhou City|Wuhan City/);
});
