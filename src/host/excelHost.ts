/**
 * An in-memory Excel host: the part of the Excel JavaScript API that Bureau Stats uses,
 * with Office.js's batching semantics, so the add-in's real Office.js code runs against it.
 *
 * - Proxy objects queue their writes; nothing happens until `context.sync()`.
 * - A property can be read only after `load()` and a sync (else PropertyNotLoaded, as in Office).
 * - Every sync is counted, with the bytes its request (queued writes) and response (loaded
 *   properties) would carry as JSON; either over 5 MB fails like Excel on the web.
 * - Faults can be injected: fail the Nth sync, force a too-large payload, null `values`.
 * - Formulas written are evaluated with HyperFormula, so `values` of formula cells give results.
 *
 * No Node-only API is used: the browser workbench bundles this file.
 */
import { HyperFormula } from "hyperformula";
import { parseCellAddress, rangeAddress } from "../core/model/address";
import type { MergedArea } from "../core/model/snapshot";
import { emptySheet, type WorkbookData } from "../xlsx/workbookData";
import { loadXlsx } from "../xlsx/loadXlsx";
import { ensureSize, hostSheet, hostWorkbook, usedRect, type CellFormat, type ChartSpec, type HostSheet, type HostWorkbook } from "./state";

/** Excel on the web's limit on one request or response. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** What one sync carried. */
export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  operations: number;
  loads: number;
  /** The error code when the sync failed. */
  failed?: string;
}

/** Faults to inject, by 1-based sync number (counted over the host's lifetime). */
export interface Faults {
  failSync?: number;
  payloadTooLargeAtSync?: number;
  nullValuesAtSync?: number;
}

