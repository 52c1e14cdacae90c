/**
 * The chart parts on their own, for the chart kinds the sample workbook does not plan (the trend
 * line needs a ledger of three or more years): a hand-made chart plan over hand-made cells, read
 * back from the XML. Expected references are worked out by hand from the source range.
 */
import type { ChartPlan, PlanCell } from "../../src/core/summary/plan";
import { chartSeries, chartXml } from "../../src/xlsx/summary/chartXml";
import { all, first, parseXml, richText } from "./xmlTree";

const cells: PlanCell[][] = [];
const put = (r: number, c: number, value: string | number, numberFormat?: string) => ((cells[r] ??= [])[c] = { value, numberFormat });
// M3:N6 — period labels and 事故起数 for three years.
put(2, 12, "期间");
put(2, 13, "事故起数");
[
  ["2022年1—6月", 31],
  ["2023年1—6月", 27],
  ["2024年1—6月", 23],
].forEach(([label, n], i) => {
  put(3 + i, 12, label);
  put(3 + i, 13, n, "#,##0");
});
const at = (r: number, c: number) => cells[r]?.[c];

const line: ChartPlan = {
  type: "Line",
  source: "M3:N6",
  seriesBy: "Columns",
  title: "近三年同期事故起数",
  categoryAxisTitle: "期间",
  valueAxisTitle: "起、人",
  seriesNames: ["事故起数"],
  position: { start: "P3", end: "W18" },
};

test("a trend line reads back as a line chart with markers, its title, axis titles and one series over N4:N6 labelled by M4:M6", () => {
  const xml = parseXml(chartXml(line, chartSeries(line, "汇总 (2)", at)));
  const chart = first(xml, "lineChart")!;
  expect(chart).toBeDefined();
  const ser = all(chart, "ser");
  expect(ser).toHaveLength(1);
  expect(first(first(ser[0], "val"), "f")!.text).toBe("'汇总 (2)'!$N$4:$N$6");
  expect(first(first(ser[0], "cat"), "f")!.text).toBe("'汇总 (2)'!$M$4:$M$6");
  expect(first(first(ser[0], "tx"), "f")!.text).toBe("'汇总 (2)'!$N$3");
  expect(all(first(ser[0], "numCache")!, "v").map((v) => Number(v.text))).toEqual([31, 27, 23]);
  expect(richText(first(first(xml, "chart"), "title"))).toBe("近三年同期事故起数");
  expect(richText(first(first(xml, "catAx"), "title"))).toBe("期间");
  expect(richText(first(first(xml, "valAx"), "title"))).toBe("起、人");
});

test("series by rows take their names from the first column and their categories from the first row", () => {
  const byRows: ChartPlan = { ...line, type: "ColumnClustered", source: "M3:N4", seriesBy: "Rows", seriesNames: ["2022年1—6月"] };
  const [s] = chartSeries(byRows, "汇总", at);
  expect(s.valuesRef).toBe("'汇总'!$N$4:$N$4");
  expect(s.categoriesRef).toBe("'汇总'!$N$3:$N$3");
  expect(s.nameRef).toBe("'汇总'!$M$4");
});

test("a series name that differs from its header cell is written as a literal name, as the add-in sets it", () => {
  const renamed: ChartPlan = { ...line, seriesNames: ["起数"] };
  const xml = parseXml(chartXml(renamed, chartSeries(renamed, "汇总", at)));
  const tx = first(first(xml, "ser"), "tx")!;
  expect(first(tx, "f")).toBeUndefined();
  expect(first(tx, "v")!.text).toBe("起数");
});
