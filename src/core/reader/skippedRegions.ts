/**
 * Figures on a sheet that no table took: rows with numbers that lie outside every table the reader
 * read (黔西南州 4月份火灾情况: 接警出动 | 起数（起） over 火灾扑救 48 … 合计 160, stacked above the tables
 * of fires, whose header names no indicator the registry knows). They are named with their range and
 * the reason, never passed over without a word (issue 19 item 7).
 */
import { rangeAddress } from "../model/address";
import { cleanHeader } from "../registry/headerText";
import { MESSAGES } from "../messages";
import type { Diagnostic } from "./model";
import { kindAt, type Context } from "./tableContext";

/** At most this many header cells are quoted in the message. */
const QUOTED_HEADERS = 4;

/**
 * The regions of figures in one band of columns that no table covers, as warnings.
 *
 * @param ctx the band
 * @param covered the sheet rows the band's tables (and the shapes named otherwise) cover, first to last
 * @returns one warning per region: its range, the header above it as written, and why it was not read
 * @example skippedRegions(ctx, [[10, 15]]) // [{ address: "A3:B9", message: { zh: "A3:B9 有数字…" } }]
 */
export function skippedRegions(ctx: Context, covered: readonly (readonly [number, number])[]): Diagnostic[] {
  const { grid } = ctx;
  const isCovered = (r: number) => ctx.claimed.has(r) || covered.some(([a, b]) => r >= a && r <= b);
  const free = (r: number) => r >= grid.top && r <= grid.bottom && !isCovered(r);
  const found: Diagnostic[] = [];
  let r = grid.top;
  while (r <= grid.bottom) {
    if (!free(r) || kindAt(ctx, r) !== "data") {
      r++;
      continue;
    }
    // A run of figure rows (a blank row or a row of words ends it), with the rows of words just above it as its header.
    let last = r;
    while (free(last + 1) && kindAt(ctx, last + 1) === "data") last++;
    let first = r;
    while (free(first - 1) && kindAt(ctx, first - 1) === "text") first--;
    const headers: string[] = [];
    let left = ctx.right;
    let right = ctx.left;
    for (let row = first; row <= last; row++)
      for (let c = ctx.left; c <= ctx.right; c++) {
        const text = cleanHeader(grid.value(row, c));
        if (text === "") continue;
        left = Math.min(left, c);
        right = Math.max(right, c);
        if (row < r && headers.length < QUOTED_HEADERS) headers.push(text);
      }
    const address = rangeAddress(first, left, last - first + 1, right - left + 1);
    found.push({ severity: "warning", sheet: ctx.name, address, message: MESSAGES.reader.figuresNotRead(address, headers), notRead: true });
    r = last + 1;
  }
  return found;
}
