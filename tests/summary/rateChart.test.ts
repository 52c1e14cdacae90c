/**
 * The 整改率 chart (issue 23, "The workbench" and the files): the sample's ten counties span 89.6–93.3%
 * (隐患排查治理, assets/samples/bureau-2024H1.xlsx) and were drawn unsorted on a 0–100% axis, every
 * other county name left out by LibreOffice. Now sorted by rate (highest at the top), on an 85–100%
 * axis, every county labelled — in the plan, the chart part of the file and what the add-in asks
 * Excel for (recorded by the in-memory host, which the workbench draws).
 */
import { workbookFacts } from "../../src/core/facts";
import { planSummary } from "../../src/core/summary/planSummary";
import { rateAxis } from "../../src/core/summary/charts";
import type { ChartPlan, SummaryPlan } from "../../src/core/summary/plan";
import { writeSummary } from "../../src/excel/writeSummary";
import { createHost } from "../../src/host/excelHost";
import { chartSeries, chartXml } from "../../src/xlsx/summary/chartXml";
import { sampleModel } from "./sample";

let plan: SummaryPlan;
let chart: ChartPlan;
beforeAll(async () => {
  plan = planSummary(workbookFacts(await sampleModel()), { language: "zh" });
  chart = plan.charts.find((c) => c.title === "各县（市）隐患整改率")!;
});

const cellAt = (row: number, column: number) => plan.cells[row]?.[column];

test("the counties are sorted by rate, the highest last (a bar chart draws it at the top)", () => {
  const [series] = chartSeries(chart, plan.sheetName, cellAt);
  expect(series.categories).toHaveLength(10);
  const rates = series.values as number[];
  expect(rates).toEqual([...rates].sort((a, b) => a - b));
  expect(Math.min(...rates)).toBeCloseTo(0.896, 3);
  expect(Math.max(...rates)).toBeCloseTo(0.933, 3);
});

test("the axis runs from 85% to 100%, where the spread of 89.6–93.3% shows; not for rates far apart or above 100%", () => {
  expect(chart.valueAxis).toEqual({ minimum: 0.85, maximum: 1 });
  expect(rateAxis([0.3, 0.9])).toBeUndefined();
  expect(rateAxis([0.9, 1.2])).toBeUndefined();
});

test("the chart part of the file has those bounds and labels every county", () => {
  const xml = chartXml(chart, chartSeries(chart, plan.sheetName, cellAt));
  expect(xml).toContain('<c:max val="1"/><c:min val="0.85"/>');
  expect(xml).toContain('<c:tickLblSkip val="1"/>');
});

test("the add-in asks Excel for the same axis and a label for every county", async () => {
  const host = createHost({ 数据: [["x"]] });
  const written = await host.run((context) => writeSummary(context, plan, { replacePrevious: false }));
  const recorded = host.findSheet(written.sheetName)!.charts.find((c) => c.title === chart.title)!;
  expect(recorded.valueAxis).toEqual({ minimum: 0.85, maximum: 1 });
  expect(recorded.tickLabelSpacing).toBe(1);
});