/** An error shaped like OfficeExtension.Error. */
export class HostError extends Error {
  constructor(
    public readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

interface Operation {
  bytes: number;
  apply: () => void;
  writesFormulas?: boolean;
}

interface LoadRequest {
  fulfil: () => unknown;
}

/** The request context a batch receives. */
class HostContext {
  readonly workbook: WorkbookProxy;
  readonly pending: Operation[] = [];
  readonly loads: LoadRequest[] = [];
  constructor(readonly host: ExcelHost) {
    this.workbook = new WorkbookProxy(this);
  }

  queue(op: Operation): void {
    this.pending.push(op);
  }

  async sync(): Promise<void> {
    await this.host.sync(this);
  }

  trackedObjects = { add: () => undefined, remove: () => undefined };
}

function jsonBytes(x: unknown): number {
  // UTF-8 length counted by hand: TextEncoder is missing under jest's jsdom environment.
  let json: string;
  try {
    json = JSON.stringify(x) ?? "";
  } catch {
    return 0;
  }
  let bytes = 0;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Base of every proxy: loaded properties and load(). */
abstract class Proxy {
  protected loaded = new Map<string, unknown>();
  isNullObject = false;
  constructor(protected readonly ctx: HostContext) {}

  protected abstract readProperty(name: string): unknown;
  protected abstract defaultProperties(): string[];

  load(props?: string | string[] | Record<string, unknown>): this {
    let names: string[];
    if (props === undefined) names = this.defaultProperties();
    else if (typeof props === "string")
      names = props
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
    else if (Array.isArray(props)) names = props;
    else names = Object.keys(props);
    // A path such as "areas/items/rowIndex" loads its head; collections come with their items' scalars.
    const heads = [...new Set(names.map((n) => n.split("/")[0]))];
    this.ctx.loads.push({
      fulfil: () => {
        const out: Record<string, unknown> = {};
        for (const n of heads) {
          const v = this.readProperty(n);
          this.loaded.set(n, v);
          out[n] = v;
        }
        return out;
      },
    });
    return this;
  }

  /** Loads a property immediately (used inside a sync for nested paths). */
  loadNow(name: string): void {
    this.loaded.set(name, this.readProperty(name));
  }

  peek(name: string): unknown {
    return this.loaded.get(name);
  }

  protected get<T>(name: string): T {
    if (!this.loaded.has(name)) {
      throw new HostError(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(name) as T;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly application: { suspendApiCalculationUntilNextSync: () => void; calculationMode: string };
  readonly names: NamedItemCollectionProxy;
  constructor(private readonly ctx: HostContext) {
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.application = {
      suspendApiCalculationUntilNextSync: () => ctx.queue({ bytes: 40, apply: () => undefined }),
      calculationMode: "Automatic",
    };
    this.names = new NamedItemCollectionProxy(ctx);
  }

  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const wb = this.ctx.host.state;
      const sel = wb.selection ?? { sheet: wb.activeSheet ?? wb.sheets[0]?.name ?? "", address: "A1" };
      return { sheet: this.ctx.host.sheetOrThrow(sel.sheet), rect: parseRect(sel.address) };
    });
  }

  getActiveCell(): RangeProxy {
    return this.getSelectedRange().getCell(0, 0);
  }
}

class NamedItemCollectionProxy {
  constructor(private readonly ctx: HostContext) {}
  add(name: string, reference: string | RangeProxy): void {
    const ref = typeof reference === "string" ? reference : "(range)";
    this.ctx.queue({ bytes: jsonBytes([name, ref]), apply: () => this.ctx.host.state.names.set(name, ref) });
  }
}

class WorksheetCollectionProxy extends Proxy {
  constructor(ctx: HostContext) {
    super(ctx);
  }
  protected defaultProperties(): string[] {
    return ["items"];
  }
  protected readProperty(name: string): unknown {
    if (name === "items" || name.startsWith("items")) {
      return this.ctx.host.state.sheets.map((s) => {
        const p = new WorksheetProxy(this.ctx, () => s);
        for (const prop of ["name", "id", "position", "visibility"]) p.loadNow(prop);
        return p;
      });
    }
    if (name === "count") return this.ctx.host.state.sheets.length;
    throw new HostError("InvalidArgument", `WorksheetCollection has no property ${name}`);
  }
  override load(props?: string | string[] | Record<string, unknown>): this {
    // Loading "items/name" etc. loads the items with their scalar properties.
    const names = typeof props === "string" ? props.split(",").map((s) => s.trim()) : Array.isArray(props) ? props : ["items"];
    return super.load(names.some((n) => n.startsWith("items") || n === "name") ? ["items"] : names);
  }
  get items(): WorksheetProxy[] {
    return this.get<WorksheetProxy[]>("items");
  }
  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.host.sheetOrThrow(key));
  }
  getItemOrNullObject(key: string): WorksheetProxy {
    const proxy = new WorksheetProxy(this.ctx, () => this.ctx.host.findSheet(key) ?? null);
    return proxy;
  }
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => {
      const st = this.ctx.host.state;
      return this.ctx.host.sheetOrThrow(st.activeSheet ?? st.sheets[0]?.name ?? "");
    });
  }
  getCount(): { value: number } {
    const result = { value: 0 };
    this.ctx.loads.push({ fulfil: () => (result.value = this.ctx.host.state.sheets.length) });
    return result;
  }
  add(name?: string): WorksheetProxy {
    let created: HostSheet | undefined;
    this.ctx.queue({
      bytes: jsonBytes(name ?? ""),
      apply: () => {
        const st = this.ctx.host.state;
        const sheetName = name ?? `Sheet${st.sheets.length + 1}`;
        if (st.sheets.some((s) => s.name.toLowerCase() === sheetName.toLowerCase())) {
          throw new HostError("ItemAlreadyExists", `A worksheet named '${sheetName}' already exists.`);
        }
        if (!isValidSheetName(sheetName)) throw new HostError("InvalidArgument", `Invalid worksheet name '${sheetName}'.`);
        created = hostSheet(emptySheet(sheetName), `{sheet-${st.nextId++}}`);
        st.sheets.push(created);
      },
    });
    return new WorksheetProxy(this.ctx, () => {
      if (!created) throw new HostError("ItemNotFound", `The worksheet '${name}' was not created.`);
      return created;
    });
  }
}

/**
 * Whether Excel accepts a sheet name: 1–31 characters, none of \ / ? * [ ] :, no quote at either end.
 *
 * @param name the name
 * @returns true when valid
 * @example isValidSheetName("汇总") // true
 */
export function isValidSheetName(name: string): boolean {
  return name.length > 0 && name.length <= 31 && !/[\\/?*[\]:]/.test(name) && !name.startsWith("'") && !name.endsWith("'");
}

