/**
 * Finds the tables on a sheet (layouts A, C and D of docs/layouts.md) and reads them into
 * `TableModel`s: header block found by indicator names, merged headers expanded into paths,
 * title / 填报 / unit / code / note / signature rows skipped, rows classified, numbers read
 * and converted to each indicator's base unit, every normalisation recorded with its cell.
 */
import { cellAddress, rangeAddress } from "../model/address";
import { NO_ROWS, type ClaimedRows } from "../model/rowRange";
import type { SheetSnapshot } from "../model/snapshot";
import { cleanHeader } from "../registry/headerText";
import type { Anomaly, Diagnostic, TableModel } from "./model";
import { rowKindOf, type RowKind } from "./rowKinds";
import { sheetGrid } from "./sheetGrid";
import { type Context, kindAt } from "./tableContext";
import { headerScore, continuesHeader, segmentsOf, countCells, columnBands } from "./headerDetection";
import { readTable } from "./readTable";
import { placesAcrossHeader, readPlacesAcross } from "./placesAcross";
import { withColumnPeriods } from "./columnPeriods";
import { withPeriodGroups } from "./periodGroups";
import { MESSAGES } from "../messages";
import { skippedRegions } from "./skippedRegions";

/** What reading the tables of one sheet gives. */
export interface SheetTables {
  readonly tables: TableModel[];
  readonly anomalies: Anomaly[];
  readonly diagnostics: Diagnostic[];
}

/** Options for reading tables. */
export interface ReadTablesOptions {
  /** Sheet rows already read as something else (ledger rows): never part of a table. */
  readonly claimedRows?: ClaimedRows;
  /** The workbook's file name, where known (a period may be carried only by it). */
  readonly fileName?: string;
}

/**
 * Reads every table on a sheet. Tables side by side (separated by an empty column) or stacked
 * (one below another) come out as separate models. Never throws.
 *
 * @param sheet the sheet snapshot
 * @param options rows already claimed by the ledger reader
 * @returns the tables, the anomalies with their cells, and diagnostics
 * @example readTables(sheet).tables[0].id // "事故分县统计!A3:J15"
 */
export function readTables(sheet: SheetSnapshot, options: ReadTablesOptions = {}): SheetTables {
  const grid = sheetGrid(sheet);
  const anomalies: Anomaly[] = [];
  const tables: TableModel[] = [];
  const diagnostics: Diagnostic[] = [];
  const claimed = options.claimedRows ?? NO_ROWS;
  // A sheet is classified once: rows a ledger claimed are not looked at again, row by row.
  const contexts = columnBands(grid, claimed).map(([left, right]): Context => {
    // Made at its length, not grown by pushes: a million-row ledger's copies were garbage.
    const kinds: RowKind[] = new Array<RowKind>(grid.bottom - grid.top + 1);
    for (let r = grid.top; r <= grid.bottom; r++) kinds[r - grid.top] = claimed.has(r) ? "blank" : rowKindOf(grid, r, left, right);
    return {
      grid,
      left,
      right,
      name: sheet.name,
      kinds,
      anomalies,
      claimed,
      diagnostics,
      ...(options.fileName ? { fileName: options.fileName } : {}),
    };
  });
  // Each table with its monthly-report groups and every period column's period resolved.
  const bands = contexts.map((ctx) => ({ ctx, ...readBand(ctx) }));
  for (const band of bands) tables.push(...band.tables.map((t) => withColumnPeriods(withPeriodGroups(t))));
  // Figures outside every table are named (a sheet with no table at all is said once, below).
  if (tables.length) for (const { ctx, covered } of bands) diagnostics.push(...skippedRegions(ctx, covered));
  for (const ctx of contexts) {
    // Rows that are not data, said once each so the user sees why they were left out.
    for (let row = grid.top; row <= grid.bottom; row++) {
      const kind = kindAt(ctx, row);
      if (kind === "title" || kind === "fill" || kind === "unit" || kind === "note" || kind === "signature") {
        if (ctx.claimed.has(row)) continue;
        anomalies.push({
          kind: "skipped-row",
          sheet: sheet.name,
          cell: cellAddress(row, ctx.left),
          message: MESSAGES.reader.skippedRow(row + 1, kind),
        });
      }
    }
  }
  // A header problem already explains an empty result, and rows claimed by a ledger were read
  // as a ledger; otherwise say what was expected.
  if (tables.length === 0 && diagnostics.length === 0 && (options.claimedRows?.size ?? 0) === 0) {
    const whole: Context = { ...contexts[0], left: grid.left, right: Math.max(grid.left, grid.right) };
    const kinds: RowKind[] = [];
    for (let r = grid.top; r <= grid.bottom; r++) kinds.push(rowKindOf(grid, r, whole.left, whole.right));
    diagnostics.push(noTableDiagnostic({ ...whole, kinds }));
  }
  for (const t of tables) {
    if (t.rows.length === 0) {
      diagnostics.push({
        severity: "warning",
        sheet: sheet.name,
        address: t.address,
        message: MESSAGES.reader.headerWithoutRows(t.address),
      });
    } else if (!t.columns.some((c) => c.role === "previous") && t.rows.filter((r) => r.seriesSpan).length < 2) {
      // (A period matrix compares its years in its rows: 2024年 above 2023年.)
      diagnostics.push({
        severity: "info",
        sheet: sheet.name,
        address: t.address,
        message: MESSAGES.reader.noPreviousPeriod(t.address),
      });
    }
  }
  return { tables, anomalies, diagnostics };
}

