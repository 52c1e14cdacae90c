/**
 * Charts on a host worksheet, recorded as specs (type, source, series names, titles, position).
 */
import type { MergedArea } from "../core/model/snapshot";
import type { HostContext } from "./context";
import { rectAddress } from "./geometry";
import { HostError, jsonBytes, Proxy } from "./proxy";
import type { RangeProxy } from "./range";
import type { ChartSpec, HostSheet } from "./state";

/**
 * How Excel splits a source range into categories and series (by columns; by rows transposed).
 * The first column gives the categories when the top-left cell is blank or the cells under it
 * are not all numbers; when they are all numbers (years written as numbers, say), Excel plots
 * that column as one more series, and the categories become 1, 2, 3…
 */
export function chartData(sheet: HostSheet, rect: MergedArea, seriesBy: string): Pick<ChartSpec, "categories" | "seriesValues"> {
  const cell = (r: number, c: number) => sheet.values[r]?.[c] ?? "";
  const byRows = seriesBy === "Rows";
  const lines = byRows ? rect.rowCount : rect.columnCount;
  const length = byRows ? rect.columnCount : rect.rowCount;
  const at = (line: number, i: number) => (byRows ? cell(rect.row + line, rect.column + i) : cell(rect.row + i, rect.column + line));
  const firstLine = Array.from({ length: length - 1 }, (_, i) => at(0, i + 1));
  const headerBlank = at(0, 0) === "";
  const firstIsCategories = lines > 1 && (headerBlank || !firstLine.every((v) => typeof v === "number"));
  const address = (line: number) =>
    byRows
      ? rectAddress({ row: rect.row + line, column: rect.column + 1, rowCount: 1, columnCount: length - 1 })
      : rectAddress({ row: rect.row + 1, column: rect.column + line, rowCount: length - 1, columnCount: 1 });
  const seriesValues: string[] = [];
  for (let line = firstIsCategories ? 1 : 0; line < lines; line++) seriesValues.push(address(line));
  return { categories: firstIsCategories ? firstLine : firstLine.map((_, i) => i + 1), seriesValues };
}

export class ChartCollectionProxy extends Proxy {
  constructor(
    ctx: HostContext,
    private readonly sheet: () => HostSheet,
  ) {
    super(ctx);
  }
  protected defaultProperties(): string[] {
    return ["items"];
  }
  protected readProperty(name: string): unknown {
    if (name.startsWith("items")) return this.sheet().charts.map((c) => ({ ...c }));
    if (name === "count") return this.sheet().charts.length;
    throw new HostError("InvalidArgument", `ChartCollection has no property ${name}`);
  }
  get items(): ChartSpec[] {
    return this.get("items");
  }
  add(type: string, source: RangeProxy, seriesBy = "Auto"): ChartProxy {
    const spec: ChartSpec = { name: "", type, source: "", seriesBy, seriesNames: [] };
    this.ctx.queue({
      bytes: 60,
      apply: () => {
        const target = source.resolveTarget();
        const s = this.sheet();
        if (target.sheet !== s) throw new HostError("InvalidArgument", "A chart's source must be on its sheet.");
        spec.source = rectAddress(target.rect);
        Object.assign(spec, chartData(s, target.rect, seriesBy));
        spec.name = `Chart ${s.charts.length + 1}`;
        s.charts.push(spec);
      },
    });
    return new ChartProxy(this.ctx, spec);
  }
}

export class ChartProxy {
  readonly title: { text: string };
  readonly axes: {
    categoryAxis: { title: { text: string }; tickLabelSpacing: number };
    valueAxis: { title: { text: string }; minimum: number; maximum: number };
  };
  readonly legend: { position: string; visible: boolean };
  readonly series: { getItemAt: (i: number) => { name: string } };
  constructor(
    private readonly ctx: HostContext,
    private readonly spec: ChartSpec,
  ) {
    const setter = (apply: (v: string) => void) => {
      let value = "";
      return {
        get text() {
          return value;
        },
        set text(v: string) {
          value = v;
          ctx.queue({ bytes: jsonBytes(v), apply: () => apply(v) });
        },
      };
    };
    this.title = setter((v) => (spec.title = v));
    // Numeric axis properties, recorded as the add-in set them (the workbench draws the value axis from them).
    const numeric = (apply: (v: number) => void) => {
      let value = 0;
      return {
        get: () => value,
        set: (v: number) => {
          value = v;
          ctx.queue({ bytes: 20, apply: () => apply(v) });
        },
      };
    };
    const spacing = numeric((v) => (spec.tickLabelSpacing = v));
    const minimum = numeric((v) => (spec.valueAxis = { ...spec.valueAxis, minimum: v }));
    const maximum = numeric((v) => (spec.valueAxis = { ...spec.valueAxis, maximum: v }));
    this.axes = {
      categoryAxis: Object.defineProperty({ title: setter((v) => (spec.categoryAxisTitle = v)) }, "tickLabelSpacing", { ...spacing, enumerable: true }) as {
        title: { text: string };
        tickLabelSpacing: number;
      },
      valueAxis: Object.defineProperties(
        { title: setter((v) => (spec.valueAxisTitle = v)) },
        { minimum: { ...minimum, enumerable: true }, maximum: { ...maximum, enumerable: true } },
      ) as { title: { text: string }; minimum: number; maximum: number },
    };
    const legend = { position: "", visible: true };
    this.legend = {
      get position() {
        return legend.position;
      },
      set position(v: string) {
        legend.position = v;
        ctx.queue({ bytes: 20, apply: () => (spec.legend = { ...spec.legend, position: v }) });
      },
      get visible() {
        return legend.visible;
      },
      set visible(v: boolean) {
        legend.visible = v;
        ctx.queue({ bytes: 20, apply: () => (spec.legend = { ...spec.legend, visible: v }) });
      },
    };
    this.series = {
      getItemAt: (i: number) => ({
        set name(v: string) {
          ctx.queue({
            bytes: jsonBytes(v),
            apply: () => {
              if (spec.seriesValues && i >= spec.seriesValues.length)
                throw new HostError("ItemNotFound", `The chart has ${spec.seriesValues.length} series; there is no series ${i}.`);
              spec.seriesNames[i] = v;
            },
          });
        },
        get name() {
          return spec.seriesNames[i] ?? "";
        },
      }),
    };
  }
  set name(v: string) {
    this.ctx.queue({ bytes: jsonBytes(v), apply: () => (this.spec.name = v) });
  }
  setPosition(start: string | RangeProxy, end?: string | RangeProxy): void {
    const addr = (x: string | RangeProxy | undefined) => (x === undefined ? undefined : typeof x === "string" ? x : "(range)");
    this.ctx.queue({ bytes: 40, apply: () => (this.spec.position = { start: addr(start)!, end: addr(end) }) });
  }
}
