/**
 * The sample workbook's 行政执法 sheet (scripts/fixtures/make-sample.js) holds the reference report's
 * enforcement figures (楚雄州 2024H1 report §(五); docs/glossary.md enforcement table): 414家(次), 2156项 = 35 + 2121,
 * 75件, 363.99万元 = 80.22 + 283.77. The summary must say them as the report does.
 */
import { workbookFacts } from "../../src/core/facts";
import { planSummary } from "../../src/core/summary/planSummary";
import type { WorkbookModel } from "../../src/core/reader/model";
import { sampleModel, SAMPLE_SENTENCES } from "./sample";

/** The report's sentence, with the full-width punctuation the 综述 uses. */
const REPORT_ENFORCEMENT =
  "共检查生产经营单位414家（次），查处事故隐患2156项，其中重大事故隐患35项、一般事故隐患2121项。立案查处75件，给予行政处罚363.99万元，其中，监督处罚80.22万元、事故罚款283.77万元";

let model: WorkbookModel;
beforeAll(async () => {
  model = await sampleModel();
});

test("the 行政执法 sheet is read as indicator rows, each row's unit from its 单位 column (行政处罚 in 万元 is the fines)", () => {
  const t = model.tables.find((x) => x.sheet === "行政执法")!;
  expect(t.keyKind).toBe("indicator");
  expect(t.rows.map((r) => [r.indicator, r.unit])).toEqual([
    ["units_inspected", "家次"],
    ["hazards_found", "项"],
    ["major_found", "项"],
    ["general_found", "项"],
    ["cases", "件"],
    ["fines", "万元"],
    ["fines_supervision", "万元"],
    ["fines_accident", "万元"],
    ["referred", "人"],
    ["suspended", "家"],
    ["licence_suspended", "个"],
  ]);
});

test("the summary reproduces the report's enforcement sentence", () => {
  const text = planSummary(workbookFacts(model)).narrative.join("");
  expect(text).toContain(REPORT_ENFORCEMENT);
});

test("the enforcement section lists every figure of the sheet, live references to its cells", () => {
  const plan = planSummary(workbookFacts(model));
  const s = plan.sections.find((x) => x.id === "enforcement")!;
  const rows = plan.cells.slice(s.firstRow + 2, s.lastRow + 1).map((r) => [r[0].value, r[1].value, r[1].formula]);
  expect(rows).toContainEqual(["检查生产经营单位（家次）", 414, "='行政执法'!C4"]);
  expect(rows).toContainEqual(["查处事故隐患（项）", 2156, "='行政执法'!C5"]);
  // The sheet's own words (行政处罚 in 万元), not the registry's 罚款 (docs/report-rules.md rule 25).
  expect(rows).toContainEqual(["行政处罚（万元）", 363.99, "='行政执法'!C9"]);
  expect(rows).toHaveLength(11);
});

test("the sample's other sentences and its one 核对 finding (隐患排查治理!G9) are unchanged", () => {
  const plan = planSummary(workbookFacts(model));
  const text = plan.narrative.join("");
  for (const sentence of SAMPLE_SENTENCES) expect(text).toContain(sentence);
  expect(model.findings.map((f) => `${f.sheet}!${f.cell}`)).toEqual(["隐患排查治理!G9"]);
});
