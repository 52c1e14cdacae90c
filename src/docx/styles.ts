/**
 * The report's formats, from a layout: as named styles in a document written afresh (a bureau can
 * restyle it in Word by editing them; headings keep their outline levels for the navigation pane),
 * or as direct formatting where the content goes into a bureau's template, whose own styles are
 * left as they are.
 */
import { AlignmentType, LineRuleType, type IParagraphStyleOptions, type IRunOptions, type IStylesOptions } from "docx";
import { pt, type FontPair, type Layout } from "./layout";

/** The kinds of paragraph the report has. */
export type Kind = "body" | "title" | "heading1" | "heading2" | "heading3" | "heading4" | "table" | "caption" | "note" | "annexLabel" | "subtitle" | "footer";

const STYLE_IDS: Record<Kind, string> = {
  body: "BsBody",
  title: "BsTitle",
  heading1: "BsHeading1",
  heading2: "BsHeading2",
  heading3: "BsHeading3",
  heading4: "BsHeading4",
  table: "BsTable",
  caption: "BsCaption",
  note: "BsNote",
  annexLabel: "BsAnnexLabel",
  subtitle: "BsSubtitle",
  footer: "BsFooter",
};

const STYLE_NAMES: Record<Kind, string> = {
  body: "Body Text",
  title: "Report Title",
  heading1: "Report Heading 1",
  heading2: "Report Heading 2",
  heading3: "Report Heading 3",
  heading4: "Report Heading 4",
  table: "Report Table Text",
  caption: "Report Caption",
  note: "Report Note",
  annexLabel: "Annex Label",
  subtitle: "Annex Title",
  footer: "Report Footer",
};

type ParagraphFormat = NonNullable<IParagraphStyleOptions["paragraph"]>;
type RunFormat = Pick<IRunOptions, "font" | "size" | "bold" | "characterSpacing" | "language" | "snapToGrid">;

/** A run's font for Chinese and Latin text. */
export function fontOf(f: FontPair): { ascii: string; hAnsi: string; eastAsia: string; cs: string } {
  return { ascii: f.latin, hAnsi: f.latin, eastAsia: f.eastAsia, cs: f.latin };
}

/** The first-line indent of two characters, in twips: two of the body's character pitches. */
export function indentOf(layout: Layout): number {
  return Math.round(layout.body.firstLineChars * (pt(layout.body.size) + layout.body.characterSpacing));
}

/**
 * Each kind's paragraph and run format for a layout.
 *
 * @param layout 公文 or release
 * @param language zh or en (the proofing language)
 * @returns the formats
 */
export function kindFormats(layout: Layout, language: "zh" | "en"): Record<Kind, { paragraph: ParagraphFormat; run: RunFormat }> {
  const body = layout.body;
  const gongwen = !!body.line;
  const exact = body.line ? { line: body.line, lineRule: LineRuleType.EXACT } : { line: 276, lineRule: LineRuleType.AUTO, after: pt(6) };
  const plain = { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 };
  const lang = { value: language === "en" ? "en-GB" : "zh-CN", eastAsia: "zh-CN" };
  const run = (r: { font: FontPair; size: number; bold?: boolean }, spacing = 0, grid = true): RunFormat => ({
    font: fontOf(r.font),
    size: r.size * 2,
    bold: r.bold ?? false,
    characterSpacing: spacing,
    language: lang,
    // Tables, captions and notes keep their own line height on the 22-line grid.
    ...(grid ? {} : { snapToGrid: false }),
  });
  const heading = (i: number) => ({
    paragraph: {
      outlineLevel: i,
      keepNext: true,
      indent: { firstLine: indentOf(layout) },
      spacing: gongwen ? exact : { before: pt(i === 0 ? 12 : 8), after: pt(4) },
    },
    run: run(layout.headings[i], gongwen ? body.characterSpacing : 0),
  });
  return {
    body: { paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: indentOf(layout) }, spacing: exact }, run: run(body, body.characterSpacing) },
    title: {
      paragraph: {
        alignment: gongwen ? AlignmentType.CENTER : AlignmentType.LEFT,
        spacing: gongwen ? { line: pt(layout.title.size + 8), lineRule: LineRuleType.EXACT, after: body.line } : { after: pt(12) },
        keepNext: true,
      },
      run: run(layout.title),
    },
    heading1: heading(0),
    heading2: heading(1),
    heading3: heading(2),
    heading4: heading(3),
    table: { paragraph: { spacing: plain }, run: run(layout.table, 0, false) },
    caption: {
      paragraph: { alignment: AlignmentType.CENTER, keepNext: true, spacing: { ...plain, before: pt(6), after: pt(4) } },
      run: run(layout.caption, 0, false),
    },
    note: { paragraph: { spacing: { ...plain, after: pt(2) } }, run: run(layout.note, 0, false) },
    annexLabel: { paragraph: { keepNext: true, spacing: exact }, run: run(layout.headings[0], body.characterSpacing) },
    subtitle: {
      paragraph: {
        alignment: gongwen ? AlignmentType.CENTER : AlignmentType.LEFT,
        keepNext: true,
        spacing: gongwen ? { line: body.line, lineRule: LineRuleType.EXACT, after: body.line } : { after: pt(8) },
      },
      run: run(layout.title),
    },
    footer: { paragraph: { spacing: { line: pt(layout.pageNumber.size), lineRule: LineRuleType.EXACT } }, run: run(layout.pageNumber) },
  };
}

/** How content is formatted: by style name (a new document) or directly (a template's content). */
export interface Formatter {
  paragraph(kind: Kind): { style?: string } & ParagraphFormat;
  run(kind: Kind): RunFormat;
}

/**
 * Formats by the named styles `reportStyles` defines.
 *
 * @returns the formatter
 */
export function styledFormatter(): Formatter {
  return { paragraph: (kind) => ({ style: STYLE_IDS[kind] }), run: () => ({}) };
}

/**
 * Formats directly, for content put into a template (which has none of our styles).
 *
 * @param layout the layout
 * @param language zh or en
 * @returns the formatter
 */
export function directFormatter(layout: Layout, language: "zh" | "en"): Formatter {
  const formats = kindFormats(layout, language);
  return { paragraph: (kind) => formats[kind].paragraph, run: (kind) => formats[kind].run };
}

/**
 * The document's styles for a layout.
 *
 * @param layout 公文 or release
 * @param language zh or en
 * @returns docx's style options
 */
export function reportStyles(layout: Layout, language: "zh" | "en"): IStylesOptions {
  const formats = kindFormats(layout, language);
  const normal = { run: formats.body.run, paragraph: { spacing: formats.body.paragraph.spacing } };
  return {
    default: { document: normal },
    paragraphStyles: [
      // LibreOffice reads the text grid's character size from Normal, so Normal carries the body font too.
      { id: "Normal", name: "Normal", ...normal },
      ...(Object.keys(STYLE_IDS) as Kind[]).map((kind): IParagraphStyleOptions => ({
        id: STYLE_IDS[kind],
        name: STYLE_NAMES[kind],
        basedOn: "Normal",
        next: STYLE_IDS.body,
        quickFormat: true,
        run: formats[kind].run,
        paragraph: formats[kind].paragraph,
      })),
    ],
  };
}