/**
 * Reads the tables of one band of columns, top to bottom (stacked tables come out one by one), with
 * the rows each covers: a table's, or a shape the reader named in a diagnostic of its own.
 */
function readBand(ctx: Context): { tables: TableModel[]; covered: [number, number][] } {
  const { grid } = ctx;
  const tables: TableModel[] = [];
  const covered: [number, number][] = [];
  let r = grid.top;
  while (r <= grid.bottom) {
    if (ctx.claimed.has(r) || kindAt(ctx, r) !== "text") {
      r++;
      continue;
    }
    // A run of text rows is a header candidate if it names indicators.
    let last = r;
    while (last + 1 <= grid.bottom && !ctx.claimed.has(last + 1) && continuesHeader(ctx, last + 1)) last++;
    let indicators = 0;
    let keys = 0;
    let periods = 0;
    for (let h = r; h <= last; h++) {
      const s = headerScore(grid, h, ctx.left, ctx.right);
      indicators += s.indicators;
      keys += s.keys;
      periods += s.periods;
    }
    // Indicator names in the header, or a table keyed by indicator: 指标 | 本期 | 去年同期.
    const isHeader = indicators >= 2 || (indicators === 1 && keys + periods > 0) || (indicators === 0 && keys > 0 && periods > 0);
    if (!isHeader) {
      // 指标 | 楚雄市 | 双柏县 | 合计: places across, indicators down the side; read turned.
      const places = placesAcrossHeader(ctx, r, last);
      const read = places && readPlacesAcross(ctx, r, places);
      if (read?.table) tables.push(read.table);
      if (read) covered.push([r, read.end]);
      r = (read ? read.end : last) + 1;
      continue;
    }
    // The header may start with a caption row; trim single-cell rows without indicators on top.
    let first = r;
    while (first < last && headerScore(grid, first, ctx.left, ctx.right).indicators === 0 && countCells(ctx, first) <= 1) first++;
    let end = last;
    for (const [left, right] of segmentsOf(ctx, first, last)) {
      const read = readTable(ctx, first, last, left, right, grid.bottom);
      if (read) {
        if (read.table) tables.push(read.table);
        end = Math.max(end, read.end);
        covered.push([r, read.end]);
      }
    }
    r = end + 1;
  }
  return { tables, covered };
}

function noTableDiagnostic(ctx: Context): Diagnostic {
  const nonBlank = ctx.kinds.filter((k) => k !== "blank").length;
  if (nonBlank === 0) {
    return { severity: "info", sheet: ctx.name, message: MESSAGES.reader.emptySheet };
  }
  // The first few kinds of row seen, distinct, in the user's words (not the code's names).
  const found = [...new Set(ctx.kinds.filter((k) => k !== "blank"))].slice(0, 3);
  const sample: string[] = [];
  for (let r = ctx.grid.top; r <= ctx.grid.bottom && sample.length < 3; r++) {
    for (let c = ctx.left; c <= ctx.right && sample.length < 3; c++) {
      const t = cleanHeader(ctx.grid.value(r, c));
      if (t) sample.push(t.length > 20 ? `${t.slice(0, 20)}…` : t);
    }
  }
  return {
    severity: "warning",
    sheet: ctx.name,
    address: rangeAddress(ctx.grid.top, ctx.left, ctx.grid.bottom - ctx.grid.top + 1, Math.max(1, ctx.right - ctx.left + 1)),
    message: MESSAGES.reader.noHeader(nonBlank, found, sample),
  };
}
