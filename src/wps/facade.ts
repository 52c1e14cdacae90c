/**
 * The part of WPS 表格's JavaScript API (the ET object model, Excel's VBA model over IPC) that
 * Bureau Stats uses, as our own interfaces. Everything in src/wps/ is typed against these, never
 * against Kingsoft's global declarations, so no `Et` enum or `Application` global leaks into the
 * rest of the code. `src/wps/typingsCheck.ts` assigns Kingsoft's types (`et-jsapi-declare`, used
 * unmodified) to these interfaces under its own tsconfig, so `npm run typecheck` fails when the
 * two drift apart: a renamed member, a property that became a method (`Range.Address()` is one),
 * a changed argument list.
 *
 * Where Kingsoft's typings are wider than what the API returns at run time (block reads typed as
 * `string | Array<any>`, collections typed as unions), the facade says `unknown` and the readers
 * normalise what comes back (grid.ts). Enums are numbers: the typings' `Et.Xl…` enums are ambient
 * and do not exist at run time.
 */

/** A cell range (Excel's Range). Indexes are 1-based, as in VBA. */
export interface EtRange {
  /** One cell: its value; several: rows of values (or, on some builds, a wrapper with Item(r, c)). */
  Value2: unknown;
  Formula: unknown;
  NumberFormat: unknown;
  readonly Row: number;
  readonly Column: number;
  readonly Rows: EtRange;
  readonly Columns: EtRange;
  readonly Count: number;
  readonly EntireRow: EtRange;
  /** A method, not a property, in WPS as in VBA. */
  Address(RowAbsolute?: boolean, ColumnAbsolute?: boolean): string;
  Resize(RowSize?: number, ColumnSize?: number): EtRange;
  Offset(RowOffset?: number, ColumnOffset?: number): EtRange;
  /** The cell at 1-based row and column within this range. */
  Item(RowIndex: number, ColumnIndex?: number): EtRange;
  /** True when every cell is merged, false when none is, null when mixed (VBA's Null). */
  MergeCells: unknown;
  readonly MergeArea: EtRange;
  Merge(Across?: boolean): void;
  UnMerge(): void;
  Hidden: unknown;
  readonly Font: EtFont;
  readonly Interior: EtInterior;
  readonly Borders: EtBorders;
  /** xlLeft -4131, xlCenter -4108, xlRight -4152. */
  HorizontalAlignment: unknown;
  /** xlTop -4160, xlCenter -4108, xlBottom -4107. */
  VerticalAlignment: unknown;
  WrapText: unknown;
  /** In characters of the default font, as in Excel. */
  ColumnWidth: unknown;
  /** In points. */
  RowHeight: unknown;
  readonly Left: unknown;
  readonly Top: unknown;
  readonly Width: unknown;
  readonly Height: unknown;
  Select(): unknown;
  Activate(): unknown;
  /** xlCellTypeVisible (12): the visible cells, as areas. */
  SpecialCells(Type: number, Value?: number): EtRange;
  readonly Areas: EtAreas;
  readonly Worksheet: EtWorksheet;
}

export interface EtAreas {
  readonly Count: number;
  Item(Index: number): EtRange;
}

export interface EtFont {
  Bold: unknown;
  Italic: unknown;
  /** BGR: 0xBBGGRR. */
  Color: unknown;
  Size: unknown;
  Name: unknown;
}

export interface EtInterior {
  /** BGR: 0xBBGGRR. */
  Color: unknown;
}

export interface EtBorders {
  /** xlEdgeLeft 7, xlEdgeTop 8, xlEdgeBottom 9, xlEdgeRight 10, xlInsideVertical 11, xlInsideHorizontal 12. */
  Item(Index: number): EtBorder;
}

export interface EtBorder {
  /** xlContinuous 1, xlLineStyleNone -4142. */
  LineStyle: unknown;
}

export interface EtCustomProperties {
  readonly Count: number;
  Add(Name: string, Value: string): EtCustomProperty;
  /** By 1-based index or by name. */
  Item(Index: string | number): EtCustomProperty;
}

export interface EtCustomProperty {
  Name: string;
  Value: unknown;
  Delete(): void;
}

export interface EtNames {
  readonly Count: number;
  Add(Name?: string, RefersTo?: unknown, Visible?: boolean): EtName;
  Item(Index?: string | number): EtName;
}

export interface EtName {
  Name: string;
  RefersTo: unknown;
  Visible: boolean;
  Delete(): void;
}

export interface EtShapes {
  readonly Count: number;
  /** Style (-1 default), xlChartType, then position and size in points. */
  AddChart2(Style?: number, XlChartType?: number, Left?: number, Top?: number, Width?: number, Height?: number): EtShape;
}

export interface EtShape {
  Name: string;
  readonly Chart: EtChart;
  Delete(): void;
}

export interface EtChart {
  /** xlRows 1, xlColumns 2. */
  SetSourceData(Source: EtRange, PlotBy?: number): void;
  HasTitle: boolean;
  readonly ChartTitle: { Text: string };
  HasLegend: boolean;
  /** The series collection, or one series by 1-based index. */
  SeriesCollection(Index?: number): unknown;
  /**
   * With no argument, the chart's axes (VBA's Axes() collection; Kingsoft types Axes(Type) as the
   * collection too, so we always take one axis through Item).
   */
  Axes(): EtAxes;
}

export interface EtAxes {
  /** xlCategory 1, xlValue 2. */
  Item(Type: number): EtAxis;
}

