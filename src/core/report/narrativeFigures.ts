/**
 * The 综述's paragraphs as report paragraphs: each number a figure with its source cells and
 * 核对 status (traced by rebuilding the 综述, see traceNarrative.ts), each paragraph with the
 * chapter it belongs to. Dates (2024年1—6月) stay text; a number no source was found for stays a
 * figure without a source, which the writer marks for the author to check.
 */
import { MESSAGES, type ReportTopic } from "../messages";
import type { LedgerModel, WorkbookModel } from "../reader/model";
import type { NarrativeSource } from "../summary/narrativeSource";
import type { GroupTable, SourcedValue } from "../summary/facts";
import { figureSource, type LocatedFinding } from "./figureSources";
import { distinctRanges, parseReferences } from "./sheetRanges";
import type { TracedLeaf, TracedParagraph } from "./traceNarrative";
import type { FigureSource, ReportFigure, ReportRun, SheetRange } from "./types";

/** A paragraph of the 综述 ready for the report. */
export interface FigureParagraph {
  readonly runs: ReportRun[];
  readonly figures: ReportFigure[];
  /** The chapter it goes in; undefined when no figure says (it follows the paragraph before). */
  readonly topic?: ReportTopic;
}

const SECTION_TOPICS: Readonly<Record<string, ReportTopic>> = {
  accidents: "accidents",
  byRegion: "accidents",
  byIndustry: "accidents",
  losses: "disasters",
  disasterScope: "disasters",
  disasterCounties: "disasters",
  hazards: "hazards",
  enforcement: "enforcement",
};

/**
 * The chapter of a fact, from where it sits in the facts.
 *
 * @param path the leaf's path (".facts.accidents.0.current", ".sections.blocks.2.total.current.0")
 * @param source the facts
 * @returns the topic, if the path names one
 */
export function topicOfPath(path: string, source: NarrativeSource): ReportTopic | undefined {
  const [, root, key, index] = path.split(".");
  if (root === "facts") return SECTION_TOPICS[key];
  if (root === "denominators") return "controlRates";
  if (root === "sections" && key === "blocks") return source.sections.blocks[Number(index)]?.section;
  return undefined;
}

/** A sheet range from "A3:J15" on a sheet. */
function addressRange(sheet: string, address: string): SheetRange[] {
  return parseReferences(address, sheet);
}

/** A denominator the user typed (".denominators.rows.0.current.value" whose operand is given): it has no cell. */
function isGiven(leaf: TracedLeaf, source: NarrativeSource): boolean {
  const [, root, rows, index, period] = leaf.path.split(".");
  if (root !== "denominators" || rows !== "rows" || (period !== "current" && period !== "previous")) return false;
  return !!source.denominators.rows[Number(index)]?.[period]?.given;
}

/** The ranges a leaf of the facts comes from. */
function leafRanges(leaf: TracedLeaf, source: NarrativeSource, model: WorkbookModel): SheetRange[] {
  if (isGiven(leaf, source)) return [];
  if (leaf.key === "bothDownRows") {
    // The 双下降 count: the accident and death cells of the rows counted, both periods (not the whole table).
    const cells = bothDownCells(leaf.holder as GroupTable);
    if (cells.length) return cells;
  }
  if (leaf.key !== "value") {
    // A count the reader made of the rows of a table (the counties of the loss table, the compared rows of a
    // by-county table, whose holder names its sheet): the table's, or the ledger's, rows.
    const sheet = leaf.key === "disasterCounties" ? source.facts.losses?.sheet : (leaf.holder as { sheet?: string }).sheet;
    const tables = model.tables.filter((t) => t.sheet === sheet).flatMap((t) => addressRange(t.sheet, t.address));
    return tables.length ? tables : model.ledgers.filter((l) => l.sheet === sheet).flatMap((l) => addressRange(l.sheet, l.address));
  }
  const own = valueRanges(leaf.holder as SourcedValue & { ratioOf?: readonly SourcedValue[] });
  if (own.length) return own;
  // A figure counted from a ledger's records, held as a value: the ledger's rows.
  const ledger: LedgerModel | undefined = model.ledgers.find((l) => l.subtype === (/hazard/i.test(leaf.path) ? "hazard" : "accident")) ?? model.ledgers[0];
  return ledger ? addressRange(ledger.sheet, ledger.address) : [];
}

/** The cells of the rows a 双下降 count counts: their accidents and deaths, this period and a year earlier. */
function bothDownCells(t: GroupTable): SheetRange[] {
  const counted = t.rows.filter((r) => r.role === "data" && t.bothDownLabels?.includes(r.label));
  const pairs = counted.flatMap((r) => r.pairs.filter((p) => p.indicator === "accident_count" || p.indicator === "deaths"));
  return pairs.flatMap((p) => [...valueRanges(p.current), ...valueRanges(p.previous)]);
}