class WorksheetProxy extends Proxy {
  readonly freezePanes: { freezeRows: (n: number) => void; unfreeze: () => void };
  readonly customProperties: CustomPropertiesProxy;
  readonly charts: ChartCollectionProxy;
  readonly pageLayout: PageLayoutProxy;
  constructor(
    ctx: HostContext,
    readonly resolve: () => HostSheet | null,
  ) {
    super(ctx);
    this.freezePanes = {
      freezeRows: (n: number) => ctx.queue({ bytes: 20, apply: () => void (this.sheet().frozenRows = n) }),
      unfreeze: () => ctx.queue({ bytes: 20, apply: () => void (this.sheet().frozenRows = 0) }),
    };
    this.customProperties = new CustomPropertiesProxy(ctx, () => this.sheet());
    this.charts = new ChartCollectionProxy(ctx, () => this.sheet());
    this.pageLayout = new PageLayoutProxy(ctx, () => this.sheet());
  }
  sheet(): HostSheet {
    const s = this.resolve();
    if (!s) throw new HostError("ItemNotFound", "The requested resource doesn't exist.");
    return s;
  }
  protected defaultProperties(): string[] {
    return ["name", "id", "position", "visibility", "tabColor"];
  }
  protected readProperty(name: string): unknown {
    if (name === "isNullObject") return this.resolve() === null;
    const s = this.resolve();
    if (!s) {
      this.isNullObject = true;
      return null;
    }
    switch (name) {
      case "name":
        return s.name;
      case "id":
        return s.id;
      case "position":
        return this.ctx.host.state.sheets.indexOf(s);
      case "visibility":
        return s.visibility;
      case "tabColor":
        return s.tabColor;
      default:
        throw new HostError("InvalidArgument", `Worksheet has no property ${name}`);
    }
  }
  override load(props?: string | string[] | Record<string, unknown>): this {
    super.load(props);
    // A null object learns it is null at the sync.
    this.ctx.loads.push({ fulfil: () => ((this.isNullObject = this.resolve() === null), null) });
    return this;
  }
  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.ctx.queue({ bytes: jsonBytes(value), apply: () => void (this.sheet().name = value) });
  }
  get id(): string {
    return this.get("id");
  }
  get position(): number {
    return this.get("position");
  }
  set position(value: number) {
    this.ctx.queue({
      bytes: 20,
      apply: () => {
        const sheets = this.ctx.host.state.sheets;
        const s = this.sheet();
        sheets.splice(sheets.indexOf(s), 1);
        sheets.splice(Math.max(0, Math.min(value, sheets.length)), 0, s);
      },
    });
  }
  get visibility(): string {
    return this.get("visibility");
  }
  set visibility(value: string) {
    this.ctx.queue({ bytes: 20, apply: () => void (this.sheet().visibility = value as HostSheet["visibility"]) });
  }
  get tabColor(): string {
    return this.get("tabColor");
  }
  set tabColor(value: string) {
    this.ctx.queue({ bytes: 20, apply: () => void (this.sheet().tabColor = value) });
  }
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.ctx, () => ({ sheet: this.sheet(), rect: address ? parseRect(address) : fullRect(this.sheet()) }));
  }
  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): RangeProxy {
    return new RangeProxy(this.ctx, () => ({ sheet: this.sheet(), rect: { row, column, rowCount, columnCount } }));
  }
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    void valuesOnly;
    return new RangeProxy(this.ctx, () => {
      const s = this.sheet();
      return { sheet: s, rect: usedRect(s) ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 } };
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    void valuesOnly;
    return new RangeProxy(this.ctx, () => {
      const s = this.sheet();
      const rect = usedRect(s);
      return rect ? { sheet: s, rect } : null;
    });
  }
  delete(): void {
    this.ctx.queue({
      bytes: 20,
      apply: () => {
        const st = this.ctx.host.state;
        const s = this.sheet();
        st.sheets.splice(st.sheets.indexOf(s), 1);
        if (st.activeSheet === s.name) st.activeSheet = st.sheets[0]?.name;
      },
    });
  }
  activate(): void {
    this.ctx.queue({ bytes: 20, apply: () => void (this.ctx.host.state.activeSheet = this.sheet().name) });
  }
}