export interface EtAxis {
  HasTitle: boolean;
  readonly AxisTitle: { Text: string };
  /** A category axis: label every n-th category. */
  TickLabelSpacing: number;
  /** A value axis's ends. */
  MinimumScale: number;
  MaximumScale: number;
}

export interface EtPageSetup {
  /** xlPortrait 1, xlLandscape 2. */
  Orientation: unknown;
  /** xlPaperA4 9. */
  PaperSize: unknown;
  Zoom: unknown;
  FitToPagesWide: unknown;
  FitToPagesTall: unknown;
  PrintTitleRows: string;
  /** Columns repeated at the left of every page ("$A:$A"). */
  PrintTitleColumns: string;
  /** xlDownThenOver 1, xlOverThenDown 2. */
  Order: unknown;
  /** The printed range ("$A$1:$J$120"), "" for the whole used range. */
  PrintArea: string;
  /** Margins in points. */
  LeftMargin: number;
  RightMargin: number;
  TopMargin: number;
  BottomMargin: number;
}

/** Manual page breaks above rows (HPageBreaks) or left of columns (VPageBreaks). */
export interface EtHPageBreaks {
  readonly Count: number;
  /** A break above the row (left of the column) of Before. */
  Add(Before: EtRange): unknown;
}

export interface EtWorksheet {
  Name: string;
  readonly Index: number;
  /** xlSheetVisible -1, xlSheetHidden 0, xlSheetVeryHidden 2. */
  Visible: unknown;
  readonly UsedRange: EtRange;
  readonly Cells: EtRange;
  readonly Rows: EtRange;
  readonly Columns: EtRange;
  Range(Cell1: unknown, Cell2?: unknown): EtRange;
  readonly CustomProperties: EtCustomProperties;
  readonly Shapes: EtShapes;
  readonly PageSetup: EtPageSetup;
  readonly HPageBreaks: EtHPageBreaks;
  readonly VPageBreaks: EtHPageBreaks;
  readonly Names: EtNames;
  Activate(): void;
  Delete(): void;
}

/** Worksheets or Sheets: Item by 1-based index or by name. */
export interface EtSheets {
  readonly Count: number;
  Item(Index: string | number): unknown;
  Add(Before?: unknown, After?: unknown, Count?: number, Type?: unknown): unknown;
}

export interface EtWorkbook {
  readonly Name: string;
  readonly FullName: string;
  readonly Path: string;
  readonly Worksheets: EtSheets;
  readonly Names: EtNames;
  readonly ActiveSheet: unknown;
  /** Saves a copy under another name and leaves the open workbook as it is. */
  SaveCopyAs(Filename?: unknown): void;
}

export interface EtWindow {
  SplitRow: unknown;
  SplitColumn: unknown;
  FreezePanes: unknown;
}

/** Application (ET's own members). */
export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook;
  readonly ActiveWindow: EtWindow;
  readonly ActiveCell: EtRange;
  readonly Selection: unknown;
  ScreenUpdating: unknown;
  EnableEvents: unknown;
  /** The build, e.g. "12.1.0.20540" (where the build reports one). */
  readonly Build: unknown;
  readonly Version: unknown;
  Calculate(): void;
}

/** The add-in root (`wps` / `Application` in the add-in's pages). */
export interface WpsAddinRoot {
  CreateTaskPane(url: string, title?: string): WpsTaskPane;
  GetTaskPane(id: number): WpsTaskPane;
  readonly PluginStorage: WpsPluginStorage;
  readonly Env: { GetTempPath(): string };
  FileSystem: WpsFileSystem;
}

export interface WpsTaskPane {
  readonly ID: number;
  Visible: boolean;
  Width: number;
  DockPosition: unknown;
  Delete(): void;
}

export interface WpsPluginStorage {
  getItem(key: string): unknown;
  setItem(key: string, value: unknown): unknown;
  removeItem(key: string): unknown;
}

export interface WpsFileSystem {
  Exists(path: string): boolean;
  Remove(path: string): void;
  ReadFileAsArrayBuffer(path: string): ArrayBuffer;
}

/**
 * A SheetChange handler. Kingsoft's typings give the second argument the worksheet-or-object type
 * (a slip in them: VBA passes the changed Range), so it arrives as unknown and is read as a range.
 */
export type SheetChangeHandler = (sheet: EtWorksheet, target: unknown) => void;

/** Application-level events (WPS has no per-sheet onChanged). */
export interface WpsApiEvent {
  AddApiEventListener(EventName: "SheetChange", callback: SheetChangeHandler): void;
  RemoveApiEventListener(EventName: "SheetChange", callback?: SheetChangeHandler): void;
}

/** Custom worksheet functions (WPS 12.1.0.20540 and later): namespace, name, callback, metadata. */
export type WpsAddCustomFunction = (namespace: string, name: string, callback: (...args: never[]) => unknown, metadata?: WpsFunctionMetadata) => void;

/** The metadata WPS takes for a custom function (no ids, no dimensionality, no localisation). */
export interface WpsFunctionMetadata {
  description?: string;
  result: { type?: string };
  parameters: { name?: string; type?: string; description?: string }[];
}

/** What a page of the add-in sees as `window.Application` / `window.wps` inside WPS 表格. */
export type WpsApplication = EtApplication &
  WpsAddinRoot & {
    readonly ApiEvent: WpsApiEvent;
    /** Absent before 12.1.0.20540. */
    readonly AddCustomFunction?: WpsAddCustomFunction;
  };
