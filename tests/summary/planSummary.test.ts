/**
 * The summary plan on the sample workbook (assets/samples/bureau-2024H1.xlsx, figures from the
 * Chuxiong 2024H1 report, /work/shared/reference). Expected sentences are issue 4's.
 */
import { workbookFacts } from "../../src/core/facts";
import { planSummary } from "../../src/core/summary/planSummary";
import { resolveSummaryOptions } from "../../src/core/summary/options";
import type { WorkbookModel } from "../../src/core/reader/model";
import { sampleModel, SAMPLE_SENTENCES } from "./sample";

let model: WorkbookModel;
beforeAll(async () => {
  model = await sampleModel();
});

function cellByFormula(plan: ReturnType<typeof planSummary>, formula: string) {
  return plan.cells.flat().find((c) => c.formula === formula);
}

test("the narrative contains the three sentences of issue 4 exactly", () => {
  const text = planSummary(workbookFacts(model)).narrative.join("");
  for (const s of SAMPLE_SENTENCES) expect(text).toContain(s);
});

test("the loss sentence uses the official category names even where the header says otherwise", () => {
  const text = planSummary(workbookFacts(model)).narrative.join("");
  expect(text).toContain("房屋及居民家庭财产损失126.59万元");
  expect(text).not.toContain("其他损失"); // a zero part is left out (docs/report-rules.md T4)
});

test("accident cells are live references to the source total row with the engine's numbers", () => {
  const plan = planSummary(workbookFacts(model));
  expect(cellByFormula(plan, "='事故分县统计'!B5")?.value).toBe(23);
  expect(cellByFormula(plan, "='事故分县统计'!C5")?.value).toBe(20);
  expect(cellByFormula(plan, '=IFERROR(IF(C6=0,"—",(B6-C6)/C6),"—")')?.value).toBeCloseTo(0.15, 12);
  expect(cellByFormula(plan, '=IFERROR(B6-C6,"—")')?.value).toBe(3);
});

test("a county with no accidents last year gets a dash, not a percent", () => {
  const plan = planSummary(workbookFacts(model));
  const yaoan = plan.cells.find((r) => r[0].value === "姚安县")!;
  expect(yaoan[3].value).toBe("—");
  expect(plan.notes.join("")).toContain("“—”");
});

test("the loss composition is largest first, with a sum check that agrees", () => {
  const plan = planSummary(workbookFacts(model));
  const section = plan.sections.find((s) => s.id === "losses")!;
  const rows = plan.cells.slice(section.firstRow + 2, section.lastRow + 1).map((r) => r[0].value);
  expect(rows.slice(0, 3)).toEqual(["农林牧渔业损失", "基础设施损失", "房屋及居民家庭财产损失"]);
  const check = plan.cells[section.lastRow];
  expect(check[1].formula).toMatch(/^=SUM\(B\d+:B\d+\)$/);
  expect(check[1].value).toBeCloseTo(12322.34, 8);
  expect(check[2].value).toBe("一致");
});

test("the hazard section gives 411 found, 378 rectified and a rate of 378/411", () => {
  const plan = planSummary(workbookFacts(model));
  const total = plan.cells[plan.sections.find((s) => s.id === "hazards")!.firstRow + 2];
  expect([total[1].value, total[2].value]).toEqual([411, 378]);
  expect(total[3].value).toBeCloseTo(378 / 411, 12);
  // One decimal by default (docs/report-rules.md, rule 6) with the trailing zero dropped: 92% in the prose and in the cell (rule 17).
  expect(total[3].numberFormat).toBe("0%");
});

test("formulas use only built-in functions that old Excel and WPS know", () => {
  const formulas = planSummary(workbookFacts(model))
    .cells.flat()
    .flatMap((c) => (c.formula ? [c.formula] : []));
  expect(formulas.length).toBeGreaterThan(100);
  const functions = new Set(formulas.flatMap((f) => [...f.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1])));
  // ABS (in the 分项合计 row's rounding tolerance) is as old as SUM: Excel 2003, WPS and LibreOffice all have it.
  for (const fn of functions) expect(["SUM", "IF", "IFERROR", "ROUND", "ABS"]).toContain(fn);
});

test("three charts are planned with Chinese titles, units and series names", () => {
  const charts = planSummary(workbookFacts(model)).charts;
  expect(charts.map((c) => c.type)).toEqual(["ColumnClustered", "Doughnut", "BarClustered"]);
  expect(charts[0]).toMatchObject({
    source: "A5:C8",
    valueAxisTitle: "起、人",
    seriesNames: ["本期", "去年同期"],
  });
  expect(charts[1].title).toContain("万元");
});

test("print setup is A4, fit to width, with the title row repeated on every page; two rows frozen", () => {
  const plan = planSummary(workbookFacts(model));
  expect(plan.print).toMatchObject({
    paperSize: "A4",
    fitToWidth: true,
    titleRows: "$1:$1",
  });
  expect(plan.frozenRows).toBe(2);
  expect(plan.merges[0]).toBe("A1:J1");
});

test("sections can be switched off and the narrative can be English", () => {
  const plan = planSummary(workbookFacts(model), {
    language: "en",
    sections: { byIndustry: false, charts: false },
  });
  expect(plan.sections.map((s) => s.id)).not.toContain("byIndustry");
  expect(plan.charts).toHaveLength(0);
  expect(plan.narrative[0]).toContain(
    "23 work-safety accidents, with 26 deaths and 11 injuries. Compared with a year earlier, accidents rose by 3 (15%), deaths by 5 (23.8%) and injuries by 5 (83.3%).",
  );
});

test("options of the wrong type fall back to the house style", () => {
  const o = resolveSummaryOptions({
    percentDecimals: 9,
    language: "fr" as never,
    sections: { losses: "no" as never },
  });
  expect(o).toMatchObject({
    percentDecimals: 1,
    language: "zh",
    rateDecimals: 1,
    rateInterval: false,
    significanceWording: false,
    changeStyle: "auto",
  });
  expect(o.sections.losses).toBe(true);
});

test("an empty model gives a plan with a title and the nothing-recognised section only: no 核对 verdict", () => {
  const plan = planSummary(
    workbookFacts({
      tables: [],
      ledgers: [],
      findings: [],
      anomalies: [],
      diagnostics: [],
    }),
  );
  expect(plan.sections.map((s) => s.id)).toEqual(["nothingRecognised"]);
  expect(plan.notes[0]).toBe("未识别到可汇总的表格，未做核对。");
  expect(plan.narrative).toEqual([]);
});

test("the 核对 section lists the sample's one deliberate slip (assets/samples/README.md): G9 stated 95, recomputed 89.58", () => {
  const plan = planSummary(workbookFacts(model));
  const checks = plan.sections.find((s) => s.id === "checks")!;
  const row = plan.cells[checks.firstRow + 2];
  expect(row.slice(0, 3).map((c) => c.value)).toEqual(["隐患排查治理", "G9", 95]);
  expect(row[3].value as number).toBeCloseTo(89.58, 2);
  expect(String(row[4].value)).toContain("大姚县");
});
