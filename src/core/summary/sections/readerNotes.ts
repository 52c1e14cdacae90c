/**
 * The 识别说明 section, right after the 核对: what the reader could not decide, read by inference or
 * set aside (src/core/facts/readerNotes.ts), each with its sheet and cell or range, so a sheet whose
 * 核对 found nothing inconsistent never hides that the reading itself was in doubt (issue 19.3:
 * corpus 11's 烟花爆竹, A12, 0 after parts that already add up to 商贸制造业, was listed as a
 * first-level row with nothing said). The note spans the rest of the tables' width, as the 核对's does.
 */
import { cellAddress } from "../../model/address";
import type { ReaderNote } from "../../facts";
import { MESSAGES } from "../../messages";
import { header, heading } from "../cells";
import type { Labels } from "../labels";
import type { SummaryOptions } from "../options";
import type { PlanSection } from "../plan";
import type { SheetBuilder } from "../sheetBuilder";

/** A note as a sentence: its full stop, unless it ends with one. */
function sentence(text: string, o: SummaryOptions): string {
  return /[。.！？!?]$/.test(text) ? text : `${text}${o.language === "zh" ? "。" : "."}`;
}

/**
 * Writes the section: its heading, a line saying what the notes are, and one row per note.
 *
 * @param b the sheet being planned
 * @param notes the notes (readerNotes(wf)); none writes nothing
 * @param L the sheet's labels
 * @param o the options (language)
 * @param index the section number
 * @param width the tables' width, over which each note is merged
 * @returns the section
 * @example readerNotesSection(b, readerNotes(corpus11Facts), L, o, 4, 7) // rows "分行业 | A12 | “烟花爆竹”（A12）各数为0…"
 */
export function readerNotesSection(b: SheetBuilder, notes: readonly ReaderNote[], L: Labels, o: SummaryOptions, index: number, width: number): PlanSection {
  const title = MESSAGES.facts.readerNotesTitle[o.language];
  const first = heading(b, index, title, width, o);
  b.set(first + 1, 0, { value: sentence(MESSAGES.facts.readerNotesLead[o.language], o) });
  b.style(first + 1, 0, 1, width, "note");
  const lastColumn = Math.max(3, width) - 1;
  header(b, first + 2, [L.sheet, L.cell, L.message]);
  if (lastColumn > 2) {
    b.style(first + 2, 3, 1, lastColumn - 2, "header");
    b.merges.push(`${cellAddress(first + 2, 2)}:${cellAddress(first + 2, lastColumn)}`);
  }
  notes.forEach((n, i) => {
    const r = first + 3 + i;
    b.set(r, 0, { value: n.sheet });
    if (n.address) b.set(r, 1, { value: n.address });
    b.set(r, 2, { value: sentence(n.message[o.language], o) });
    if (lastColumn > 2) b.merges.push(`${cellAddress(r, 2)}:${cellAddress(r, lastColumn)}`);
  });
  b.style(first + 3, 0, notes.length, lastColumn + 1, "remark");
  return { id: "readerNotes", title, firstRow: first, lastRow: first + 2 + notes.length };
}
