/**
 * Reading sheets of the workbook open in WPS 表格 into the same {@link WorkbookSnapshot} the
 * Office.js edge reads (src/excel/readWorkbook.ts), so the core sees one shape whichever host it
 * runs in:
 * - values (and formulas, number formats where asked) in whole blocks of rows, each block one
 *   call, sized by a cell budget so a 100,000-row ledger is a handful of calls, not one per cell;
 * - the used range trimmed to the cells that hold values, as Office.js's valuesOnly used range
 *   (ET's UsedRange counts formatted blank cells too);
 * - number formats per column, split in halves only where a block has more than one (ET, like
 *   VBA, gives null for a block of mixed formats);
 * - merged areas and hidden rows from a saved copy read by our file reader (fileCopy.ts), or cell
 *   by cell where WPS cannot save one (cellScan.ts); merged areas kept, as Excel gives them, when
 *   their top-left cell lies between A1 and the used range's bottom-right corner.
 */
import type { Message } from "../core/messages";
import { WPS_MESSAGES } from "../core/messages/wpsMessages";
import type { MergedArea, SheetSnapshot, WorkbookSnapshot } from "../core/model/snapshot";
import { layoutFromCells } from "./cellScan";
import type { EtRange, EtWorksheet, WpsApplication } from "./facade";
import { layoutFromCopy, type SheetLayout } from "./fileCopy";
import { formulaGrid, toGrid } from "./grid";

/** What to read. */
export interface WpsReadOptions {
  /** Sheets to read, in tab order; all visible sheets by default. */
  readonly sheetNames?: readonly string[];
  readonly withFormulas?: boolean;
  readonly withNumberFormats?: boolean;
  /** Cells one block read may carry (default 200,000). */
  readonly blockCells?: number;
}

/** How the read went, for the pane and the tests. */
export interface WpsReadReport {
  /** Where merged areas and hidden rows came from. */
  layout: "copy" | "cells" | "none";
  /** Block reads of values (and formulas). */
  blocks: number;
  /** What the read went on without, bilingual. */
  notes: Message[];
}

/** Why a read failed: the catalogue's bilingual message (WPS's own text goes to the console only). */
export class WpsReadError extends Error {
  constructor(readonly bilingual: Message) {
    super(`${bilingual.zh} / ${bilingual.en}`);
    this.name = "WpsReadError";
  }
}

const DEFAULT_BLOCK_CELLS = 200_000;

/**
 * Reads sheets of the active workbook into a snapshot.
 *
 * @param app the WPS application
 * @param options which sheets, what to read
 * @param report filled with where the layout came from and the notes
 * @returns the snapshot; rejects with a WpsReadError when WPS fails
 * @example await readWpsSnapshot(Application, { withNumberFormats: true })
 */
export async function readWpsSnapshot(
  app: WpsApplication,
  options: WpsReadOptions = {},
  report: WpsReadReport = { layout: "none", blocks: 0, notes: [] },
): Promise<WorkbookSnapshot> {
  let sheets: { sheet: EtWorksheet; snapshot: SheetSnapshot; area?: MergedArea }[];
  try {
    sheets = chosenSheets(app, options).map((sheet) => readSheet(sheet, options, report));
  } catch (error) {
    console.error("Bureau Stats: WPS read failed", error);
    throw new WpsReadError(WPS_MESSAGES.readFailed);
  }
  const withValues = sheets.filter((s) => s.area);
  let layouts: Map<string, SheetLayout> | undefined;
  if (withValues.length > 0) {
    try {
      layouts = await layoutFromCopy(app);
      report.layout = "copy";
    } catch (error) {
      console.warn("Bureau Stats: no copy of the workbook could be read; reading merged cells cell by cell", error);
      report.layout = "cells";
    }
  }
  const snapshots = sheets.map(({ sheet, snapshot, area }) => {
    if (!area) return snapshot;
    const layout = layouts?.get(snapshot.name) ?? layoutFromCells(sheet, area, report.notes);
    const bottom = area.row + area.rowCount - 1;
    const right = area.column + area.columnCount - 1;
    return {
      ...snapshot,
      merges: layout.merges.filter((m) => m.row <= bottom && m.column <= right),
      hiddenRows: layout.hiddenRows.filter((r) => r >= area.row && r <= bottom),
    };
  });
  return { sheets: snapshots, name: app.ActiveWorkbook.Name };
}

