/**
 * The summary's charts as report charts: the categories and series read from the plan's cells
 * over each chart's source range (header row first, categories in the first column), so the
 * report plots the same figures the sheet does.
 */
import { parseCellAddress } from "../model/address";
import type { ChartPlan, SummaryPlan } from "../summary/plan";
import type { ReportChart } from "./types";

const TYPES: Record<ChartPlan["type"], ReportChart["type"]> = {
  ColumnClustered: "column",
  BarClustered: "bar",
  Doughnut: "doughnut",
  Line: "line",
};

/** Template keys of the charts the summary draws, by the words of their titles. */
const KEYS: readonly [RegExp, string][] = [
  [/事故|accident/i, "图:事故对比"],
  [/损失|loss/i, "图:损失构成"],
  [/整改率|rectification|rate/i, "图:整改率"],
];

/** The range of a chart's source: rows and columns, 0-based and inclusive. */
function sourceBox(source: string): { top: number; left: number; bottom: number; right: number } | undefined {
  const [a, b] = source.split(":").map((x) => parseCellAddress(x));
  if (!a || !b) return undefined;
  return { top: a.row, left: a.column, bottom: b.row, right: b.column };
}

/**
 * A chart of the plan with its data.
 *
 * @param plan the summary plan
 * @param chart one of its charts
 * @param number the figure number
 * @returns the report chart, or undefined when its range holds no numbers
 */
export function reportChart(plan: SummaryPlan, chart: ChartPlan, number: number): ReportChart | undefined {
  const box = sourceBox(chart.source);
  if (!box) return undefined;
  const cell = (r: number, c: number) => plan.cells[r]?.[c];
  const categories: string[] = [];
  for (let r = box.top + 1; r <= box.bottom; r++) categories.push(String(cell(r, box.left)?.value ?? ""));
  const series = [];
  for (let c = box.left + 1; c <= box.right; c++) {
    const values = categories.map((_, i) => {
      const v = cell(box.top + 1 + i, c)?.value;
      return typeof v === "number" && Number.isFinite(v) ? v : null;
    });
    series.push({ name: chart.seriesNames[c - box.left - 1] ?? String(cell(box.top, c)?.value ?? ""), values });
  }
  if (!series.some((s) => s.values.some((v) => v !== null))) return undefined;
  const numberFormat = cell(box.top + 1, box.left + 1)?.numberFormat;
  const key = KEYS.find(([re]) => re.test(chart.title))?.[1] ?? (chart.type === "Line" ? "图:趋势" : `图:${number}`);
  return {
    kind: "chart",
    number,
    type: TYPES[chart.type],
    title: chart.title,
    categories,
    series,
    ...(chart.valueAxisTitle ? { valueAxisTitle: chart.valueAxisTitle } : {}),
    ...(chart.categoryAxisTitle ? { categoryAxisTitle: chart.categoryAxisTitle } : {}),
    ...(numberFormat ? { numberFormat } : {}),
    key,
  };
}

/**
 * The summary rows a chart plots: its own rows, or, for a chart over a data block of references
 * to the sheet (the 整改率 by county beside the charts), the rows those references point at.
 *
 * @param plan the summary plan
 * @param chart the chart
 * @returns sheet rows of the summary
 */
export function chartRows(plan: SummaryPlan, chart: ChartPlan): number[] {
  const box = sourceBox(chart.source);
  if (!box) return [];
  const own: number[] = [];
  const referenced: number[] = [];
  for (let r = box.top; r <= box.bottom; r++) {
    own.push(r);
    const formula = plan.cells[r]?.[box.left]?.formula;
    const m = formula && /^=\$?[A-Z]{1,3}\$?(\d+)$/.exec(formula);
    if (m) referenced.push(Number(m[1]) - 1);
  }
  return referenced.length ? referenced : own;
}
