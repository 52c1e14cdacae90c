/**
 * The report plan's blocks as Word content: paragraphs whose figures carry a bookmark each (and,
 * where the 核对 questions them, a highlight and a comment the author removes once confirmed),
 * headings, tables with repeated header rows and right-aligned numbers, and native charts.
 */
import {
  AlignmentType,
  BorderStyle,
  Bookmark,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  HeightRule,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type FileChild,
  type ICommentOptions,
  type ParagraphChild,
} from "docx";
import { MESSAGES } from "../core/messages";
import { bookmarkName } from "../core/report/annexes";
import type { ReportBlock, ReportCell, ReportFigure, ReportTable } from "../core/report/types";
import { chartParagraph } from "./charts";
import { pt, type Layout } from "./layout";
import type { Formatter, Kind } from "./styles";

/** Collects the comments the content refers to (docx writes them into comments.xml). */
export class Comments {
  readonly list: ICommentOptions[] = [];
  constructor(
    private readonly language: "zh" | "en",
    private readonly date: Date,
  ) {}
  /** The runs of a marked span: its start, the runs, its end and the reference Word shows. */
  wrap(children: ParagraphChild[], text: string): ParagraphChild[] {
    const id = this.list.length;
    const author = this.language === "en" ? MESSAGES.report.author.en : MESSAGES.report.author.zh;
    this.list.push({ id, author, initials: "BS", date: this.date, children: [new Paragraph({ children: [new TextRun(text)] })] });
    return [new CommentRangeStart(id), ...children, new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })];
  }
}

/** The comment text for a figure the author should confirm, or undefined. */
function confirmText(source: ReportFigure["source"], language: "zh" | "en"): string | undefined {
  const say = (m: { zh: string; en: string }) => (language === "en" ? m.en : m.zh);
  if (!source) return say(MESSAGES.report.untracedComment);
  return source.findings.length ? say(MESSAGES.report.confirmComment(source.findings)) : undefined;
}

/** How the blocks are written: their format, where comments go (none in a template: highlights only), the language. */
export interface BlockContext {
  readonly layout: Layout;
  readonly format: Formatter;
  readonly comments?: Comments;
  readonly language: "zh" | "en";
}

/** A figure: its bookmark, highlighted (with a comment where comments can go) when it is to be confirmed. */
function figureRuns(figure: ReportFigure, x: BlockContext, sign = ""): ParagraphChild[] {
  const confirm = confirmText(figure.source, x.language);
  const run = new TextRun({ ...x.format.run("body"), text: `${figure.text}${sign}`, ...(confirm ? { highlight: "yellow" as const } : {}) });
  const marked: ParagraphChild[] = [new Bookmark({ id: bookmarkName(figure), children: [run] })];
  return confirm && x.comments ? x.comments.wrap(marked, confirm) : marked;
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "000000" };

function tableCell(cell: ReportCell, header: boolean, x: BlockContext, size: number): TableCell {
  const alignment = header ? AlignmentType.CENTER : cell.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT;
  const confirm = !header && cell.source?.findings.length ? confirmText(cell.source, x.language) : undefined;
  const run = new TextRun({ ...x.format.run("table"), text: cell.text, bold: header, size: size * 2, ...(confirm ? { highlight: "yellow" as const } : {}) });
  return new TableCell({
    children: [new Paragraph({ ...x.format.paragraph("table"), alignment, children: confirm && x.comments ? x.comments.wrap([run], confirm) : [run] })],
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 60, right: 60, top: 20, bottom: 20 },
    ...(cell.columnSpan ? { columnSpan: cell.columnSpan } : {}),
    ...(cell.rowSpan ? { rowSpan: cell.rowSpan } : {}),
  });
}

/** Width of a text in ems: CJK and full-width 1, other characters about half. */
function ems(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) < 0x2000 ? 0.55 : 1;
  return w;
}

/**
 * Column widths from what the columns hold (a header spanning columns counts towards each), in
 * ems, and the font size that lets them fit the text block: the table's size, or a point less.
 */