class CustomPropertiesProxy {
  constructor(
    private readonly ctx: HostContext,
    private readonly sheet: () => HostSheet,
  ) {}
  add(key: string, value: string): void {
    this.ctx.queue({ bytes: jsonBytes([key, value]), apply: () => void this.sheet().customProperties.set(key, String(value)) });
  }
  getItemOrNullObject(key: string): { value: string; isNullObject: boolean; load: (p?: unknown) => unknown; delete: () => void } {
    const item = {
      value: "",
      isNullObject: false,
      load: (p?: unknown) => {
        void p;
        this.ctx.loads.push({
          fulfil: () => {
            const v = this.sheet().customProperties.get(key);
            item.isNullObject = v === undefined;
            item.value = v ?? "";
            return v ?? null;
          },
        });
        return item;
      },
      delete: () => this.ctx.queue({ bytes: 20, apply: () => void this.sheet().customProperties.delete(key) }),
    };
    return item;
  }
}

class PageLayoutProxy {
  constructor(
    private readonly ctx: HostContext,
    private readonly sheet: () => HostSheet,
  ) {}
  set orientation(v: string) {
    this.ctx.queue({ bytes: 20, apply: () => void (this.sheet().pageLayout.orientation = v) });
  }
  set paperSize(v: string) {
    this.ctx.queue({ bytes: 20, apply: () => void (this.sheet().pageLayout.paperSize = v) });
  }
  set zoom(v: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    this.ctx.queue({ bytes: 40, apply: () => void (this.sheet().pageLayout.fitToWidth = v.horizontalFitToPages === 1) });
  }
  setPrintTitleRows(address: string | RangeProxy): void {
    this.ctx.queue({
      bytes: 40,
      apply: () => void (this.sheet().pageLayout.printTitleRows = typeof address === "string" ? address : "(range)"),
    });
  }
}

class ChartCollectionProxy extends Proxy {
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

class ChartProxy {
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

interface RangeTarget {
  sheet: HostSheet;
  rect: MergedArea;
}

function parseRect(address: string): MergedArea {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b] = bare.split(":");
  const start = parseCellAddress(a);
  const end = parseCellAddress(b ?? a);
  if (!start || !end) throw new HostError("InvalidArgument", `The address '${address}' is not valid.`);
  return {
    row: Math.min(start.row, end.row),
    column: Math.min(start.column, end.column),
    rowCount: Math.abs(end.row - start.row) + 1,
    columnCount: Math.abs(end.column - start.column) + 1,
  };
}

function fullRect(sheet: HostSheet): MergedArea {
  return usedRect(sheet) ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 };
}

function rectAddress(rect: MergedArea): string {
  return rangeAddress(rect.row, rect.column, rect.rowCount, rect.columnCount);
}

function overlaps(a: MergedArea, b: MergedArea): boolean {
  return a.row < b.row + b.rowCount && b.row < a.row + a.rowCount && a.column < b.column + b.columnCount && b.column < a.column + a.columnCount;
}

/** Format properties a range proxy can set, by Office.js path. */
class RangeFormatProxy {
  readonly font: Record<string, unknown>;
  readonly fill: { color: string; clear: () => void };
  readonly borders: { getItem: (name: string) => { style: string; color: string; weight: string } };
  constructor(private readonly range: RangeProxy) {
    const set = (key: keyof CellFormat) => (v: unknown) => range.queueFormat({ [key]: v } as CellFormat);
    const prop = (key: keyof CellFormat) => ({
      set: set(key),
      get: () => undefined,
      enumerable: true,
    });
    this.font = Object.defineProperties({} as Record<string, unknown>, {
      bold: prop("bold"),
      italic: prop("italic"),
      color: prop("fontColor"),
      size: prop("fontSize"),
      name: prop("fontName"),
    });
    this.fill = Object.defineProperties({} as { color: string; clear: () => void }, {
      color: prop("fill"),
      clear: { value: () => range.queueFormat({ fill: undefined }) },
    });
    this.borders = {
      getItem: (name: string) =>
        Object.defineProperties({} as { style: string; color: string; weight: string }, {
          style: { set: (v: string) => range.queueFormat({ borders: { [name]: v } }), get: () => "", enumerable: true },
          color: { set: () => undefined, get: () => "", enumerable: true },
          weight: { set: () => undefined, get: () => "", enumerable: true },
        }),
    };
  }
  set horizontalAlignment(v: string) {
    this.range.queueFormat({ horizontalAlignment: v });
  }
  set verticalAlignment(v: string) {
    this.range.queueFormat({ verticalAlignment: v });
  }
  set wrapText(v: boolean) {
    this.range.queueFormat({ wrapText: v });
  }
  set columnWidth(points: number) {
    this.range.queueSheet((t) => {
      for (let c = t.rect.column; c < t.rect.column + t.rect.columnCount; c++) t.sheet.columnWidths[c] = points;
    });
  }
  set rowHeight(points: number) {
    this.range.queueSheet((t) => {
      for (let r = t.rect.row; r < t.rect.row + t.rect.rowCount; r++) t.sheet.rowHeights.set(r, points);
    });
  }
  autofitColumns(): void {
    this.range.queueSheet(() => undefined);
  }
  autofitRows(): void {
    this.range.queueSheet(() => undefined);
  }
}

