/**
 * Worksheets of the imitated ET: the 1-based Worksheets collection (Item by index or name, Add
 * before or after a sheet), one worksheet (Name, Index, Visible as xlSheetVisibility numbers,
 * UsedRange counting formatted cells as ET does, Range, Cells, custom properties, sheet-scoped
 * names, page setup, charts, Activate, Delete).
 */
import type { MergedArea } from "../core/model/snapshot";
import { parseRect } from "../host/geometry";
import { hostSheet, type HostSheet } from "../host/state";
import { isValidSheetName } from "../host/worksheets";
import { emptySheet } from "../xlsx/workbookData";
import type { EtCustomProperties, EtCustomProperty, EtHPageBreaks, EtNames, EtPageSetup, EtRange, EtSheets, EtShapes, EtWorksheet } from "../wps/facade";
import { shapesOf } from "./charts";
import type { EtHost } from "./etHost";
import { namesCollection } from "./names";
import { EtRangeImpl } from "./range";
import { MAX_COLUMNS, MAX_ROWS } from "./sheetGeometry";

const VISIBILITY: Readonly<Record<string, number>> = { Visible: -1, Hidden: 0, VeryHidden: 2 };
const cache = new WeakMap<HostSheet, EtWorksheet>();

/** The used range as ET reports it: values, formulas, number formats and cell formats all count. */
function usedArea(sheet: HostSheet): MergedArea {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const mark = (r: number, c: number) => {
    top = Math.min(top, r);
    left = Math.min(left, c);
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  };
  sheet.values.forEach((row, r) =>
    row.forEach((v, c) => {
      const f = sheet.formulas[r]?.[c];
      if (v !== "" || (typeof f === "string" && f !== "") || (sheet.numberFormats[r]?.[c] ?? "General") !== "General") mark(r, c);
    }),
  );
  for (const key of sheet.formats.keys()) {
    const [r, c] = key.split(",").map(Number);
    mark(r, c);
  }
  if (bottom < 0) return { row: 0, column: 0, rowCount: 1, columnCount: 1 };
  return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
}

/**
 * The worksheet object for a host sheet (one per sheet, as COM hands out the same object).
 *
 * @param host the imitation
 * @param sheet the host sheet
 * @returns the worksheet
 */
export function worksheetOf(host: EtHost, sheet: HostSheet): EtWorksheet {
  let ws = cache.get(sheet);
  if (!ws) cache.set(sheet, (ws = new EtWorksheetImpl(host, sheet)));
  return ws;
}

