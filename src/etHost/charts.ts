/**
 * Charts of the imitated ET: Shapes.AddChart2(style, xlChartType, left, top, width, height) and
 * the chart's SetSourceData, title, axis titles and series names, recorded in the same ChartSpec
 * form as the Office.js host (type names, source address, series split, position as the cells
 * under the chart's corners), so the two hosts' charts compare directly.
 */
import { cellAddress } from "../core/model/address";
import { chartData } from "../host/charts";
import { rectAddress } from "../host/geometry";
import type { ChartSpec, HostSheet } from "../host/state";
import type { EtAxes, EtAxis, EtChart, EtRange, EtShape, EtShapes } from "../wps/facade";
import type { EtHost } from "./etHost";
import { EtRangeImpl } from "./range";
import { columnLeft, rowTop } from "./sheetGeometry";

/** xlChartType numbers by the Office.js chart type names the plan uses. */
const CHART_TYPES: Readonly<Record<number, string>> = { 51: "ColumnClustered", 57: "BarClustered", [-4120]: "Doughnut", 4: "Line" };

/** The cell under a point (in points from A1's corner). */
function cellAt(sheet: HostSheet, left: number, top: number): string {
  let column = 0;
  while (columnLeft(sheet, column + 1) <= left) column++;
  let row = 0;
  while (rowTop(sheet, row + 1) <= top) row++;
  return cellAddress(row, column);
}

/**
 * Worksheet.Shapes with AddChart2.
 *
 * @param host the imitation
 * @param sheet the sheet
 * @returns the collection
 */
export function shapesOf(host: EtHost, sheet: HostSheet): EtShapes {
  return {
    get Count() {
      host.call();
      return sheet.charts.length;
    },
    AddChart2(_style?: number, type?: number, left = 0, top = 0, width = 360, height = 216): EtShape {
      host.call(true);
      const name = CHART_TYPES[Number(type)];
      if (!name) throw new Error(`未模拟的图表类型 / chart type ${String(type)} is not imitated`);
      const spec: ChartSpec = {
        name: `图表 ${sheet.charts.length + 1}`,
        type: name,
        source: "",
        seriesBy: "Auto",
        seriesNames: [],
        position: { start: cellAt(sheet, left, top), end: cellAt(sheet, left + width - 0.01, top + height - 0.01) },
      };
      sheet.charts.push(spec);
      return {
        get Name() {
          return spec.name;
        },
        set Name(v: string) {
          host.call(true);
          spec.name = v;
        },
        get Chart() {
          host.call();
          return chartOf(host, sheet, spec);
        },
        Delete() {
          host.call(true);
          sheet.charts.splice(sheet.charts.indexOf(spec), 1);
        },
      };
    },
  };
}

function chartOf(host: EtHost, sheet: HostSheet, spec: ChartSpec): EtChart {
  const text = (get: () => string | undefined, set: (v: string) => void) => ({
    get Text() {
      host.call();
      return get() ?? "";
    },
    set Text(v: string) {
      host.call(true);
      set(v);
    },
  });
  let hasTitle = false;
  return {
    SetSourceData(source: EtRange, plotBy?: number) {
      host.call(true);
      if (!(source instanceof EtRangeImpl) || source.sheet !== sheet) throw new Error("图表的数据源须在本工作表 / a chart's source must be on its sheet");
      spec.seriesBy = plotBy === 1 ? "Rows" : plotBy === 2 ? "Columns" : "Auto";
      spec.source = rectAddress(source.rect);
      Object.assign(spec, chartData(sheet, source.rect, spec.seriesBy));
    },
    get HasTitle() {
      host.call();
      return hasTitle;
    },
    set HasTitle(v: boolean) {
      host.call(true);
      hasTitle = v;
    },
    get ChartTitle() {
      host.call();
      return text(
        () => spec.title,
        (v) => {
          if (!hasTitle) throw new Error("图表没有标题 / set HasTitle first");
          spec.title = v;
        },
      );
    },
    get HasLegend() {
      host.call();
      return spec.legend?.visible ?? true;
    },
    set HasLegend(v: boolean) {
      host.call(true);
      spec.legend = { ...spec.legend, visible: v };
    },
    SeriesCollection(index?: number) {
      host.call();
      if (index === undefined) return { Count: spec.seriesValues?.length ?? 0 };
      const count = spec.seriesValues?.length ?? 0;
      if (index < 1 || index > count) throw new Error(`图表只有 ${count} 个系列 / the chart has ${count} series; there is no series ${index}`);
      return {
        get Name() {
          return spec.seriesNames[index - 1] ?? "";
        },
        set Name(v: string) {
          host.call(true);
          spec.seriesNames[index - 1] = v;
        },
      };
    },
    Axes(type?: number): EtAxes {
      host.call();
      // VBA's Axes(): the collection with no argument, one axis with a type (typed as Kingsoft types it).
      if (type !== undefined) return axisOf(host, spec, type) as unknown as EtAxes;
      return { Count: spec.type === "Doughnut" ? 0 : 2, Item: (t: number) => axisOf(host, spec, t) } as EtAxes;
    },
  };
}

/** One axis: xlCategory 1 (titles, label spacing) or xlValue 2 (titles, minimum and maximum). */
function axisOf(host: EtHost, spec: ChartSpec, type: number): EtAxis {
  host.call();
  if (type !== 1 && type !== 2) throw new Error(`无效的坐标轴 / invalid axis ${String(type)}`);
  if (spec.type === "Doughnut") throw new Error("饼图/圆环图没有坐标轴 / a doughnut chart has no axes");
  let titled = false;
  const key = type === 1 ? "categoryAxisTitle" : "valueAxisTitle";
  const valueOnly = (what: string) => {
    if (type !== 2) throw new Error(`分类轴没有${what} / a category axis has no ${what}`);
  };
  return {
    get HasTitle() {
      return titled;
    },
    set HasTitle(v: boolean) {
      host.call(true);
      titled = v;
    },
    get AxisTitle() {
      host.call();
      return {
        get Text() {
          return spec[key] ?? "";
        },
        set Text(v: string) {
          host.call(true);
          if (!titled) throw new Error("坐标轴没有标题 / set HasTitle first");
          spec[key] = v;
        },
      };
    },
    get TickLabelSpacing() {
      return spec.tickLabelSpacing ?? 1;
    },
    set TickLabelSpacing(v: number) {
      host.call(true);
      if (type !== 1) throw new Error("数值轴没有刻度标签间隔 / a value axis has no label spacing");
      spec.tickLabelSpacing = v;
    },
    get MinimumScale() {
      return spec.valueAxis?.minimum ?? 0;
    },
    set MinimumScale(v: number) {
      host.call(true);
      valueOnly("最小值 / minimum");
      spec.valueAxis = { ...spec.valueAxis, minimum: v };
    },
    get MaximumScale() {
      return spec.valueAxis?.maximum ?? 0;
    },
    set MaximumScale(v: number) {
      host.call(true);
      valueOnly("最大值 / maximum");
      spec.valueAxis = { ...spec.valueAxis, maximum: v };
    },
  };
}