function columnsFor(t: ReportTable, layout: Layout): { widths: number[]; size: number } {
  const n = t.columnWidths.length;
  const need = new Array<number>(n).fill(2);
  // Rows below a cell that spans rows hold no cell in its column.
  const spanned = new Array<number>(n).fill(0);
  const headerRows = new Set(t.header);
  for (const cells of [...t.header, ...t.body]) {
    let c = 0;
    for (const cell of cells) {
      while (c < n && spanned[c] > 0) c++;
      const span = cell.columnSpan ?? 1;
      // A header may wrap onto two lines; a body cell (a name, a number) should not.
      const w = (headerRows.has(cells) ? ems(cell.text) / 2 : ems(cell.text)) / span + 1.5;
      for (let k = 0; k < span && c + k < n; k++) {
        need[c + k] = Math.max(need[c + k], w);
        if ((cell.rowSpan ?? 1) > 1) spanned[c + k] = cell.rowSpan!;
      }
      c += span;
    }
    for (let k = 0; k < n; k++) if (spanned[k] > 0) spanned[k]--;
  }
  const total = need.reduce((a, b) => a + b, 0);
  const fits = (size: number) => total * size <= layout.blockWidthPt;
  const size = fits(layout.table.size) ? layout.table.size : Math.max(layout.table.size - 1.5, 7.5);
  return { widths: need, size };
}

/** A table: caption above, header rows repeated on every page, notes below. */
function table(t: ReportTable, x: BlockContext): FileChild[] {
  const { layout, language } = x;
  const { widths, size } = columnsFor(t, layout);
  const total = widths.reduce((a, b) => a + b, 0) || 1;
  const widthTwips = Math.round(pt(layout.blockWidthPt));
  const columnWidths = widths.map((w) => Math.floor((w / total) * widthTwips));
  const caption = language === "en" ? MESSAGES.report.tableCaption(t.number, t.title).en : MESSAGES.report.tableCaption(t.number, t.title).zh;
  const rows = [
    ...t.header.map((cells) => new TableRow({ tableHeader: true, cantSplit: true, children: cells.map((c) => tableCell(c, true, x, size)) })),
    ...t.body.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          height: { value: pt(14), rule: HeightRule.ATLEAST },
          children: cells.map((c) => tableCell(c, false, x, size)),
        }),
    ),
  ];
  return [
    new Paragraph({ ...x.format.paragraph("caption"), children: [new TextRun({ ...x.format.run("caption"), text: caption })] }),
    new Table({
      rows,
      width: { size: widthTwips, type: WidthType.DXA },
      columnWidths,
      layout: TableLayoutType.FIXED,
      borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    }),
    ...t.notes.map((n) => new Paragraph({ ...x.format.paragraph("note"), children: [new TextRun({ ...x.format.run("note"), text: n })] })),
  ];
}

/**
 * Word content for the report's blocks.
 *
 * @param blocks the blocks
 * @param x the layout, the formatter, where comments go and the language
 * @returns paragraphs and tables
 */
export function blockContent(blocks: readonly ReportBlock[], x: BlockContext): FileChild[] {
  const out: FileChild[] = [];
  // A page break starts the next paragraph on a new page (an appendix), rather than leaving an empty one.
  let breakBefore = false;
  const paragraph = (kind: Kind, children: ParagraphChild[]) => {
    out.push(new Paragraph({ ...x.format.paragraph(kind), ...(breakBefore ? { pageBreakBefore: true } : {}), children }));
    breakBefore = false;
  };
  const text = (kind: Kind, t: string) => [new TextRun({ ...x.format.run(kind), text: t })];
  for (const b of blocks) {
    switch (b.kind) {
      case "heading":
        paragraph(`heading${b.level}`, text(`heading${b.level}`, b.text));
        break;
      case "paragraph":
        paragraph(
          "body",
          // A percent sign stays in its figure's run, so no line breaks between "83.3" and "%".
          b.runs.flatMap((r, i) => {
            const next = b.runs[i + 1];
            const sign = "id" in r && next && !("id" in next) && next.text.startsWith("%") ? "%" : "";
            if ("id" in r) return figureRuns(r, x, sign);
            const previous = b.runs[i - 1];
            return text("body", previous && "id" in previous && r.text.startsWith("%") ? r.text.slice(1) : r.text);
          }),
        );
        break;
      case "table":
      case "chart":
        if (breakBefore) paragraph("body", []);
        out.push(...(b.kind === "table" ? table(b, x) : chartParagraph(b, x)));
        break;
      case "pageBreak":
        breakBefore = true;
        break;
      case "annexLabel":
      case "subtitle":
        paragraph(b.kind, text(b.kind, b.text));
        break;
    }
  }
  return out;
}
