/**
 * planReport: the reader's model → the report plan (types.ts). The report says what the summary
 * says — its title, its 综述 paragraphs, its tables and charts, its 核对 — laid out as a document:
 * chapters in the 公文 hierarchy, every figure of the text traced to its source cells, and two
 * appendices (数据核对, 说明). Nothing here decides a figure: the summary plan does.
 */
import { readerNotes, slips, workbookFacts } from "../facts";
import type { WorkbookModel } from "../reader/model";
import { narrativeSource, summaryNarrative } from "../summary/narrativeSource";
import { resolveSummaryOptions, type SummaryOptionsInput } from "../summary/options";
import { planSummary } from "../summary/planSummary";
import { MESSAGES } from "../messages";
import { annexes } from "./annexes";
import { chapters } from "./chapters";
import { locateFindings } from "./figureSources";
import { figureParagraphs, leafKey } from "./narrativeFigures";
import { parseReferences } from "./sheetRanges";
import { titleLines } from "./titleLines";
import { traceNarrative } from "./traceNarrative";
import type { ReportBlock, ReportPlan } from "./types";

/** What the report is made from besides the workbook. */
export interface ReportOptions {
  readonly language: "zh" | "en";
  /** The workbook's file name, as the 说明 names it. */
  readonly sourceName: string;
  /** When it was generated ("YYYY-MM-DDTHH:mm", local time; the caller reads the clock). */
  readonly generatedAt?: string;
  /** The summary's own options (decimals, change style …); its language and stamp are the report's. */
  readonly summary?: SummaryOptionsInput;
}

/** A 2号 (22 pt) title line on a 156 mm text block holds 20 characters (GB/T 9704-2012 5.2.1, 7.3.1). */
const TITLE_LINE_CHARACTERS = 20;

/**
 * Plans the report of a workbook.
 *
 * @param model what the reader found
 * @param options language, source name, generation time and the summary's options
 * @returns the report plan
 * @example planReport(model, { language: "zh", sourceName: "bureau-2024H1.xlsx" }).titleLines // ["2024年1—6月全州生产安全事故、", "自然灾害和隐患排查整改情况"]
 */
export function planReport(model: WorkbookModel, options: ReportOptions): ReportPlan {
  const { language } = options;
  // The report has no 显著性 column: no release cites a test (docs/report-rules.md, rule 9).
  const o = resolveSummaryOptions({
    ...options.summary,
    language,
    significanceColumn: false,
    ...(options.generatedAt ? { generatedAt: options.generatedAt } : {}),
  });
  const facts = workbookFacts(model);
  const plan = planSummary(facts, o);
  const source = narrativeSource(facts, o.denominators);
  // The control indicators' rates (0.032) are moved only by a large change of their denominators.
  const traced = traceNarrative(
    source,
    (s) => summaryNarrative(s, o),
    leafKey(),
    (leaf) => leaf.path.startsWith(".denominators."),
  );
  // Slips only: a difference within rounding is said in the 核对's words (the plan's), never marks a figure 待核实.
  const findings = locateFindings(slips(facts));
  const paragraphs = figureParagraphs(traced, source, model, findings, language);
  const accidentLedger = model.ledgers.find((l) => l.subtype === "accident");
  const ledgerRange = accidentLedger ? parseReferences(accidentLedger.address, accidentLedger.sheet)[0] : undefined;
  const body = chapters({ plan, paragraphs, findings, language, ...(ledgerRange ? { ledgerRange } : {}) });
  const annex = annexes({
    plan,
    findings: slips(facts),
    readerNotes: readerNotes(facts),
    paragraphs,
    language,
    sourceName: options.sourceName,
    tablesBefore: body.tables,
    ...(options.generatedAt ? { generatedAt: options.generatedAt } : {}),
  });
  const title = String(plan.cells[0]?.[0]?.value ?? "");
  const empty: ReportBlock[] = body.blocks.length
    ? []
    : [{ kind: "paragraph", runs: [{ text: language === "en" ? MESSAGES.report.noParagraphs.en : MESSAGES.report.noParagraphs.zh }] }];
  const narrativeBlocks: ReportBlock[] = paragraphs.map((p) => ({ kind: "paragraph", runs: p.runs }));
  return {
    language,
    layout: language === "en" ? "release" : "gongwen",
    titleLines: language === "en" ? [title] : titleLines(title, TITLE_LINE_CHARACTERS),
    blocks: [...empty, ...body.blocks, ...annex.blocks],
    parts: [
      { key: "标题", blocks: [{ kind: "subtitle", text: title }] },
      { key: "综述", blocks: narrativeBlocks },
      { key: "正文", blocks: [...empty, ...body.blocks] },
      ...body.parts,
      ...annex.parts,
    ],
    figures: paragraphs.flatMap((p) => p.figures),
    properties: {
      title,
      subject: options.sourceName,
      description: language === "en" ? MESSAGES.report.author.en : MESSAGES.report.author.zh,
    },
  };
}
