/**
 * The host's worksheets: the collection (add, getItem, items) and one worksheet (name,
 * position, visibility, ranges, used range, delete, activate).
 */
import { emptySheet } from "../xlsx/workbookData";
import { ChartCollectionProxy } from "./charts";
import { WorksheetChangedEvents } from "./events";
import type { HostContext } from "./context";
import { fullRect, parseRect } from "./geometry";
import { HostError, jsonBytes, Proxy } from "./proxy";
import { RangeProxy } from "./range";
import { CustomPropertiesProxy, PageBreaksProxy, PageLayoutProxy } from "./sheetParts";
import { hostSheet, usedRect, type HostSheet } from "./state";

export class WorksheetCollectionProxy extends Proxy {
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
    this.ctx.requireApi("WorksheetCollection.getItemOrNullObject");
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
        // A formula that named a missing sheet may read this one now.
        this.ctx.host.recalc.changed(sheetName);
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

export class WorksheetProxy extends Proxy {
  private readonly freezePanesProxy: { freezeRows: (n: number) => void; unfreeze: () => void };
  private readonly customPropertiesProxy: CustomPropertiesProxy;
  readonly charts: ChartCollectionProxy;
  private readonly pageLayoutProxy: PageLayoutProxy;
  private readonly pageBreaksProxy: PageBreaksProxy;
  private readonly columnBreaksProxy: PageBreaksProxy;
  constructor(
    ctx: HostContext,
    readonly resolve: () => HostSheet | null,
  ) {
    super(ctx);
    this.freezePanesProxy = {
      freezeRows: (n: number) => ctx.queue({ bytes: 20, apply: () => void (this.sheet().frozenRows = n) }),
      unfreeze: () => ctx.queue({ bytes: 20, apply: () => void (this.sheet().frozenRows = 0) }),
    };
    this.customPropertiesProxy = new CustomPropertiesProxy(ctx, () => this.sheet());
    this.charts = new ChartCollectionProxy(ctx, () => this.sheet());
    this.pageLayoutProxy = new PageLayoutProxy(ctx, () => this.sheet());
    this.pageBreaksProxy = new PageBreaksProxy(ctx, () => this.sheet());
    this.columnBreaksProxy = new PageBreaksProxy(ctx, () => this.sheet(), "columns");
  }
  get freezePanes(): { freezeRows: (n: number) => void; unfreeze: () => void } {
    this.ctx.requireApi("Worksheet.freezePanes");
    return this.freezePanesProxy;
  }
  get customProperties(): CustomPropertiesProxy {
    this.ctx.requireApi("Worksheet.customProperties");
    return this.customPropertiesProxy;
  }
  /** Worksheet.onChanged (ExcelApi 1.7): raised by `editCells`, the host's stand-in for a user's typing (events.ts). */
  get onChanged(): WorksheetChangedEvents {
    return new WorksheetChangedEvents(this.ctx, () => this.sheet());
  }
  get pageLayout(): PageLayoutProxy {
    this.ctx.requireApi("Worksheet.pageLayout");
    return this.pageLayoutProxy;
  }
  get horizontalPageBreaks(): PageBreaksProxy {
    this.ctx.requireApi("Worksheet.horizontalPageBreaks");
    return this.pageBreaksProxy;
  }
  get verticalPageBreaks(): PageBreaksProxy {
    this.ctx.requireApi("Worksheet.verticalPageBreaks");
    return this.columnBreaksProxy;
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
    this.ctx.queue({
      bytes: jsonBytes(value),
      apply: () => {
        const s = this.sheet();
        this.ctx.host.recalc.renamed(s.name, value);
        s.name = value;
      },
    });
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
    this.ctx.requireApi("Worksheet.getRangeByIndexes");
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
    this.ctx.requireApi("Worksheet.getUsedRangeOrNullObject");
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
        this.ctx.host.recalc.changed(s.name);
        if (st.activeSheet === s.name) st.activeSheet = st.sheets[0]?.name;
      },
    });
  }
  activate(): void {
    this.ctx.queue({ bytes: 20, apply: () => void (this.ctx.host.state.activeSheet = this.sheet().name) });
  }
}
