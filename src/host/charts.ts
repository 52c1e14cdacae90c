/**
 * Charts on a host worksheet, recorded as specs (type, source, series names, titles, position).
 */
import type { HostContext } from "./context";
import { rectAddress } from "./geometry";
import { HostError, jsonBytes, Proxy } from "./proxy";
import type { RangeProxy } from "./range";
import type { ChartSpec, HostSheet } from "./state";

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
        spec.name = `Chart ${s.charts.length + 1}`;
        s.charts.push(spec);
      },
    });
    return new ChartProxy(this.ctx, spec);
  }
}

export class ChartProxy {
  readonly title: { text: string };
  readonly axes: { categoryAxis: { title: { text: string } }; valueAxis: { title: { text: string } } };
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
    this.axes = {
      categoryAxis: { title: setter((v) => (spec.categoryAxisTitle = v)) },
      valueAxis: { title: setter((v) => (spec.valueAxisTitle = v)) },
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
          ctx.queue({ bytes: jsonBytes(v), apply: () => (spec.seriesNames[i] = v) });
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
