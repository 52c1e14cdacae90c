/**
 * The state behind the in-memory Excel host: sheets with growable cell grids, formats,
 * merges, charts and marks. Proxies (see proxies.ts) read and change it only at sync().
 */
import type { MergedArea } from "../core/model/snapshot";
import type { SheetData, WorkbookData } from "../xlsx/workbookData";
import { SHEET_MARK_KEY } from "../core/summary/sheetMark";

/** The formats the host keeps per cell. */
export interface CellFormat {
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fontSize?: number;
  fontName?: string;
  fill?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  borders?: Record<string, string>;
}

/** A chart as the add-in asked for it. */
export interface ChartSpec {
  name: string;
  type: string;
  /** The source range's address on its sheet, e.g. "A3:C6". */
  source: string;
  seriesBy: string;
  title?: string;
  categoryAxisTitle?: string;
  valueAxisTitle?: string;
  /** The value axis's bounds, where the add-in set them. */
  valueAxis?: { minimum?: number; maximum?: number };
  /** 1: every category labelled. */
  tickLabelSpacing?: number;
  seriesNames: string[];
  /** The categories as Excel takes them from the source (after coercion of what was written). */
  categories?: unknown[];
  /** Each series' values, as an address on the sheet, in series order. */
  seriesValues?: string[];
  position?: { start: string; end?: string };
  legend?: { position?: string; visible?: boolean };
}

/** One sheet of the host. */
export interface HostSheet extends SheetData {
  id: string;
  customProperties: Map<string, string>;
  charts: ChartSpec[];
  frozenRows: number;
  tabColor: string;
  formats: Map<string, CellFormat>;
  rowHeights: Map<number, number>;
  pageLayout: {
    orientation?: string;
    paperSize?: string;
    fitToWidth?: boolean;
    /** The print scale in percent, where the sheet prints at a scale instead of one page wide. */
    scale?: number;
    printOrder?: string;
    printTitleRows?: string;
    printTitleColumns?: string;
    printArea?: string;
    rowBreaks?: number[];
    columnBreaks?: number[];
    margins?: Partial<Record<"left" | "right" | "top" | "bottom", number>>;
  };
}

/** The whole workbook of the host. */
export interface HostWorkbook {
  sheets: HostSheet[];
  activeSheet: string | undefined;
  selection: { sheet: string; address: string } | undefined;
  names: Map<string, string>;
  nextId: number;
}

/**
 * Makes a host sheet from loaded sheet data (or an empty one).
 *
 * @param data the sheet as loaded
 * @param id a unique id
 * @returns the host sheet
 * @example hostSheet(emptySheet("汇总"), "{1}")
 */
export function hostSheet(data: SheetData, id: string, adopt = false): HostSheet {
  return {
    ...data,
    // Adopted: the arrays are the host's from now on (the workbench hands over rows it built for it).
    values: adopt ? data.values : data.values.map((r) => [...r]),
    formulas: adopt ? data.formulas : data.formulas.map((r) => [...r]),
    numberFormats: adopt ? data.numberFormats : data.numberFormats.map((r) => [...r]),
    merges: [...data.merges],
    hiddenRows: [...data.hiddenRows],
    columnWidths: [...data.columnWidths],
    id,
    // A sheet Bureau Stats wrote keeps its mark when the file is opened again, as in Excel.
    customProperties: new Map(data.mark ? [[SHEET_MARK_KEY, data.mark]] : []),
    charts: [],
    frozenRows: 0,
    tabColor: "",
    formats: new Map(),
    rowHeights: new Map(),
    pageLayout: {},
  };
}

/**
 * Makes the host's workbook from loaded workbook data.
 *
 * @param data the workbook
 * @param options adopt: take the sheets' row arrays as they are (each row its own array in values, formulas and formats), no copy
 * @returns its host state, the first sheet active
 * @example hostWorkbook({ sheets: [] })
 */
export function hostWorkbook(data: WorkbookData, options: { adopt?: boolean } = {}): HostWorkbook {
  const sheets = data.sheets.map((s, i) => hostSheet(s, `{sheet-${i + 1}}`, options.adopt));
  return { sheets, activeSheet: sheets[0]?.name, selection: undefined, names: new Map(), nextId: sheets.length + 1 };
}

/** Rows and columns a sheet's grid holds now. */
export function gridSize(sheet: SheetData): { rows: number; columns: number } {
  return { rows: sheet.values.length, columns: sheet.values[0]?.length ?? 0 };
}

/**
 * Grows a sheet's grids so that (rows × columns) fit.
 *
 * @param sheet the sheet
 * @param rows rows needed
 * @param columns columns needed
 */
export function ensureSize(sheet: SheetData, rows: number, columns: number): void {
  const size = gridSize(sheet);
  const width = Math.max(size.columns, columns);
  if (width > size.columns) {
    for (let r = 0; r < size.rows; r++) {
      sheet.values[r].push(...new Array(width - size.columns).fill(""));
      sheet.formulas[r].push(...new Array(width - size.columns).fill(""));
      sheet.numberFormats[r].push(...new Array(width - size.columns).fill("General"));
    }
  }
  for (let r = size.rows; r < rows; r++) {
    sheet.values.push(new Array(width).fill(""));
    sheet.formulas.push(new Array(width).fill(""));
    sheet.numberFormats.push(new Array(width).fill("General"));
  }
}

/**
 * The used range of a sheet (cells with a value or formula), or undefined when empty.
 *
 * @param sheet the sheet
 * @param valuesOnly ignore cells that only have a number format (always true here: formats alone do not count)
 * @returns the rectangle
 */
export function usedRect(sheet: SheetData): MergedArea | undefined {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (let r = 0; r < sheet.values.length; r++) {
    const row = sheet.values[r];
    const frow = sheet.formulas[r];
    for (let c = 0; c < row.length; c++) {
      if (row[c] !== "" || (frow && frow[c] !== "" && frow[c] !== undefined)) {
        if (r < top) top = r;
        if (r > bottom) bottom = r;
        if (c < left) left = c;
        if (c > right) right = c;
      }
    }
  }
  if (bottom < 0) return undefined;
  return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
}
