/**
 * A figure resting on a reading note is never told as certain (issue 22, claim 3's rule for what the reader
 * could not decide): the clauses of the 综述 whose figures come from cells a 识别说明 names — a leaf header
 * read by analogy with its siblings (malformed-blank-leaf C4: 去年同期), one header on two columns
 * (malformed-duplicate-headers C1:D1) — end "（待核实，见识别说明）" / "(to be confirmed; see the reading notes)".
 *
 * One rule for every paragraph, kept out of them: the 综述 is built again with those figures moved up and down,
 * and a clause (in English, a sentence) that changes with them rests on them; the mark follows that clause,
 * so the figures beside it that no note touches are not put in doubt. A note on a header cell covers the column under it, to
 * the bottom of its table; a note on other cells covers those cells.
 */
import type { WorkbookFacts } from "../facts";
import { readerNotes } from "../facts/readerNotes";
import { parseCellAddress } from "../model/address";
import type { SourcedValue } from "./facts";

/** Cells a reading note covers: rows top…bottom, columns left…right (0-based) of one sheet. */
export interface NotedRange {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const ZH_MARK = "（待核实，见识别说明）";
const EN_MARK = " (to be confirmed; see the reading notes)";

function rangeOf(sheet: string, address: string): NotedRange | undefined {
  const [a, b = a] = address.split(":");
  const [from, to] = [parseCellAddress(a), parseCellAddress(b)];
  if (!from || !to) return undefined;
  return {
    sheet,
    top: Math.min(from.row, to.row),
    left: Math.min(from.column, to.column),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.column, to.column),
  };
}

const within = (inner: NotedRange, outer: NotedRange) =>
  inner.sheet === outer.sheet && inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;

/**
 * The cells the workbook's warning reading notes cover (what the reader could not decide): a note's columns
 * from its top row to the bottom of the table it lies in, else its own cells.
 *
 * @param wf the workbook's facts
 * @returns the ranges, none when the reader read everything without doubt
 * @example notedRanges(blankLeafFacts) // [{ sheet: "事故分县统计", top: 3, left: 2, bottom: 14, right: 2 }]
 */
export function notedRanges(wf: WorkbookFacts): NotedRange[] {
  const tables = wf.sources.flatMap((s) => (s.kind === "table" ? [rangeOf(s.sheet, s.address)].filter((r): r is NotedRange => !!r) : []));
  // What the reader could not decide (warnings); a column it set aside or read in another unit (info) gives no figure.
  return readerNotes(wf).flatMap((note) => {
    const own = note.address && note.severity !== "info" ? rangeOf(note.sheet, note.address) : undefined;
    if (!own) return [];
    const table = tables.find((t) => within(own, t));
    return [table ? { ...own, bottom: table.bottom } : own];
  });
}

function covers(ranges: readonly NotedRange[], v: SourcedValue): boolean {
  const c = v.cell;
  if (c && ranges.some((r) => r.sheet === c.sheet && c.row >= r.top && c.row <= r.bottom && c.column >= r.left && c.column <= r.right)) return true;
  const parts = [...(v.sumOf ?? []), ...((v as { ratioOf?: readonly SourcedValue[] }).ratioOf ?? [])];
  return parts.some((p) => covers(ranges, p));
}

/** Counts the facts hold that were made from rows' figures (the 10 of "10个县（市）中有1个…双下降"): moved with them. */
const COUNTED = ["comparedRows", "bothDownRows", "disasterCounties"];

/** A copy of the facts with every figure the ranges cover moved (up, ×1.5 + 7, or down, ×0.4): what rests on them reads differently. */
function moved<T>(root: T, ranges: readonly NotedRange[], move: (x: number) => number): { copy: T; any: boolean } {
  const memo = new Map<object, { copy: unknown; touched: boolean }>();
  const walk = (x: unknown): { copy: unknown; touched: boolean } => {
    if (x === null || typeof x !== "object") return { copy: x, touched: false };
    const known = memo.get(x);
    if (known) return known;
    if (Array.isArray(x)) {
      const out: unknown[] = [];
      const result = { copy: out as unknown, touched: false };
      memo.set(x, result);
      for (const y of x) {
        const w = walk(y);
        out.push(w.copy);
        result.touched ||= w.touched;
      }
      return result;
    }
    if (Object.getPrototypeOf(x) !== Object.prototype) return { copy: x, touched: false };
    const out: Record<string, unknown> = {};
    const result = { copy: out as unknown, touched: false };
    memo.set(x, result);
    for (const [k, v] of Object.entries(x)) {
      const w = walk(v);
      out[k] = w.copy;
      result.touched ||= w.touched;
    }
    const value = (x as SourcedValue).value;
    if (typeof value === "number" && Number.isFinite(value) && covers(ranges, x as SourcedValue)) {
      out.value = move(value);
      result.touched = true;
    }
    if (result.touched) for (const k of COUNTED) if (typeof out[k] === "number") out[k] = move(out[k] as number);
    return result;
  };
  const top = walk(root);
  return { copy: top.copy as T, any: top.touched };
}

/**
 * A paragraph's clauses, each with the stop that closes it: in Chinese "，" "；" "。"; in English whole
 * sentences, whose commas also separate the items of one list ("Chuxiong City, Lufeng City and …").
 */
function clauses(paragraph: string, language: "zh" | "en"): string[] {
  return (language === "zh" ? paragraph.match(/[^，；。]+[，；。]?/g) : paragraph.match(/.+?(?:\.(?=\s|$)|$)\s*/g)) ?? [paragraph];
}

/** A clause with the mark before its stop. */
function marked(clause: string, language: "zh" | "en"): string {
  const m = /^(.*?)([，；。.]?)(\s*)$/s.exec(clause)!;
  return `${m[1]}${language === "zh" ? ZH_MARK : EN_MARK}${m[2]}${m[3]}`;
}

/**
 * The paragraphs with every clause that rests on a noted figure marked 待核实 (see the file's comment).
 *
 * @param paragraphs the 综述 as built
 * @param source what it was built from
 * @param ranges the cells the reading notes cover (notedRanges)
 * @param build builds the 综述 from a source
 * @param language the 综述's language
 * @returns the paragraphs, marked where they rest on a noted figure
 * @example withNoteMarks(["全州共发生各类生产安全事故23起、死亡26人、受伤11人。"], s, ranges, build, "zh")[0] // "…受伤11人（待核实，见识别说明）。"
 */
export function withNoteMarks<S>(
  paragraphs: readonly string[],
  source: S,
  ranges: readonly NotedRange[],
  build: (s: S) => string[],
  language: "zh" | "en",
): string[] {
  if (!ranges.length) return [...paragraphs];
  // Moved both ways: a count of counties whose figures fell in both may stand still one way (malformed-blank-leaf's 双下降).
  const tries = [(x: number) => x * 1.5 + 7, (x: number) => x * 0.4].map((move) => moved(source, ranges, move));
  if (!tries[0].any) return [...paragraphs];
  const others = tries.map(({ copy }) => new Set(build(copy).flatMap((p) => clauses(p, language).map((c) => c.trim()))));
  return paragraphs.map((p) =>
    clauses(p, language)
      .map((c) => (others.every((other) => other.has(c.trim())) ? c : marked(c, language)))
      .join(""),
  );
}