class EtWorksheetImpl implements EtWorksheet {
  constructor(
    private readonly host: EtHost,
    readonly sheet: HostSheet,
  ) {}
  private live(): HostSheet {
    if (!this.host.state.sheets.includes(this.sheet)) throw new Error("对象已被删除 / The object has been deleted");
    return this.sheet;
  }
  get Name(): string {
    this.host.call();
    return this.live().name;
  }
  set Name(name: string) {
    this.host.call(true);
    const sheet = this.live();
    if (!isValidSheetName(name)) throw new Error(`工作表名称无效 / invalid sheet name '${name}'`);
    if (this.host.state.sheets.some((s) => s !== sheet && s.name.toLowerCase() === name.toLowerCase()))
      throw new Error(`工作表名称已存在 / the name '${name}' is taken`);
    if (this.host.state.activeSheet === sheet.name) this.host.state.activeSheet = name;
    sheet.name = name;
  }
  get Index(): number {
    this.host.call();
    return this.host.state.sheets.indexOf(this.live()) + 1;
  }
  get Visible(): unknown {
    this.host.call();
    return VISIBILITY[this.live().visibility];
  }
  set Visible(value: unknown) {
    this.host.call(true);
    const name = Object.keys(VISIBILITY).find((k) => VISIBILITY[k] === Number(value) || (value === true && k === "Visible"));
    if (!name) throw new Error(`无效的可见性 / invalid Visible ${String(value)}`);
    this.live().visibility = name as HostSheet["visibility"];
  }
  get UsedRange(): EtRange {
    this.host.call();
    return new EtRangeImpl(this.host, this.live(), usedArea(this.sheet));
  }
  get Cells(): EtRange {
    this.host.call();
    return new EtRangeImpl(this.host, this.live(), { row: 0, column: 0, rowCount: MAX_ROWS, columnCount: MAX_COLUMNS });
  }
  get Rows(): EtRange {
    return this.Cells.Rows;
  }
  get Columns(): EtRange {
    return this.Cells.Columns;
  }
  Range(cell1: unknown, cell2?: unknown): EtRange {
    this.host.call();
    const rectOf = (x: unknown): MergedArea => (x instanceof EtRangeImpl ? x.rect : parseRect(String(x)));
    const a = rectOf(cell1);
    const b = cell2 === undefined ? a : rectOf(cell2);
    const row = Math.min(a.row, b.row);
    const column = Math.min(a.column, b.column);
    const bottom = Math.max(a.row + a.rowCount, b.row + b.rowCount);
    const right = Math.max(a.column + a.columnCount, b.column + b.columnCount);
    return new EtRangeImpl(this.host, this.live(), { row, column, rowCount: bottom - row, columnCount: right - column });
  }
  get CustomProperties(): EtCustomProperties {
    this.host.call();
    return customPropertiesOf(this.host, this.live());
  }
  get Names(): EtNames {
    this.host.call();
    return sheetNamesOf(this.host, this.live());
  }
  get Shapes(): EtShapes {
    this.host.call();
    return shapesOf(this.host, this.live());
  }
  get PageSetup(): EtPageSetup {
    this.host.call();
    return pageSetupOf(this.host, this.live());
  }
  get HPageBreaks(): EtHPageBreaks {
    this.host.call();
    return pageBreaksOf(this.host, this.live());
  }
  get VPageBreaks(): EtHPageBreaks {
    this.host.call();
    return pageBreaksOf(this.host, this.live(), "columns");
  }
  Activate(): void {
    this.host.call(true);
    this.host.state.activeSheet = this.live().name;
  }
  Delete(): void {
    this.host.call(true);
    const sheet = this.live();
    const visible = this.host.state.sheets.filter((s) => s.visibility === "Visible");
    if (visible.length === 1 && visible[0] === sheet) throw new Error("工作簿至少须含一张可见工作表 / A workbook must contain at least one visible worksheet");
    this.host.state.sheets.splice(this.host.state.sheets.indexOf(sheet), 1);
    if (this.host.state.activeSheet === sheet.name) this.host.state.activeSheet = this.host.state.sheets[0]?.name;
  }
}

/** Worksheet.CustomProperties: 1-based, Item by index or name. */
function customPropertiesOf(host: EtHost, sheet: HostSheet): EtCustomProperties {
  const item = (key: string): EtCustomProperty => ({
    get Name() {
      return key;
    },
    get Value() {
      host.call();
      return sheet.customProperties.get(key);
    },
    set Value(v: unknown) {
      host.call(true);
      sheet.customProperties.set(key, String(v));
    },
    Delete() {
      host.call(true);
      sheet.customProperties.delete(key);
    },
  });
  return {
    get Count() {
      host.call();
      return sheet.customProperties.size;
    },
    Add(name: string, value: string) {
      host.call(true);
      sheet.customProperties.set(name, String(value));
      return item(name);
    },
    Item(index: string | number) {
      host.call();
      const key = typeof index === "number" ? [...sheet.customProperties.keys()][index - 1] : index;
      if (key === undefined || !sheet.customProperties.has(key)) throw new Error("下标越界 / Subscript out of range");
      return item(key);
    },
  };
}

/** Worksheet.Names: sheet-scoped defined names. */
function sheetNamesOf(host: EtHost, sheet: HostSheet): EtNames {
  let names = host.sheetNames.get(sheet);
  if (!names) host.sheetNames.set(sheet, (names = new Map()));
  const own = names;
  return namesCollection(host, {
    keys: () => [...own.keys()],
    get: (key) => own.get(key),
    set: (key, value) => void own.set(key, value),
    delete: (key) => void own.delete(key),
  });
}

