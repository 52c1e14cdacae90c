/**
 * A chart part (DrawingML chart) from a {@link ChartPlan}: the same chart the add-in adds with
 * `sheet.charts.add(type, range, seriesBy)` — clustered columns or bars, a doughnut or a line —
 * with its title, axis titles and series bound to the summary sheet's cells. Each series carries
 * a cache of the plan's values, so a viewer shows the chart before it recalculates.
 */
import type { ChartPlan, PlanCell } from "../../core/summary/plan";
import { columnLetters, parseCellAddress, quoteSheetName } from "../../core/model/address";
import { escapeXml } from "../package/xmlParts";

const C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** One series: where its name, categories and values are, and their cached contents. */
export interface ChartSeries {
  readonly name: string;
  /** The cell holding the name, when the series name is the header cell's text. */
  readonly nameRef?: string;
  readonly categoriesRef: string;
  readonly valuesRef: string;
  readonly categories: readonly string[];
  readonly values: readonly (number | null)[];
  readonly numberFormat: string;
}

interface Cells {
  (row: number, column: number): PlanCell | undefined;
}

const abs = (row: number, column: number): string => `$${columnLetters(column)}$${row + 1}`;

/**
 * The series of a chart plan, as the add-in's `charts.add` finds them in the source range: the
 * first row holds the series names and the first column the categories (`seriesBy: "Columns"`),
 * or the other way round (`"Rows"`).
 *
 * @param chart the chart plan
 * @param sheetName the summary sheet's (unique) name
 * @param cellAt the plan cell at a 0-based row and column
 * @returns the series, in order
 */
export function chartSeries(chart: ChartPlan, sheetName: string, cellAt: Cells): ChartSeries[] {
  const [from, to] = chart.source.split(":").map((a) => parseCellAddress(a));
  if (!from || !to) return [];
  const sheet = quoteSheetName(sheetName);
  const byColumns = chart.seriesBy === "Columns";
  const count = byColumns ? to.column - from.column : to.row - from.row;
  const length = byColumns ? to.row - from.row : to.column - from.column;
  const text = (c: PlanCell | undefined): string => (c?.value === null || c?.value === undefined ? "" : String(c.value));
  const series: ChartSeries[] = [];
  for (let i = 0; i < count; i++) {
    const at = (k: number): [number, number] => (byColumns ? [from.row + 1 + k, from.column + 1 + i] : [from.row + 1 + i, from.column + 1 + k]);
    const catAt = (k: number): [number, number] => (byColumns ? [from.row + 1 + k, from.column] : [from.row, from.column + 1 + k]);
    const head: [number, number] = byColumns ? [from.row, from.column + 1 + i] : [from.row + 1 + i, from.column];
    const name = chart.seriesNames[i] ?? text(cellAt(...head));
    const ks = Array.from({ length }, (_x, k) => k);
    const first = cellAt(...at(0));
    series.push({
      name,
      nameRef: text(cellAt(...head)) === name ? `${sheet}!${abs(...head)}` : undefined,
      categoriesRef: `${sheet}!${abs(...catAt(0))}:${abs(...catAt(length - 1))}`,
      valuesRef: `${sheet}!${abs(...at(0))}:${abs(...at(length - 1))}`,
      categories: ks.map((k) => text(cellAt(...catAt(k)))),
      values: ks.map((k) => {
        const v = cellAt(...at(k))?.value;
        return typeof v === "number" && Number.isFinite(v) ? v : null;
      }),
      numberFormat: first?.numberFormat ?? "General",
    });
  }
  return series;
}

