/**
 * A group label written once over its columns without a merge: Excel's 跨列居中 (centre across
 * selection) keeps the text in the first cell only, and a table that went through pandas, a CSV
 * or 取消合并 loses its merges the same way:
 *
 *   事故起数 |          |               | 死亡人数 | …        本年         |          | 去年同期     | …
 *   本期     | 去年同期 | 同比增减幅度(%) | 本期     | …        事故起数(起) | 死亡(人) | 事故起数(起) | …
 *
 * Without this rule the columns under the blank cells belong to no indicator (or no period) and
 * the comparison is lost.
 */
import { cleanHeader } from "../registry/headerText";
import { matchIndicator } from "../registry/matchIndicator";
import { parsePeriod } from "./periods";
import { type SheetGrid } from "./sheetGrid";

/** No group of a bureau's table spans more columns than this; it bounds the walk on hostile sheets. */
const GROUP_WIDTH_LIMIT = 64;
/** Columns that are never part of a group: notes and codes. */
const NEVER_GROUPED = /^(备注|说明|附注|注|序号|代码|编号|行次)$/;
/** A label that names its columns: an indicator (事故起数), a period (本年, 去年同期) or 其中. */
function isGroupLabel(text: string): boolean {
  return /^其中[:：]?$/.test(text) || parsePeriod(text) !== undefined || matchIndicator(text) !== undefined;
}

/** The first non-blank header text under a row in a column, or "". */
function subHeader(grid: SheetGrid, row: number, last: number, column: number): string {
  for (let r = row + 1; r <= last; r++) {
    const text = cleanHeader(grid.shown(r, column));
    if (text !== "") return text;
  }
  return "";
}

/**
 * The label a blank, unmerged header cell carries from the left: the nearest text in its row when
 * every cell between is blank and unmerged, that text names a group (isGroupLabel), every column
 * from it to this one has a sub-header, and none of them repeats the labelled column's sub-header
 * (本期 | 去年同期 | 幅度 | 本期 …: the second 本期 starts a group without a label, never the first's).
 *
 * @param grid the sheet
 * @param row a header row above the last
 * @param column the blank cell's column
 * @param left the header block's first column
 * @param last the header block's last row
 * @returns the label over this column, or undefined
 * @example labelAcross(grid, 2, 2, 0, 3) // "事故起数" for C3 in the first table above
 */
export function labelAcross(grid: SheetGrid, row: number, column: number, left: number, last: number): string | undefined {
  if (row >= last || grid.mergeAt(row, column) !== undefined || cleanHeader(grid.shown(row, column)) !== "") return undefined;
  const subs = [subHeader(grid, row, last, column)];
  if (subs[0] === "" || NEVER_GROUPED.test(subs[0])) return undefined;
  for (let c = column - 1; c >= Math.max(left, column - GROUP_WIDTH_LIMIT); c--) {
    if (grid.mergeAt(row, c) !== undefined) return undefined;
    const below = subHeader(grid, row, last, c);
    if (below === "") return undefined;
    const text = cleanHeader(grid.shown(row, c));
    if (text !== "") return isGroupLabel(text) && !subs.includes(below) ? text : undefined;
    subs.push(below);
  }
  return undefined;
}