function chosenSheets(app: WpsApplication, options: WpsReadOptions): EtWorksheet[] {
  const all = app.ActiveWorkbook.Worksheets;
  const sheets: EtWorksheet[] = [];
  for (let i = 1; i <= all.Count; i++) {
    const sheet = all.Item(i) as EtWorksheet;
    const wanted = options.sheetNames ? options.sheetNames.includes(sheet.Name) : Number(sheet.Visible) === -1 || sheet.Visible === true;
    if (wanted) sheets.push(sheet);
  }
  return sheets;
}

/** One sheet's cells, trimmed to the values; merges and hidden rows are added by the caller. */
function readSheet(sheet: EtWorksheet, options: WpsReadOptions, report: WpsReadReport): { sheet: EtWorksheet; snapshot: SheetSnapshot; area?: MergedArea } {
  const name = sheet.Name;
  const used = sheet.UsedRange;
  const top = used.Row - 1;
  const left = used.Column - 1;
  const rows = used.Rows.Count;
  const columns = used.Columns.Count;
  const empty = {
    sheet,
    snapshot: {
      name,
      originRow: 0,
      originColumn: 0,
      values: [],
      ...(options.withFormulas ? { formulas: [] } : {}),
      ...(options.withNumberFormats ? { numberFormats: [] } : {}),
      merges: [],
      hiddenRows: [],
    },
  };
  const blockRows = Math.max(1, Math.floor((options.blockCells ?? DEFAULT_BLOCK_CELLS) / columns));
  const values: unknown[][] = [];
  const formulas: unknown[][] = [];
  for (let start = 0; start < rows; start += blockRows) {
    const count = Math.min(blockRows, rows - start);
    const block = used.Offset(start, 0).Resize(count, columns);
    const part = toGrid(block.Value2, count, columns);
    values.push(...part);
    if (options.withFormulas)
      formulas.push(
        ...formulaGrid(
          toGrid(block.Formula, count, columns, (v) => v ?? ""),
          part,
        ),
      );
    report.blocks++;
  }
  const area = valueArea(values);
  if (!area) return empty;
  const trim = (grid: unknown[][]) => grid.slice(area.row, area.row + area.rowCount).map((row) => row.slice(area.column, area.column + area.columnCount));
  const sheetArea = { row: top + area.row, column: left + area.column, rowCount: area.rowCount, columnCount: area.columnCount };
  const snapshot: SheetSnapshot = {
    name,
    originRow: sheetArea.row,
    originColumn: sheetArea.column,
    values: trim(values),
    ...(options.withFormulas ? { formulas: trim(formulas) } : {}),
    ...(options.withNumberFormats ? { numberFormats: numberFormats(sheet, sheetArea) } : {}),
    merges: [],
  };
  return { sheet, snapshot, area: sheetArea };
}

/** The rectangle of cells holding a value, within a block; undefined when all are blank. */
function valueArea(values: unknown[][]): MergedArea | undefined {
  let top = -1;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  values.forEach((row, r) => {
    for (let c = 0; c < row.length; c++) {
      if (row[c] === "") continue;
      if (top < 0) top = r;
      bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    }
  });
  if (top < 0) return undefined;
  return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
}

/** Number formats of an area: one call per column where a column has one format, halves where not. */
function numberFormats(sheet: EtWorksheet, area: MergedArea): string[][] {
  const out = Array.from({ length: area.rowCount }, () => new Array<string>(area.columnCount).fill("General"));
  const fill = (range: EtRange, first: number, count: number, column: number): void => {
    const format = range.NumberFormat;
    if (typeof format === "string") {
      for (let r = first; r < first + count; r++) out[r][column] = format;
      return;
    }
    if (format !== null && format !== undefined) {
      // A build that gives a block's formats cell by cell.
      toGrid(format, count, 1, (v) => (typeof v === "string" ? v : "General")).forEach(([f], i) => (out[first + i][column] = f as string));
      return;
    }
    if (count === 1) return; // one cell without a format string: leave General
    const half = Math.floor(count / 2);
    fill(range.Resize(half, 1), first, half, column);
    fill(range.Offset(half, 0).Resize(count - half, 1), first + half, count - half, column);
  };
  const origin = sheet.Cells.Item(area.row + 1, area.column + 1);
  for (let c = 0; c < area.columnCount; c++) fill(origin.Offset(0, c).Resize(area.rowCount, 1), 0, area.rowCount, c);
  return out;
}
