/**
 * The report plan: a host-independent description of the .docx report (issue 20). The core
 * decides what the document says — title, headings, the 综述's paragraphs with each figure's
 * source, tables, charts, the 数据核对 appendix and the 说明 — and a writer (`src/docx/`) lays it
 * out, in the 公文 layout (GB/T 9704-2012) for Chinese or an international release's for English.
 * docs/report-docx.md describes both layouts and where each rule comes from.
 */

/** A rectangle of a workbook sheet, 0-based and inclusive, as the source of a figure. */
export interface SheetRange {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Where a figure comes from and whether the 核对 questions it. */
export interface FigureSource {
  /** The source cells (a single cell, the cells a change or rate is computed from, a ledger's counted range). */
  readonly ranges: readonly SheetRange[];
  /** The same as text: "'事故分县统计'!B5、C5". */
  readonly text: string;
  /** The 核对 findings on those cells, as the author sees them; empty when none is open. */
  readonly findings: readonly string[];
}

/** A run of a paragraph: plain text, or a figure with its source. */
export type ReportRun = { readonly text: string } | ReportFigure;

/** One number of the body, traced to its source. */
export interface ReportFigure {
  readonly text: string;
  /** "F1", "F2" …: its number in the 说明 table and its bookmark's prefix. */
  readonly id: string;
  /** Undefined when no source cell could be found: the writer marks it for the author to check. */
  readonly source?: FigureSource;
  /** A few characters before and after, so the 说明 table says which figure it is. */
  readonly context: string;
}

/** A heading in the 公文 hierarchy: 1 一、(黑体), 2 （一）(楷体), 3 1.(仿宋), 4 (1)(仿宋). */
export interface ReportHeading {
  readonly kind: "heading";
  readonly level: 1 | 2 | 3 | 4;
  readonly text: string;
}

export interface ReportParagraph {
  readonly kind: "paragraph";
  readonly runs: readonly ReportRun[];
}

/** One cell of a report table. */
export interface ReportCell {
  readonly text: string;
  /** Numbers are right-aligned; text left; header cells centred. */
  readonly numeric: boolean;
  readonly columnSpan?: number;
  readonly rowSpan?: number;
  /** For a number: its source, traced through the summary's formulas to the workbook. */
  readonly source?: FigureSource;
}

export interface ReportTable {
  readonly kind: "table";
  /** "表1 2024年1—6月全州生产安全事故情况" is made of number and title. */
  readonly number: number;
  readonly title: string;
  /** Header rows (repeated on each page), each a list of cells; a spanned position has no cell. */
  readonly header: readonly (readonly ReportCell[])[];
  readonly body: readonly (readonly ReportCell[])[];
  /** Relative column widths (the summary sheet's, in characters). */
  readonly columnWidths: readonly number[];
  /** Notes under the table ("注：“—”表示…", the source ranges). */
  readonly notes: readonly string[];
}

/** A native chart: its data is embedded so that 编辑数据 / Edit Data opens it. */
export interface ReportChart {
  readonly kind: "chart";
  readonly number: number;
  readonly type: "column" | "bar" | "doughnut" | "line";
  readonly title: string;
  readonly categories: readonly string[];
  readonly series: readonly { readonly name: string; readonly values: readonly (number | null)[] }[];
  readonly valueAxisTitle?: string;
  readonly categoryAxisTitle?: string;
  /** Excel number format of the values ("0.0%"). */
  readonly numberFormat?: string;
  /** The template placeholder that names it ("图:事故对比"). */
  readonly key: string;
}

/** A page break before an appendix. */
export interface ReportPageBreak {
  readonly kind: "pageBreak";
}

/** An appendix's label line: "附件1" / "Annex 1". */
export interface ReportAnnexLabel {
  readonly kind: "annexLabel";
  readonly text: string;
}

/** A title inside the document (an appendix's). */
export interface ReportSubtitle {
  readonly kind: "subtitle";
  readonly text: string;
}

export type ReportBlock = ReportHeading | ReportParagraph | ReportTable | ReportChart | ReportPageBreak | ReportAnnexLabel | ReportSubtitle;

/** One part of the body that a template placeholder can take: {{综述}}, {{表:分县}}, {{图:事故对比}}. */
export interface ReportPart {
  /** The placeholder's key without braces. */
  readonly key: string;
  readonly blocks: readonly ReportBlock[];
}

/** The whole document. */
export interface ReportPlan {
  readonly language: "zh" | "en";
  /** zh: 公文 (GB/T 9704-2012); en: an international statistical release. */
  readonly layout: "gongwen" | "release";
  /** The title in lines, broken where the meaning allows (公文 titles are centred on one or more lines). */
  readonly titleLines: readonly string[];
  /** The body in order: the chapters, then the appendices. */
  readonly blocks: readonly ReportBlock[];
  /** The parts a template can place, by key. */
  readonly parts: readonly ReportPart[];
  /** Every figure of the body's paragraphs, in order (the 说明 table lists them). */
  readonly figures: readonly ReportFigure[];
  /** Document properties. */
  readonly properties: { readonly title: string; readonly subject: string; readonly description: string };
}