class RangeProxy extends Proxy {
  readonly format: RangeFormatProxy;
  constructor(
    ctx: HostContext,
    private readonly resolver: () => RangeTarget | null,
  ) {
    super(ctx);
    this.format = new RangeFormatProxy(this);
  }
  resolveTarget(): RangeTarget {
    const t = this.resolver();
    if (!t) throw new HostError("ItemNotFound", "The requested resource doesn't exist.");
    return t;
  }
  protected defaultProperties(): string[] {
    return ["address", "values", "formulas", "numberFormat", "rowIndex", "columnIndex", "rowCount", "columnCount"];
  }
  override load(props?: string | string[] | Record<string, unknown>): this {
    super.load(props);
    this.ctx.loads.push({ fulfil: () => ((this.isNullObject = this.resolver() === null), null) });
    return this;
  }
  protected readProperty(name: string): unknown {
    const t = this.resolver();
    if (!t) {
      this.isNullObject = true;
      return null;
    }
    const { sheet, rect } = t;
    const grid = (source: unknown[][], fill: unknown) =>
      Array.from({ length: rect.rowCount }, (_, i) => {
        const row = source[rect.row + i];
        return Array.from({ length: rect.columnCount }, (_, j) => (row ? (row[rect.column + j] ?? fill) : fill));
      });
    switch (name) {
      case "address":
        return `${quoteIfNeeded(sheet.name)}!${rectAddress(rect)}`;
      case "rowIndex":
        return rect.row;
      case "columnIndex":
        return rect.column;
      case "rowCount":
        return rect.rowCount;
      case "columnCount":
        return rect.columnCount;
      case "values":
        if (this.ctx.host.nullValuesNow) return null;
        return grid(sheet.values, "");
      case "formulas":
        return grid(sheet.formulas, "").map((row, i) => row.map((f, j) => (f === "" ? (sheet.values[rect.row + i]?.[rect.column + j] ?? "") : f)));
      case "numberFormat":
        return grid(sheet.numberFormats, "General");
      case "text":
        return grid(sheet.values, "").map((row) => row.map((v) => (v === "" ? "" : String(v))));
      case "isNullObject":
        return false;
      default:
        throw new HostError("InvalidArgument", `Range has no property ${name}`);
    }
  }
  get address(): string {
    return this.get("address");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  set values(v: unknown[][]) {
    this.queueCells(v, "values");
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  set formulas(v: unknown[][]) {
    this.queueCells(v, "formulas");
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }
  set numberFormat(v: string[][]) {
    this.queueCells(v, "numberFormat");
  }
  get text(): string[][] {
    return this.get("text");
  }

  queueSheet(apply: (t: RangeTarget) => void, bytes = 30): void {
    this.ctx.queue({ bytes, apply: () => apply(this.resolveTarget()) });
  }

  queueFormat(format: CellFormat): void {
    this.queueSheet((t) => {
      for (let r = t.rect.row; r < t.rect.row + t.rect.rowCount; r++) {
        for (let c = t.rect.column; c < t.rect.column + t.rect.columnCount; c++) {
          const key = `${r},${c}`;
          const old = t.sheet.formats.get(key) ?? {};
          const borders = format.borders ? { ...old.borders, ...format.borders } : old.borders;
          t.sheet.formats.set(key, { ...old, ...format, ...(borders ? { borders } : {}) });
        }
      }
    }, jsonBytes(format));
  }

  private queueCells(v: unknown[][], kind: "values" | "formulas" | "numberFormat"): void {
    const isScalar = !Array.isArray(v);
    this.ctx.queue({
      bytes: jsonBytes(v),
      writesFormulas: kind !== "numberFormat",
      apply: () => {
        const { sheet, rect } = this.resolveTarget();
        const rows = isScalar ? rect.rowCount : v.length;
        const cols = isScalar ? rect.columnCount : (v[0]?.length ?? 0);
        if (!isScalar && (rows !== rect.rowCount || cols !== rect.columnCount)) {
          throw new HostError(
            "InvalidArgument",
            `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols} into ${rect.rowCount}×${rect.columnCount}).`,
          );
        }
        ensureSize(sheet, rect.row + rect.rowCount, rect.column + rect.columnCount);
        for (let i = 0; i < rect.rowCount; i++) {
          for (let j = 0; j < rect.columnCount; j++) {
            const x = isScalar ? (v as unknown) : v[i][j];
            const r = rect.row + i;
            const c = rect.column + j;
            if (kind === "numberFormat") {
              sheet.numberFormats[r][c] = String(x);
            } else if (typeof x === "string" && x.startsWith("'")) {
              // A leading apostrophe makes the rest text, as in Excel.
              sheet.formulas[r][c] = "";
              sheet.values[r][c] = x.slice(1);
            } else if (typeof x === "string" && x.startsWith("=") && x.length > 1) {
              sheet.formulas[r][c] = x;
              sheet.values[r][c] = ""; // computed at the end of the sync
            } else {
              sheet.formulas[r][c] = "";
              sheet.values[r][c] = x === null || x === undefined ? "" : x;
            }
          }
        }
      },
    });
  }

  getCell(row: number, column: number): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const t = this.resolveTarget();
      return { sheet: t.sheet, rect: { row: t.rect.row + row, column: t.rect.column + column, rowCount: 1, columnCount: 1 } };
    });
  }
  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const t = this.resolveTarget();
      return { sheet: t.sheet, rect: { ...t.rect, row: t.rect.row + rowOffset, column: t.rect.column + columnOffset } };
    });
  }
  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const t = this.resolveTarget();
      return {
        sheet: t.sheet,
        rect: { ...t.rect, rowCount: t.rect.rowCount + deltaRows, columnCount: t.rect.columnCount + deltaColumns },
      };
    });
  }
  getRow(i: number): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const t = this.resolveTarget();
      return { sheet: t.sheet, rect: { ...t.rect, row: t.rect.row + i, rowCount: 1 } };
    });
  }
  merge(across = false): void {
    this.queueSheet((t) => {
      const areas: MergedArea[] = across ? Array.from({ length: t.rect.rowCount }, (_, i) => ({ ...t.rect, row: t.rect.row + i, rowCount: 1 })) : [t.rect];
      t.sheet.merges = t.sheet.merges.filter((m) => !areas.some((a) => overlaps(a, m)));
      t.sheet.merges.push(...areas);
    });
  }
  unmerge(): void {
    this.queueSheet((t) => void (t.sheet.merges = t.sheet.merges.filter((m) => !overlaps(m, t.rect))));
  }
  getMergedAreasOrNullObject(): MergedAreasProxy {
    return new MergedAreasProxy(this.ctx, () => this.resolver());
  }
  select(): void {
    this.queueSheet((t) => {
      this.ctx.host.state.selection = { sheet: t.sheet.name, address: rectAddress(t.rect) };
      this.ctx.host.state.activeSheet = t.sheet.name;
    });
  }
  clear(): void {
    this.queueSheet((t) => {
      for (let r = t.rect.row; r < t.rect.row + t.rect.rowCount && r < t.sheet.values.length; r++) {
        for (let c = t.rect.column; c < t.rect.column + t.rect.columnCount; c++) {
          t.sheet.values[r][c] = "";
          t.sheet.formulas[r][c] = "";
          t.sheet.numberFormats[r][c] = "General";
          t.sheet.formats.delete(`${r},${c}`);
        }
      }
    });
  }
}

