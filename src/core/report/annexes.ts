/**
 * The report's appendices: 附件1 数据核对 (the 核对 findings, or the summary's own words when
 * there are none, then the 识别说明: what the reader could not decide, each note with its cell) and 附件2 说明 (the source workbook and when the report was generated, which
 * figures are preliminary, which are to be confirmed, and a table of every figure of the text
 * with its source cells and 核对 status).
 */
import type { ReaderNote } from "../facts";
import { MESSAGES } from "../messages";
import type { Finding } from "../reader/model";
import { generatedText } from "../summary/provenance";
import type { SummaryPlan } from "../summary/plan";
import type { FigureParagraph } from "./narrativeFigures";
import type { ReportBlock, ReportCell, ReportFigure, ReportPart, ReportTable } from "./types";

/** What the appendices are written from. */
export interface AnnexInputs {
  readonly plan: SummaryPlan;
  readonly findings: readonly Finding[];
  /** What the reader could not decide, read by inference or set aside (facts/readerNotes.ts), said after the 核对. */
  readonly readerNotes: readonly ReaderNote[];
  readonly paragraphs: readonly FigureParagraph[];
  readonly language: "zh" | "en";
  readonly sourceName: string;
  readonly generatedAt?: string;
  readonly tablesBefore: number;
}

/**
 * A bookmark name for a figure, as Word and WPS accept them: a letter first, letters, digits and
 * underscores, at most 40 characters: "F3_事故分县统计_B5".
 *
 * @param figure the figure
 * @returns the name
 * @example bookmarkName({ id: "F3", text: "23", context: "", source: { text: "'事故分县统计'!B5", ranges: [], findings: [] } }) // "F3_事故分县统计_B5"
 */
export function bookmarkName(figure: ReportFigure): string {
  const where = figure.source?.text.split(/[；;]/)[0] ?? "";
  const m = /^'?((?:[^']|'')*)'?!([A-Z]+\d+)/.exec(where);
  const tail = m ? `_${m[1]}_${m[2]}` : "";
  return `${figure.id}${tail}`.replace(/[^\p{L}\p{N}_]/gu, "_").slice(0, 40);
}

function say(m: { zh: string; en: string }, language: "zh" | "en"): string {
  return language === "en" ? m.en : m.zh;
}

/** The 数据核对 annex's lines: each finding with its place, or the summary's words when there is none. */
function checkLines(input: AnnexInputs): string[] {
  const { language } = input;
  if (input.findings.length)
    return input.findings.map((f, i) => `${i + 1}. ${language === "en" ? `${f.sheet}!${f.cell}: ${f.message.en}` : `“${f.sheet}”${f.cell}：${f.message.zh}`}`);
  const section = input.plan.sections.find((s) => s.id === "checks");
  const lines: string[] = [];
  for (let r = (section?.firstRow ?? 0) + 1; section && r <= section.lastRow; r++) {
    const text = input.plan.cells[r]?.[0]?.value;
    if (typeof text === "string" && text) lines.push(text);
  }
  return lines;
}

/**
 * The 识别说明 after the 核对's lines: a heading, what the notes are, and each note with its sheet and
 * cell, as the summary sheet's section lists them (none when the reader read everything without doubt).
 */
function readerNoteBlocks(input: AnnexInputs): ReportBlock[] {
  const { language } = input;
  if (!input.readerNotes.length) return [];
  const stop = (t: string) => (/[。.！？!?]$/.test(t) ? t : `${t}${language === "en" ? "." : "。"}`);
  const place = (n: ReaderNote) => (language === "en" ? `${n.sheet}${n.address ? `!${n.address}` : ""}: ` : `“${n.sheet}”${n.address ?? ""}：`);
  const text = (t: string): ReportBlock => ({ kind: "paragraph", runs: [{ text: t }] });
  const colon = language === "en" ? ": " : "：";
  return [
    text(stop(`${say(MESSAGES.facts.readerNotesTitle, language)}${colon}${say(MESSAGES.facts.readerNotesLead, language)}`)),
    ...input.readerNotes.map((n, i) => text(stop(`${i + 1}. ${place(n)}${say(n.message, language)}`))),
  ];
}

/** The 说明's table of figures. */
function figureTable(input: AnnexInputs, number: number): ReportTable {
  const { language } = input;
  const cell = (text: string, numeric = false): ReportCell => ({ text, numeric });
  const header = [[0, 1, 2, 3, 4].map((i) => cell(say(MESSAGES.report.notesColumn(i), language)))];
  const body = input.paragraphs.flatMap((p) =>
    p.figures.map((f) => {
      const status = !f.source
        ? say(MESSAGES.report.untraced, language)
        : f.source.findings.length
          ? f.source.findings.join(language === "en" ? "; " : "；")
          : say(MESSAGES.report.checkOk, language);
      const preliminary = p.topic === "disasters" ? (language === "en" ? " (preliminary)" : "（初步统计）") : "";
      return [cell(f.id), cell(f.text, true), cell(f.context), cell(f.source?.text ?? "—"), cell(`${status}${preliminary}`)];
    }),
  );
  return { kind: "table", number, title: say(MESSAGES.report.notesTraceHeading, language), header, body, columnWidths: [6, 10, 24, 22, 16], notes: [] };
}

/**
 * The two appendices.
 *
 * @param input the plan, findings, traced paragraphs, language and source
 * @returns the blocks (each appendix on a new page) and their template parts
 */
export function annexes(input: AnnexInputs): { blocks: ReportBlock[]; parts: ReportPart[] } {
  const { language } = input;
  const text = (t: string): ReportBlock => ({ kind: "paragraph", runs: [{ text: t }] });
  const checks: ReportBlock[] = [
    { kind: "pageBreak" },
    { kind: "annexLabel", text: say(MESSAGES.report.annexLabel(1), language) },
    { kind: "subtitle", text: say(MESSAGES.report.checksTitle, language) },
    ...checkLines(input).map(text),
    ...readerNoteBlocks(input),
  ];
  const figures = input.paragraphs.flatMap((p) => p.figures);
  const toConfirm = figures.filter((f) => !f.source || f.source.findings.length).length;
  const disasters = input.paragraphs.some((p) => p.topic === "disasters");
  const heading = (n: number, m: { zh: string; en: string }): ReportBlock => ({ kind: "heading", level: 3, text: `${n}. ${say(m, language)}` });
  const notes: ReportBlock[] = [
    { kind: "pageBreak" },
    { kind: "annexLabel", text: say(MESSAGES.report.annexLabel(2), language) },
    { kind: "subtitle", text: say(MESSAGES.report.notesTitle, language) },
    heading(1, MESSAGES.report.notesSourceHeading),
    text(say(MESSAGES.report.notesSource(input.sourceName, generatedText(input.generatedAt, language)), language)),
    heading(2, MESSAGES.report.notesPreliminaryHeading),
    text(say(disasters ? MESSAGES.report.notesPreliminaryDisasters : MESSAGES.report.notesPreliminaryNone, language)),
    heading(3, MESSAGES.report.notesConfirmHeading),
    text(say(toConfirm ? MESSAGES.report.notesConfirm(toConfirm) : MESSAGES.report.notesNoneToConfirm, language)),
    heading(4, MESSAGES.report.notesTraceHeading),
    text(say(MESSAGES.report.notesTrace, language)),
    ...(figures.length ? [figureTable(input, input.tablesBefore + 1)] : []),
  ];
  return {
    blocks: [...checks, ...notes],
    parts: [
      { key: "数据核对", blocks: checks.slice(1) },
      { key: "说明", blocks: notes.slice(1) },
    ],
  };
}
