/**
 * Whether a table's figures are preliminary or final, as its own words say: the title or the notes
 * under it ("注：1.本表为初步统计数，以国家自然灾害灾情管理系统数据为准", "快报"; "经核定", "核定数").
 * The 综述 writes 据初步统计 or 经核定 only where the source says it (issue 22.9, docs/report-rules.md).
 */
import { cleanHeader } from "../registry/headerText";
import type { TableModel } from "./model";
import { type Context, kindAt } from "./tableContext";

const PRELIMINARY = /初步统计|初步核[实定查]|初步数|初报|快报|预计数/;
const FINAL = /经核定|核定数|核定后|最终核[定实]|终报|正式数/;
/** Rows of notes read under a table (a note of three or four numbered points). */
const NOTE_ROWS = 5;

/**
 * The status a text states.
 *
 * @param text a title or a note
 * @returns "preliminary", "final", or undefined when it says neither
 * @example statusIn("注：1.本表为初步统计数，以国家自然灾害灾情管理系统数据为准") // "preliminary"
 */
export function statusIn(text: string): TableModel["status"] {
  if (PRELIMINARY.test(text)) return "preliminary";
  if (FINAL.test(text)) return "final";
  return undefined;
}

/**
 * The texts of a table's title and of the note rows right under it.
 *
 * @param ctx the sheet being read
 * @param title the table's title, if any
 * @param after the first row after the table's body (where a note may start)
 * @returns the title, then each note cell's text
 */
export function notesAround(ctx: Context, title: string | undefined, after: number): string[] {
  const texts = title ? [title] : [];
  const bottom = ctx.grid.top + ctx.kinds.length - 1;
  let r = after;
  while (r <= bottom && kindAt(ctx, r) === "blank") r++;
  if (r <= bottom && kindAt(ctx, r) === "note") {
    for (let row = r; row <= Math.min(bottom, r + NOTE_ROWS - 1); row++) {
      for (let c = ctx.left; c <= ctx.right; c++) {
        const t = cleanHeader(ctx.grid.value(row, c));
        if (t) texts.push(t);
      }
    }
  }
  return texts;
}

/**
 * The status of a table's figures, from its title and the note rows right under it.
 *
 * @param texts the title and the notes (`notesAround`)
 * @returns the status, or undefined when neither says one
 */
export function figuresStatus(texts: readonly string[]): TableModel["status"] {
  for (const t of texts) {
    const status = statusIn(t);
    if (status) return status;
  }
  return undefined;
}