class MergedAreasProxy extends Proxy {
  constructor(
    ctx: HostContext,
    private readonly target: () => RangeTarget | null,
  ) {
    super(ctx);
  }
  protected defaultProperties(): string[] {
    return ["areas", "areaCount", "address"];
  }
  private merged(): MergedArea[] {
    const t = this.target();
    return t ? t.sheet.merges.filter((m) => overlaps(m, t.rect)) : [];
  }
  override load(props?: string | string[] | Record<string, unknown>): this {
    super.load(props);
    this.ctx.loads.push({ fulfil: () => ((this.isNullObject = this.merged().length === 0), null) });
    return this;
  }
  protected readProperty(name: string): unknown {
    const merged = this.merged();
    const target = this.target();
    if (!target) return null;
    const sheet = target.sheet;
    if (name === "areaCount") return merged.length;
    if (name === "address") return merged.map((m) => `${quoteIfNeeded(sheet.name)}!${rectAddress(m)}`).join(",");
    if (name.startsWith("areas")) {
      const items = merged.map((m) => {
        const p = new RangeProxy(this.ctx, () => ({ sheet, rect: m }));
        for (const prop of ["address", "rowIndex", "columnIndex", "rowCount", "columnCount"]) p.loadNow(prop);
        return p;
      });
      return { items };
    }
    throw new HostError("InvalidArgument", `RangeAreas has no property ${name}`);
  }
  get areas(): { items: RangeProxy[] } {
    return this.get("areas");
  }
  get areaCount(): number {
    return this.get("areaCount");
  }
  get address(): string {
    return this.get("address");
  }
}