/** Worksheet.PageSetup, kept in the Office.js host's pageLayout form. */
function pageSetupOf(host: EtHost, sheet: HostSheet): EtPageSetup {
  const set = (apply: (v: unknown) => void) => (v: unknown) => {
    host.call(true);
    apply(v);
  };
  let fitWide: unknown;
  return Object.defineProperties({} as EtPageSetup, {
    Orientation: {
      get: () => (sheet.pageLayout.orientation === "Landscape" ? 2 : 1),
      set: set((v) => (sheet.pageLayout.orientation = Number(v) === 2 ? "Landscape" : "Portrait")),
    },
    PaperSize: { get: () => 9, set: set((v) => (sheet.pageLayout.paperSize = Number(v) === 9 ? "A4" : `xlPaper${String(v)}`)) },
    // A number prints at that scale; false leaves the scale to FitToPagesWide / Tall.
    Zoom: {
      get: () => sheet.pageLayout.scale ?? false,
      set: set((v) => {
        if (typeof v === "number") {
          sheet.pageLayout.scale = v;
          sheet.pageLayout.fitToWidth = false;
        } else delete sheet.pageLayout.scale;
      }),
    },
    FitToPagesWide: {
      get: () => fitWide,
      set: set((v) => {
        fitWide = v;
        sheet.pageLayout.fitToWidth = Number(v) === 1;
      }),
    },
    FitToPagesTall: { get: () => false, set: set(() => undefined) },
    PrintTitleRows: { get: () => sheet.pageLayout.printTitleRows ?? "", set: set((v) => (sheet.pageLayout.printTitleRows = String(v))) },
    PrintTitleColumns: { get: () => sheet.pageLayout.printTitleColumns ?? "", set: set((v) => (sheet.pageLayout.printTitleColumns = String(v))) },
    Order: {
      get: () => (sheet.pageLayout.printOrder === "OverThenDown" ? 2 : 1),
      set: set((v) => (sheet.pageLayout.printOrder = Number(v) === 2 ? "OverThenDown" : "DownThenOver")),
    },
    PrintArea: { get: () => sheet.pageLayout.printArea ?? "", set: set((v) => (sheet.pageLayout.printArea = String(v))) },
    LeftMargin: margin("left"),
    RightMargin: margin("right"),
    TopMargin: margin("top"),
    BottomMargin: margin("bottom"),
  });

  function margin(side: "left" | "right" | "top" | "bottom"): PropertyDescriptor {
    return {
      get: () => sheet.pageLayout.margins?.[side] ?? 54,
      set: set((v) => (sheet.pageLayout.margins = { ...sheet.pageLayout.margins, [side]: Number(v) })),
    };
  }
}

/** Worksheet.HPageBreaks (VPageBreaks): Add(Before) breaks the page above Before's row (left of its column). */
function pageBreaksOf(host: EtHost, sheet: HostSheet, direction: "rows" | "columns" = "rows"): EtHPageBreaks {
  const key = direction === "rows" ? "rowBreaks" : "columnBreaks";
  return {
    get Count() {
      host.call();
      return sheet.pageLayout[key]?.length ?? 0;
    },
    Add(before: EtRange) {
      host.call(true);
      const at = (direction === "rows" ? before.Row : before.Column) - 1;
      sheet.pageLayout[key] = [...(sheet.pageLayout[key] ?? []), at].sort((a, b) => a - b);
      return undefined;
    },
  };
}

/**
 * Workbook.Worksheets: 1-based; Add(Before, After) puts a new sheet "SheetN" beside the one named.
 *
 * @param host the imitation
 * @returns the collection
 */
export function worksheetsOf(host: EtHost): EtSheets {
  const sheets = () => host.state.sheets;
  return {
    get Count() {
      host.call();
      return sheets().length;
    },
    Item(index: string | number) {
      host.call();
      const sheet = typeof index === "number" ? sheets()[index - 1] : host.findSheet(index);
      if (!sheet) throw new Error(`下标越界 / Subscript out of range: ${String(index)}`);
      return worksheetOf(host, sheet);
    },
    Add(before?: unknown, after?: unknown) {
      host.call(true);
      const state = host.state;
      let n = state.sheets.length + 1;
      while (state.sheets.some((s) => s.name.toLowerCase() === `sheet${n}`)) n++;
      const created = hostSheet(emptySheet(`Sheet${n}`), `{sheet-${state.nextId++}}`);
      const anchor = (before ?? after) as EtWorksheetImpl | undefined;
      const at = anchor
        ? state.sheets.indexOf(anchor.sheet) + (after ? 1 : 0)
        : Math.max(
            0,
            state.sheets.findIndex((s) => s.name === state.activeSheet),
          );
      state.sheets.splice(at < 0 ? state.sheets.length : at, 0, created);
      state.activeSheet = created.name;
      return worksheetOf(host, created);
    },
  };
}
