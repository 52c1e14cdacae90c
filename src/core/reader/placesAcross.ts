/**
 * Tables whose places run across and indicators down the side (指标 | 楚雄市 | 双柏县 | 牟定县 | 合计,
 * with 排查隐患 / 已整改 / 整改率 rows). They are read turned, through a view of the block with rows
 * for columns (turnedView.ts): one row per place and one column per indicator, exactly as the same
 * table with its places down the side reads, so a 整改率 row is a rate recomputed in the 合计 and
 * never summed, and the 核对 checks the places against the 合计 (issue 19.3).
 */
import { rangeAddress } from "../model/address";
import { NO_ROWS } from "../model/rowRange";
import { cleanHeader } from "../registry/headerText";
import { matchIndicator } from "../registry/matchIndicator";
import { matchRegion, rowRoleOf } from "../registry/regions";
import type { TableModel } from "./model";
import { headerScore } from "./headerDetection";
import { readTable, tableFrame } from "./readTable";
import { rowKindOf, type RowKind } from "./rowKinds";
import { sheetGrid } from "./sheetGrid";
import { type Context, kindAt } from "./tableContext";
import { sheetAnomaly, sheetDiagnostic, turnedSnapshot, type Block } from "./turnedView";

/** Label cells before the places: 指标, and a 单位 column at most. */
const MAX_LABEL_COLUMNS = 2;
/** Rows under the header looked at to tell that the side names indicators. */
const SIDE_SAMPLE = 12;

/** Where a header naming places across lies. */
export interface PlacesHeader {
  /** The sheet row of the place names. */
  readonly row: number;
  /** The column of the indicator names, the first place's and the last. */
  readonly labels: number;
  readonly firstPlace: number;
  readonly lastPlace: number;
}

/** The non-blank cells of a row in the band, in order. */
function cellsOf(ctx: Context, row: number): { column: number; text: string }[] {
  const out: { column: number; text: string }[] = [];
  for (let c = ctx.left; c <= ctx.right; c++) {
    const text = cleanHeader(ctx.grid.value(row, c));
    if (text) out.push({ column: c, text });
  }
  return out;
}

/** Whether the labels down a column under the header mostly name indicators (one is enough: 死亡人数 | 楚雄市 | 双柏县). */
function sideNamesIndicators(ctx: Context, row: number, column: number): boolean {
  let named = 0;
  let labels = 0;
  for (let r = row + 1; r <= ctx.grid.bottom && labels < SIDE_SAMPLE; r++) {
    const kind = kindAt(ctx, r);
    if (kind !== "data" && kind !== "text") break;
    const label = cleanHeader(ctx.grid.value(r, column));
    if (!label) continue;
    labels++;
    const m = matchIndicator(label);
    if (m && m.confidence >= 0.7) named++;
  }
  return named >= 1 && named * 2 >= labels;
}

/**
 * A header of places across: after one or two label cells (指标, 单位), at least two place names and
 * nothing else but the whole (合计, 全市) and a few units that are not places (市直单位), with
 * indicator names down the first column and figures under it.
 *
 * @param ctx the sheet being read
 * @param first the header candidate's first row
 * @param last its last row
 * @returns where the header lies, or undefined when it is not one
 * @example placesAcrossHeader(ctx, 1, 1)?.firstPlace // 1 for 指标 | 楚雄市 | 双柏县 | 合计
 */
export function placesAcrossHeader(ctx: Context, first: number, last: number): PlacesHeader | undefined {
  if (last + 1 > ctx.grid.bottom || kindAt(ctx, last + 1) !== "data") return undefined;
  for (let row = last; row >= first; row--) {
    const cells = cellsOf(ctx, row);
    const firstPlace = cells.findIndex((c) => matchRegion(c.text) !== undefined);
    if (firstPlace < 1 || firstPlace > MAX_LABEL_COLUMNS) continue;
    const across = cells.slice(firstPlace);
    const places = across.filter((c) => matchRegion(c.text) !== undefined).length;
    const wholes = across.filter((c) => rowRoleOf(c.text) === "total").length;
    const others = across.length - places - wholes;
    if (places < 2 || wholes > 1 || others * 4 > places) continue;
    if (!sideNamesIndicators(ctx, row, cells[0].column)) continue;
    return { row, labels: cells[0].column, firstPlace: across[0].column, lastPlace: across[across.length - 1].column };
  }
  return undefined;
}

/** The last row of the indicators under the header: until a note, a new header or two blank rows. */
function lastIndicatorRow(ctx: Context, header: PlacesHeader): number {
  const { grid } = ctx;
  let end = header.row;
  let blanks = 0;
  for (let r = header.row + 1; r <= grid.bottom && !ctx.claimed.has(r); r++) {
    const kind = kindAt(ctx, r);
    if (kind === "blank") {
      if (++blanks >= 2) break;
      continue;
    }
    if (kind !== "data" && kind !== "text") break;
    if (kind === "text") {
      const s = headerScore(grid, r, ctx.left, ctx.right);
      if (s.indicators >= 2 || s.keys + s.periods >= 2) break;
    }
    blanks = 0;
    end = r;
  }
  return end;
}

/**
 * Reads a table of places across, turned: its rows the places, its columns the indicators.
 *
 * @param ctx the sheet being read
 * @param first the header's first row (a caption above the place names belongs to it)
 * @param header where the place names and the indicator names lie
 * @returns the table with `transposed: true` (cells through tableCell.ts) and its last sheet row
 * @example readPlacesAcross(ctx, 1, header)?.table?.rows.map((r) => r.label) // ["楚雄市", "双柏县", "牟定县", "合计"]
 */
export function readPlacesAcross(ctx: Context, first: number, header: PlacesHeader): { table?: TableModel; end: number } | undefined {
  const end = lastIndicatorRow(ctx, header);
  if (end <= header.row) return undefined;
  const block: Block = { first: header.row, last: end, left: header.labels, right: header.lastPlace };
  const grid = sheetGrid(turnedSnapshot(ctx.grid.sheet, block));
  const kinds: RowKind[] = [];
  for (let r = grid.top; r <= grid.bottom; r++) kinds.push(rowKindOf(grid, r, block.first, block.last));
  const view: Context = {
    grid,
    left: block.first,
    right: block.last,
    name: ctx.name,
    kinds,
    anomalies: [],
    diagnostics: [],
    claimed: NO_ROWS,
    ...(ctx.fileName ? { fileName: ctx.fileName } : {}),
  };
  // The title, units line, period and notes are the sheet's, around the table as it stands.
  const read = readTable(view, block.left, header.firstPlace - 1, block.first, block.last, block.right, tableFrame(ctx, first, end));
  ctx.anomalies.push(...view.anomalies.map((a) => sheetAnomaly(a, block)));
  ctx.diagnostics.push(...view.diagnostics.map((d) => sheetDiagnostic(d, block)));
  if (!read?.table) return { end };
  const address = rangeAddress(first, block.left, end - first + 1, block.right - block.left + 1);
  return { table: { ...read.table, id: `${ctx.name}!${address}`, address, headerRows: [first, header.row], transposed: true }, end };
}