function quoteIfNeeded(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** The in-memory Excel host. */
export class ExcelHost {
  state: HostWorkbook;
  readonly syncs: SyncRecord[] = [];
  faults: Faults = {};
  /** Set during a sync whose values must come back null (fault injection). */
  nullValuesNow = false;

  constructor(data: WorkbookData) {
    this.state = hostWorkbook(data);
    this.evaluateFormulas();
  }

  /** How many syncs the host has seen. */
  get syncCount(): number {
    return this.syncs.length;
  }

  /** Forgets the sync records (e.g. between the arrange and act phases of a test). */
  resetCounters(): void {
    this.syncs.length = 0;
  }

  /**
   * Runs a batch like `Excel.run`: a fresh request context, and a final sync of what is left queued.
   *
   * @param batch the add-in's batch function
   * @returns its result
   */
  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const ctx = new HostContext(this);
    const result = await batch(ctx as unknown as Excel.RequestContext);
    if (ctx.pending.length || ctx.loads.length) await this.sync(ctx);
    return result;
  }

  findSheet(name: string): HostSheet | undefined {
    return this.state.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase() || s.id === name);
  }

  sheetOrThrow(name: string): HostSheet {
    const s = this.findSheet(name);
    if (!s) throw new HostError("ItemNotFound", `The worksheet '${name}' doesn't exist.`);
    return s;
  }

  /** Carries out one context.sync(). */
  async sync(ctx: HostContext): Promise<void> {
    const ops = ctx.pending.splice(0);
    const loads = ctx.loads.splice(0);
    const n = this.syncs.length + 1;
    const record: SyncRecord = { requestBytes: 0, responseBytes: 0, operations: ops.length, loads: loads.length };
    this.syncs.push(record);
    await Promise.resolve();
    record.requestBytes = ops.reduce((sum, op) => sum + op.bytes, 0) + loads.length * 60;
    if (this.faults.failSync === n) record.failed = "GeneralException";
    if (this.faults.failSync === n) throw new HostError("GeneralException", `Injected failure at sync ${n}.`);
    if (this.faults.payloadTooLargeAtSync === n || record.requestBytes > PAYLOAD_LIMIT_BYTES) {
      record.failed = "RequestPayloadSizeLimitExceeded";
      throw new HostError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    let formulasWritten = false;
    for (const op of ops) {
      op.apply();
      if (op.writesFormulas) formulasWritten = true;
    }
    if (formulasWritten) this.evaluateFormulas();
    this.nullValuesNow = this.faults.nullValuesAtSync === n;
    try {
      const response = loads.map((l) => l.fulfil());
      record.responseBytes = jsonBytes(response);
    } finally {
      this.nullValuesNow = false;
    }
    if (record.responseBytes > PAYLOAD_LIMIT_BYTES) {
      record.failed = "ResponsePayloadSizeLimitExceeded";
      throw new HostError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
  }

  /** Recomputes every formula cell's value with HyperFormula. */
  evaluateFormulas(): void {
    const withFormulas = this.state.sheets.filter((s) => s.formulas.some((row) => row.some((f) => typeof f === "string" && f.startsWith("="))));
    if (withFormulas.length === 0) return;
    const sheets: Record<string, unknown[][]> = {};
    for (const s of this.state.sheets) {
      sheets[s.name] = s.values.map((row, r) =>
        row.map((v, c) => {
          const f = s.formulas[r][c];
          return typeof f === "string" && f.startsWith("=") ? f : v === "" ? null : v;
        }),
      );
    }
    const hf = HyperFormula.buildFromSheets(sheets as never, { licenseKey: "gpl-v3" });
    try {
      for (const s of withFormulas) {
        const id = hf.getSheetId(s.name)!;
        s.formulas.forEach((row, r) =>
          row.forEach((f, c) => {
            if (typeof f === "string" && f.startsWith("=")) {
              const v = hf.getCellValue({ sheet: id, row: r, col: c });
              s.values[r][c] = v === null ? 0 : typeof v === "object" ? String((v as { value: unknown }).value) : v;
            }
          }),
        );
      }
    } finally {
      hf.destroy();
    }
  }

  /** Everything a test may compare before and after: values, formulas and formats of a sheet. */
  sheetSnapshot(name: string): { values: unknown[][]; formulas: unknown[][]; numberFormats: string[][]; merges: MergedArea[] } {
    const s = this.sheetOrThrow(name);
    return JSON.parse(JSON.stringify({ values: s.values, formulas: s.formulas, numberFormats: s.numberFormats, merges: s.merges }));
  }

  /** The format of one cell. */
  formatAt(sheet: string, address: string): CellFormat {
    const a = parseCellAddress(address);
    if (!a) return {};
    return this.sheetOrThrow(sheet).formats.get(`${a.row},${a.column}`) ?? {};
  }

  /** The value of one cell, evaluated. */
  valueAt(sheet: string, address: string): unknown {
    const a = parseCellAddress(address);
    if (!a) return undefined;
    return this.sheetOrThrow(sheet).values[a.row]?.[a.column] ?? "";
  }

  /** The largest request and response of the syncs so far that went through. */
  largestPayload(): { requestBytes: number; responseBytes: number } {
    const delivered = this.syncs.filter((s) => !s.failed);
    return {
      requestBytes: Math.max(0, ...delivered.map((s) => s.requestBytes)),
      responseBytes: Math.max(0, ...delivered.map((s) => s.responseBytes)),
    };
  }
}

/**
 * A host over plain arrays, one per sheet.
 *
 * @param sheets sheet name → rows of cell values ("=..." strings are formulas)
 * @returns the host
 * @example createHost({ 事故分县统计: [["县（市）", "本期"], ["楚雄市", 5]] })
 */
export function createHost(sheets: Record<string, unknown[][]> | WorkbookData): ExcelHost {
  if ("sheets" in sheets && Array.isArray((sheets as WorkbookData).sheets)) return new ExcelHost(sheets as WorkbookData);
  const data: WorkbookData = {
    sheets: Object.entries(sheets as Record<string, unknown[][]>).map(([name, rows]) => {
      const width = Math.max(0, ...rows.map((r) => r.length));
      const sheet = emptySheet(name, rows.length, width);
      rows.forEach((row, r) =>
        row.forEach((v, c) => {
          if (typeof v === "string" && v.startsWith("=") && v.length > 1) sheet.formulas[r][c] = v;
          else {
            sheet.values[r][c] = v ?? "";
            sheet.formulas[r][c] = v ?? "";
          }
        }),
      );
      return sheet;
    }),
  };
  return new ExcelHost(data);
}

/**
 * A host over an .xlsx file.
 *
 * @param bytes the file
 * @param name its name
 * @returns the host
 */
export async function createHostFromXlsx(bytes: ArrayBuffer | Uint8Array, name?: string): Promise<ExcelHost> {
  return new ExcelHost(await loadXlsx(bytes, name));
}