function rich(text: string): string {
  return (
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr/></a:pPr>` +
    `<a:r><a:rPr lang="zh-CN" altLang="en-US"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

function title(text: string): string {
  return `<c:title>${rich(text)}<c:overlay val="0"/></c:title>`;
}

function seriesXml(s: ChartSeries, index: number, kind: ChartPlan["type"]): string {
  const tx = s.nameRef
    ? `<c:tx><c:strRef><c:f>${escapeXml(s.nameRef)}</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${escapeXml(s.name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>`
    : `<c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>`;
  const cat =
    `<c:cat><c:strRef><c:f>${escapeXml(s.categoriesRef)}</c:f><c:strCache><c:ptCount val="${s.categories.length}"/>` +
    s.categories.map((c, i) => `<c:pt idx="${i}"><c:v>${escapeXml(c)}</c:v></c:pt>`).join("") +
    `</c:strCache></c:strRef></c:cat>`;
  const val =
    `<c:val><c:numRef><c:f>${escapeXml(s.valuesRef)}</c:f><c:numCache><c:formatCode>${escapeXml(s.numberFormat)}</c:formatCode><c:ptCount val="${s.values.length}"/>` +
    s.values.map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join("") +
    `</c:numCache></c:numRef></c:val>`;
  const head = `<c:idx val="${index}"/><c:order val="${index}"/>${tx}`;
  if (kind === "Line") return `<c:ser>${head}<c:marker><c:symbol val="circle"/><c:size val="6"/></c:marker>${cat}${val}<c:smooth val="0"/></c:ser>`;
  if (kind === "Doughnut") return `<c:ser>${head}${cat}${val}</c:ser>`;
  return `<c:ser>${head}<c:invertIfNegative val="0"/>${cat}${val}</c:ser>`;
}

function axes(chart: ChartPlan, valueFormat: string): string {
  const horizontal = chart.type === "BarClustered";
  const percent = valueFormat.includes("%");
  const catTitle = chart.categoryAxisTitle ? title(chart.categoryAxisTitle) : "";
  const valTitle = chart.valueAxisTitle ? title(chart.valueAxisTitle) : "";
  // The plan's bounds (a rate axis that shows the spread), else a percentage axis from 0. Schema order: max, then min.
  const { minimum, maximum } = chart.valueAxis ?? {};
  const bounds =
    minimum !== undefined || maximum !== undefined
      ? `${maximum !== undefined ? `<c:max val="${maximum}"/>` : ""}${minimum !== undefined ? `<c:min val="${minimum}"/>` : ""}`
      : percent
        ? `<c:min val="0"/>`
        : "";
  return (
    `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? "l" : "b"}"/>${catTitle}<c:numFmt formatCode="General" sourceLinked="1"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000002"/>` +
    // Every category labelled (a program may skip every other county name when they are crowded).
    `<c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:tickLblSkip val="1"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/>${bounds}</c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? "b" : "l"}"/><c:majorGridlines/>${valTitle}` +
    `<c:numFmt formatCode="${percent ? "0%" : "General"}" sourceLinked="${percent ? 0 : 1}"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000001"/>` +
    `<c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`
  );
}

/**
 * The chart part of a chart plan.
 *
 * @param chart the chart plan
 * @param series its series (see {@link chartSeries})
 * @returns the chart XML
 */
export function chartXml(chart: ChartPlan, series: readonly ChartSeries[]): string {
  const sers = series.map((s, i) => seriesXml(s, i, chart.type)).join("");
  const axisIds = `<c:axId val="500000001"/><c:axId val="500000002"/>`;
  let plot: string;
  switch (chart.type) {
    case "Doughnut":
      plot = `<c:doughnutChart><c:varyColors val="1"/>${sers}<c:firstSliceAng val="0"/><c:holeSize val="50"/></c:doughnutChart>`;
      break;
    case "Line":
      plot = `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${sers}<c:marker val="1"/>${axisIds}</c:lineChart>${axes(chart, series[0]?.numberFormat ?? "General")}`;
      break;
    default:
      plot =
        `<c:barChart><c:barDir val="${chart.type === "BarClustered" ? "bar" : "col"}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${sers}` +
        `<c:gapWidth val="150"/>${axisIds}</c:barChart>${axes(chart, series[0]?.numberFormat ?? "General")}`;
  }
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}"><c:roundedCorners val="0"/>` +
    `<c:chart>${title(chart.title)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}</c:plotArea>` +
    `<c:legend><c:legendPos val="${chart.type === "Doughnut" ? "r" : "b"}"/><c:overlay val="0"/></c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}
