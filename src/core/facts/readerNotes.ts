/**
 * What the reader could not decide, read by inference or left out, as every output states it (issue
 * 19.3): the summary sheet's 识别说明 block, the .docx report's 数据核对, the command line and the 核对's
 * verdict ("未发现计算不一致" says when such notes are open). One rule, here, for all of them.
 *
 * A note is a diagnostic of the reader (a row it cannot place, a header read by analogy, an
 * indicator taken from the title, a column set aside, a sheet it could not read) or a table that gave
 * no figure while others did. Left out is what the summary says by itself: a table without a 去年同期
 * column (the summary has no 同比 for it), an empty sheet (nothing to say), and figures outside every
 * table (`notRead`: the 核对 names them beside what it checked, notReadNotes in verdict.ts).
 */
import { MESSAGES, type Message } from "../messages";
import type { WorkbookFacts } from "./workbook";
import { understood } from "./understood";

/** One note, with the place it is about. */
export interface ReaderNote {
  readonly sheet: string;
  /** The cell or range it is about, when it is about one. */
  readonly address?: string;
  /** "warning": the reader could not decide or read something; "info": it read something by inference or set it aside. */
  readonly severity: "error" | "warning" | "info";
  /** A diagnostic of the reader, or a table that gave no figure (the command line names these as 未汇总). */
  readonly kind: "diagnostic" | "notSummarised";
  readonly message: Message;
}

/** Whether a diagnostic says only what the summary already shows: no 去年同期 column, an empty sheet, figures the 核对 names as not read. */
function shownBySummary(d: WorkbookFacts["diagnostics"][number]): boolean {
  if (d.notRead || d.message.zh === MESSAGES.reader.emptySheet.zh) return true;
  return d.address !== undefined && d.message.zh === MESSAGES.reader.noPreviousPeriod(d.address).zh;
}

/**
 * The notes every output states, in the reader's order: its diagnostics, then the tables that gave no
 * figure (only when something else was understood: otherwise the summary's "nothing recognised" lines
 * name every table). A table the reader already explained (another field's statistics) is named once.
 *
 * @param wf the workbook's facts
 * @returns the notes, none for a workbook the reader read without doubt
 * @example readerNotes(corpus11Facts)[0].address // "A12" (烟花爆竹 0 after parts that already add up to 商贸制造业)
 */
export function readerNotes(wf: WorkbookFacts): ReaderNote[] {
  const notes: ReaderNote[] = wf.diagnostics
    .filter((d) => d.sheet !== "" && !shownBySummary(d))
    .map((d) => ({ sheet: d.sheet, ...(d.address ? { address: d.address } : {}), severity: d.severity, kind: "diagnostic" as const, message: d.message }));
  if (!understood(wf)) return notes;
  const explained = new Set(notes.map((n) => `${n.sheet}!${n.address ?? ""}`));
  for (const n of wf.notUnderstood) {
    if (explained.has(`${n.sheet}!${n.address ?? ""}`)) continue;
    notes.push({ sheet: n.sheet, ...(n.address ? { address: n.address } : {}), severity: "warning", kind: "notSummarised", message: n.message });
  }
  return notes;
}
