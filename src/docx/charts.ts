/**
 * A report chart as a native Word chart: docx's ChartRun writes the chart part with its data in an
 * embedded workbook, so 编辑数据 / Edit Data opens it in Word and WPS. The caption goes below the
 * chart (公文 practice: 图题在图下); the chart itself carries no title of its own.
 */
import { Paragraph, TextRun, type FileChild } from "docx";
import { ChartRun, type ChartRunOptions } from "docx/charts";
import { MESSAGES } from "../core/messages";
import type { ReportChart } from "../core/report/types";
import type { Layout } from "./layout";
import type { BlockContext } from "./blocks";

/**
 * docx's options for a report chart.
 *
 * @param chart the report chart
 * @param layout for its size and font
 * @returns ChartRun options
 */
export function chartOptions(chart: ReportChart, layout: Layout): ChartRunOptions {
  const font = { name: layout.body.font.eastAsia };
  const base = {
    legend: { position: "bottom" as const },
    font,
    transformation: { width: layout.chart.width, height: layout.chart.height },
    altText: { name: chart.title, description: chart.title, title: chart.title },
  };
  const series = chart.series.map((s) => ({ name: s.name, values: s.values }));
  if (chart.type === "doughnut")
    return { ...base, type: "doughnut", categories: chart.categories, series, dataLabels: { percentage: true, value: false }, holeSize: 50 };
  const axes = {
    valueAxis: { ...(chart.valueAxisTitle ? { title: chart.valueAxisTitle } : {}), ...(chart.numberFormat ? { numberFormat: chart.numberFormat } : {}) },
    categoryAxis: { ...(chart.categoryAxisTitle ? { title: chart.categoryAxisTitle } : {}), ...(chart.type === "bar" ? { reverseOrder: true } : {}) },
    dataLabels: {
      value: true,
      position: chart.type === "line" ? ("above" as const) : ("outsideEnd" as const),
      ...(chart.numberFormat ? { numberFormat: chart.numberFormat } : {}),
    },
  };
  if (chart.type === "line") return { ...base, ...axes, type: "line", categories: chart.categories, series, markers: true };
  return { ...base, ...axes, type: chart.type, categories: chart.categories, series };
}

/**
 * The chart in its own paragraph, centred, with the caption below.
 *
 * @param chart the report chart
 * @param x the layout, formatter and language
 * @returns the two paragraphs
 */
export function chartParagraph(chart: ReportChart, x: BlockContext): FileChild[] {
  const caption = MESSAGES.report.figureCaption(chart.number, chart.title);
  return [
    new Paragraph({ ...x.format.paragraph("caption"), keepNext: true, children: [new ChartRun(chartOptions(chart, x.layout))] }),
    new Paragraph({
      ...x.format.paragraph("caption"),
      children: [new TextRun({ ...x.format.run("caption"), text: x.language === "en" ? caption.en : caption.zh })],
    }),
  ];
}
