/**
 * How the indicator sections (docs/sections.md) join the summary plan: the facts read from the
 * cumulative view of a monthly report, the period taken from the figures' own columns, the
 * sections written after the fixed ones, the diagnostic when no table reached any section, and
 * the section paragraphs put into the 综述 beside the fixed ones.
 */
import { understood, type WorkbookFacts } from "../facts";
import { englishPeriodText } from "../periods/periodText";
import type { ChartPlacer } from "./charts";
import { extractFacts } from "./extractFacts";
import { factTables, groupView } from "./factTables";
import type { SummaryFacts } from "./facts";
import type { Labels } from "./labels";
import { accidentsParagraph } from "./narrative/accidents";
import { accidentBlockParagraph, hazardBlockParagraph } from "./narrative/blockParagraphs";
import { disastersParagraph } from "./narrative/disasters";
import { forestFireParagraph } from "./narrative/forestFires";
import { enforcementReportParagraph } from "./narrative/enforcementReport";
import { industryParagraph } from "./narrative/industry";
import { withMonth } from "./narrative/month";
import { withYearToDate } from "./narrative/yearToDate";
import { trainingParagraph } from "./narrative/training";
import type { NarrativeParagraph } from "./narrative/types";
import type { SummaryOptions } from "./options";
import type { ChartPlan, PlanSection } from "./plan";
import { extractSectionFacts, type SectionFacts } from "./sectionFacts";
import { accidentLedgerView } from "./ledgerViews";
import { withLedgerGroups } from "./ledgerFacts";
import { diagnosticSection, unsummarisedLines } from "./sections/diagnostic";
import { blockSections } from "./sections/indicatorBlocks";
import type { SheetBuilder } from "./sheetBuilder";

/**
 * The fixed sections' figures and the indicator sections' blocks of a workbook. A monthly report's
 * fixed sections read its year-to-date group; the period is the facts' report period.
 *
 * @param wf the workbook's facts
 * @returns both
 */
export function factsWithSections(wf: WorkbookFacts): { facts: SummaryFacts; sections: SectionFacts } {
  const sections = extractSectionFacts(wf);
  const tables = factTables(wf).map((t) => groupView(t, "cumulative"));
  return { facts: withLedgerGroups(extractFacts(wf, tables), accidentLedgerView(wf)), sections };
}

/**
 * The width the indicator sections' tables need: key, one column per indicator and the share.
 *
 * @param sections the indicator sections' facts
 * @returns columns
 */
export function sectionsWidth(sections: SectionFacts): number {
  return Math.max(5, ...sections.blocks.map((b) => (b.rows.length ? b.indicators.length + 2 : 5)));
}

/**
 * The fixed sections' labels, with the accident heading naming its period when a monthly report
 * gives two ("生产安全事故（2024年1—6月）" beside "生产安全事故（6月）").
 *
 * @param L the labels
 * @param facts the summary facts
 * @param sections the indicator sections' facts
 * @param o the options
 * @param wf the workbook's facts (the report period's span)
 * @returns the labels to use
 */
export function accidentLabels(L: Labels, facts: SummaryFacts, sections: SectionFacts, o: SummaryOptions, wf: WorkbookFacts): Labels {
  if (!sections.monthly || !facts.period) return L;
  if (o.language === "zh") return { ...L, accidents: `${L.accidents}（${facts.period}）` };
  const span = wf.context.periodSpan;
  const en = span ? englishPeriodText(span) : "";
  return en ? { ...L, accidents: `${L.accidents} (${en})` } : L;
}

/**
 * Writes the indicator sections after the fixed ones, or, when the workbook's tables reached no
 * section at all, the diagnostic (on the sheet and in the notes the pane shows).
 *
 * @param b the sheet being planned
 * @param wf the workbook's facts
 * @param facts the indicator sections' facts
 * @param out the plan's sections and charts so far (added to)
 * @param o the options
 * @param index the next section number
 * @param placer where charts go
 * @param width the sheet's table width
 * @returns the next section number and the diagnostic lines (empty when there is none)
 */
export function addIndicatorSections(
  b: SheetBuilder,
  wf: WorkbookFacts,
  facts: SectionFacts,
  out: { sections: PlanSection[]; charts: ChartPlan[] },
  o: SummaryOptions,
  index: number,
  placer: ChartPlacer,
  width: number,
): { index: number; diagnostic: string[] } {
  const added = blockSections(b, facts.blocks, o, index, placer, new Set(out.sections.map((x) => x.id)));
  out.sections.push(...added.sections);
  out.charts.push(...added.charts);
  let next = added.index;
  // With nothing understood the summary says so in a section of its own (planSummary), not here.
  if (out.sections.length > 0 || !understood(wf) || !wf.sources.some((s) => s.kind === "table")) return { index: next, diagnostic: [] };
  const lines = unsummarisedLines(wf, o);
  out.sections.push(diagnosticSection(b, lines, o, next++, width));
  return { index: next, diagnostic: lines };
}

/**
 * The 综述 with the indicator sections' paragraphs: the month's clause joined to the accident
 * paragraph, the disaster paragraph after the accident and industry ones, enforcement and
 * training at the end.
 *
 * @param narrative the fixed paragraphs, as built
 * @param facts the summary facts
 * @param o the options
 * @param sections the indicator sections' facts
 * @returns the paragraphs
 */
export function withSectionParagraphs(narrative: readonly string[], facts: SummaryFacts, o: SummaryOptions, sections: SectionFacts): string[] {
  if (!o.sections.narrative) return [...narrative];
  const context = { facts, options: o };
  const say = (p: NarrativeParagraph) => (o.language === "en" ? p.en(context) : p.zh(context));
  const out = [...narrative];
  const base = say(accidentsParagraph);
  const merged = say(withMonth(withYearToDate(accidentsParagraph, sections), sections));
  const at = base ? out.findIndex((p) => p.includes(base)) : -1;
  if (merged && merged !== base) {
    if (at >= 0) out[at] = out[at].replace(base!, merged);
    else out.unshift(merged);
  }
  const industry = say(industryParagraph);
  const after = Math.max(
    out.findIndex((p) => !!base && p.includes(base.slice(0, 20))),
    industry ? out.indexOf(industry) : -1,
  );
  // The loss paragraph already gives the scope of the table it describes (T5); other disaster tables get theirs.
  const disaster = say(disastersParagraph(sections, facts.losses?.sheet));
  if (disaster) out.splice(after + 1, 0, disaster);
  const accidents = say(accidentBlockParagraph(sections));
  if (accidents) out.unshift(accidents);
  for (const p of [forestFireParagraph(sections), hazardBlockParagraph(sections), enforcementReportParagraph(sections), trainingParagraph(sections)]) {
    const text = say(p);
    if (text) out.push(text);
  }
  return out;
}