function valueRanges(v: SourcedValue & { ratioOf?: readonly SourcedValue[] }): SheetRange[] {
  const out: SheetRange[] = [];
  if (v.cell) out.push({ sheet: v.cell.sheet, top: v.cell.row, left: v.cell.column, bottom: v.cell.row, right: v.cell.column });
  for (const part of [...(v.sumOf ?? []), ...(v.ratioOf ?? [])]) out.push(...valueRanges(part));
  if (v.formula) out.push(...parseReferences(v.formula, ""));
  return out.filter((r) => r.sheet);
}

/**
 * Groups the leaves that stand for one source: the same cell read twice is changed together.
 *
 * @returns a key function for traceNarrative
 */
export function leafKey(): (leaf: TracedLeaf) => string {
  const ids = new WeakMap<object, number>();
  let next = 0;
  return (leaf) => {
    const cell = (leaf.holder as SourcedValue).cell;
    if (leaf.key === "value" && cell) return `${cell.sheet}!${cell.address}`;
    if (!ids.has(leaf.holder)) ids.set(leaf.holder, next++);
    return `#${ids.get(leaf.holder)}:${leaf.key}`;
  };
}

/** A few characters (Chinese) or words (English) around a figure, within its sentence, for the 说明 table. */
function contextOf(text: string, start: number, end: number, language: "zh" | "en"): string {
  if (language === "en") {
    const before = (
      text
        .slice(Math.max(0, start - 32), start)
        .split(/[.;](?=\s)/)
        .pop() ?? ""
    ).replace(/^\S*\s/, "");
    const after = text
      .slice(end, end + 16)
      .replace(/\s\S*$/, "")
      .split(/[,.;)](?=\s|$)/)[0];
    return `${before.trimStart()}${text.slice(start, end)}${after}`;
  }
  const before =
    text
      .slice(Math.max(0, start - 14), start)
      .split(/[。；]/)
      .pop() ?? "";
  const after = text.slice(end, end + 6).split(/[，。；]/)[0];
  // Never start inside a number cut in two ("6.59万元" of 126.59万元).
  return `${before.replace(/^[\d.,%]+/, "").replace(/^[，、：\s]+/, "")}${text.slice(start, end)}${after}`;
}

/** A figure's source that also says the user typed one of its figures (a rate over a denominator given in the pane). */
function withGiven(source: FigureSource | undefined, given: boolean, language: "zh" | "en"): FigureSource {
  const typed = language === "en" ? MESSAGES.report.givenSource.en : MESSAGES.report.givenSource.zh;
  if (!source) return { ranges: [], text: typed, findings: [] };
  return given ? { ...source, text: `${source.text}${language === "en" ? "; " : "；"}${typed}` } : source;
}

/**
 * The traced paragraphs as report paragraphs, figures numbered from `firstId`.
 *
 * @param traced the traced 综述
 * @param source the facts it was built from
 * @param model the reader's model (tables and ledgers for counted figures)
 * @param findings the 核对 findings with their ranges
 * @param language the report's language
 * @returns the paragraphs
 */
export function figureParagraphs(
  traced: readonly TracedParagraph[],
  source: NarrativeSource,
  model: WorkbookModel,
  findings: readonly LocatedFinding[],
  language: "zh" | "en",
): FigureParagraph[] {
  let n = 0;
  return traced.map((p) => {
    const runs: ReportRun[] = [];
    const figures: ReportFigure[] = [];
    let at = 0;
    let topic: ReportTopic | undefined;
    for (const number of p.numbers) {
      if (number.date) continue;
      if (number.start > at) runs.push({ text: p.text.slice(at, number.start) });
      const ranges = distinctRanges(number.leaves.flatMap((leaf) => leafRanges(leaf, source, model)));
      // A denominator's cell may also be an indicator block's figure (a GDP table is both): the control indicators claim it.
      const topics = number.leaves.map((leaf) => topicOfPath(leaf.path, source));
      topic ??= topics.includes("controlRates") ? "controlRates" : topics.find((t) => t);
      const given = number.leaves.some((leaf) => isGiven(leaf, source));
      const figure: ReportFigure = {
        text: number.text,
        id: `F${++n}`,
        context: contextOf(p.text, number.start, number.end, language),
        ...(ranges.length || given ? { source: withGiven(figureSource(ranges, findings, language), given, language) } : {}),
      };
      runs.push(figure);
      figures.push(figure);
      at = number.end;
    }
    if (at < p.text.length) runs.push({ text: p.text.slice(at) });
    return { runs, figures, ...(topic ? { topic } : {}) };
  });
}
