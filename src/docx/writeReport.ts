/**
 * Writes the report plan as a .docx with the `docx` library: the 公文 layout for Chinese
 * (GB/T 9704-2012: A4, 37 mm / 28 mm margins, a 156 × 225 mm block of 22 lines × 28 characters,
 * 3号仿宋 body, 2号小标宋 title, page numbers "— 1 —" in 4号宋体 on the outside edge) or a
 * statistical release's layout for English. The document names the fonts bureaus have and
 * embeds none. Works in Node and in the browser (the workbench and the pane download it).
 */
import { AlignmentType, Document, DocumentGridType, Footer, Packer, PageNumber, Paragraph, TextRun } from "docx";
import type { ReportPlan } from "../core/report/types";
import { blockContent, Comments } from "./blocks";
import { GONGWEN, RELEASE, type Layout } from "./layout";
import { reportStyles, styledFormatter } from "./styles";

/** The layout a plan asks for. */
export function layoutOf(plan: Pick<ReportPlan, "layout">): Layout {
  return plan.layout === "gongwen" ? GONGWEN : RELEASE;
}

/** The page number: "— 1 —" on the outside edge one character in (公文), or centred (release). */
function pageNumberFooter(layout: Layout, side: "odd" | "even" | "centre"): Footer {
  const text = (t: string) => new TextRun({ text: t });
  const children = layout.pageNumber.dashes
    ? [text("— "), new TextRun({ children: [PageNumber.CURRENT] }), text(" —")]
    : [new TextRun({ children: [PageNumber.CURRENT] })];
  const oneCharacter = layout.pageNumber.size * 20;
  const placement =
    side === "odd"
      ? { alignment: AlignmentType.RIGHT, indent: { right: oneCharacter } }
      : side === "even"
        ? { alignment: AlignmentType.LEFT, indent: { left: oneCharacter } }
        : { alignment: AlignmentType.CENTER };
  return new Footer({ children: [new Paragraph({ ...styledFormatter().paragraph("footer"), ...placement, children })] });
}

/** The title: one paragraph, its lines broken where the plan breaks them. */
function titleParagraph(plan: ReportPlan): Paragraph {
  return new Paragraph({
    ...styledFormatter().paragraph("title"),
    children: plan.titleLines.map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}) })),
  });
}

/** What the writer needs besides the plan. */
export interface WriteReportOptions {
  /** The time comments are dated with (the caller reads the clock). */
  readonly date: Date;
}

/**
 * The .docx document of a report plan.
 *
 * @param plan the report plan
 * @param options the date of the comments
 * @returns the docx Document
 */
export function reportDocument(plan: ReportPlan, options: WriteReportOptions): Document {
  const layout = layoutOf(plan);
  const comments = new Comments(plan.language, options.date);
  const body = blockContent(plan.blocks, { layout, format: styledFormatter(), comments, language: plan.language });
  const outside = layout.pageNumber.outside;
  return new Document({
    creator: plan.language === "en" ? "Bureau Stats" : "应急统计",
    title: plan.properties.title,
    subject: plan.properties.subject,
    description: plan.properties.description,
    evenAndOddHeaderAndFooters: outside,
    styles: reportStyles(layout, plan.language),
    comments: { children: comments.list },
    sections: [
      {
        properties: {
          page: {
            size: { width: layout.page.width, height: layout.page.height },
            margin: {
              top: layout.page.top,
              bottom: layout.page.bottom,
              left: layout.page.left,
              right: layout.page.right,
              footer: layout.page.footer,
              header: layout.page.footer,
            },
          },
          ...(layout.gridLinePitch ? { grid: { type: DocumentGridType.LINES, linePitch: layout.gridLinePitch } } : {}),
        },
        footers: outside
          ? { default: pageNumberFooter(layout, "odd"), even: pageNumberFooter(layout, "even") }
          : { default: pageNumberFooter(layout, "centre") },
        children: [titleParagraph(plan), ...body],
      },
    ],
  });
}

/**
 * The report as .docx bytes.
 *
 * @param plan the report plan
 * @param options the date of the comments
 * @returns the file's bytes
 * @example await writeReport(planReport(model, { language: "zh", sourceName: "a.xlsx" }), { date: new Date() })
 */
export async function writeReport(plan: ReportPlan, options: WriteReportOptions): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(reportDocument(plan, options)));
}
