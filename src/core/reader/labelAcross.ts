/**
 * A group label written once over its columns without a merge: Excel's 跨列居中 (centre across
 * selection) keeps the text in the first cell only, and a table that went through pandas, a CSV
 * or 取消合并 loses its merges the same way:
 *
 *   事故起数 |          |               | 死亡人数 | …
 *   本期     | 去年同期 | 同比增减幅度(%) | 本期     | …
 *
 * Without this rule 去年同期 under the blank cell belongs to no indicator and the comparison is lost.
 */
import { cleanHeader } from "../registry/headerText";
import { changeRoleOf, parsePeriod } from "./periods";
import { type SheetGrid } from "./sheetGrid";

/** Whether a sub-header names a period or a change (本期, 去年同期, 2023年, 增减, 幅度(%)…). */
function isPeriodOrChange(text: string): boolean {
  return text !== "" && (parsePeriod(text) !== undefined || changeRoleOf(text) !== undefined);
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
 * every cell between is blank and unmerged, the labelled column and this one both stand over
 * period or change sub-headers, and this column's sub-header does not start a new group (a second
 * 本期 after 本期 | 去年同期 is a group without a label, never the first group's).
 *
 * @param grid the sheet
 * @param row a header row above the last
 * @param column the blank cell's column
 * @param left the header block's first column
 * @param last the header block's last row
 * @returns the label over this column, or undefined
 * @example labelAcross(grid, 2, 2, 0, 3) // "事故起数" for C3 in the table above
 */
export function labelAcross(grid: SheetGrid, row: number, column: number, left: number, last: number): string | undefined {
  if (row >= last || grid.mergeAt(row, column) !== undefined || cleanHeader(grid.shown(row, column)) !== "") return undefined;
  const own = subHeader(grid, row, last, column);
  if (!isPeriodOrChange(own)) return undefined;
  for (let c = column - 1; c >= left; c--) {
    if (grid.mergeAt(row, c) !== undefined) return undefined;
    const text = cleanHeader(grid.shown(row, c));
    const below = subHeader(grid, row, last, c);
    if (!isPeriodOrChange(below) || below === own) return undefined;
    if (text !== "") return text;
  }
  return undefined;
}
