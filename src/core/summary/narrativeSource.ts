/**
 * What the 综述 is written from, and the 综述 itself: the summary facts and the indicator
 * sections' facts of a workbook, and the paragraphs built from them. planSummary writes them into
 * the sheet; the report (src/core/report) takes the same paragraphs and traces each figure in
 * them back to its source cell by rebuilding them from these facts.
 */
import type { WorkbookFacts } from "../facts";
import { controlRates } from "./controlRates";
import { denominatorRows, type Denominators } from "./denominators";
import { withLedgerMismatch } from "./figureChecks";
import type { SummaryFacts } from "./facts";
import { factsWithSections, withSectionParagraphs } from "./indicatorSections";
import { buildNarrative } from "./narrative";
import { controlRatesParagraph } from "./narrative/controlRates";
import type { DenominatorInput, SummaryOptions } from "./options";
import type { SectionFacts } from "./sectionFacts";
import { notedRanges, withNoteMarks, type NotedRange } from "./readerNoteMarks";

/** The facts the 综述 is built from. */
export interface NarrativeSource {
  readonly facts: SummaryFacts;
  readonly sections: SectionFacts;
  /** The control indicators' denominators (the user's, else the workbook's of the report period). */
  readonly denominators: Denominators;
  /** The cells the reading notes (识别说明) cover: the sentences resting on them are marked 待核实 (readerNoteMarks.ts). */
  readonly noted?: readonly NotedRange[];
}

/**
 * The figures of a workbook's facts that the summary and its 综述 are built from.
 *
 * @param wf the workbook's facts (`workbookFacts(model)`)
 * @param given the user's denominators (SummaryOptions.denominators); they win over the workbook's
 * @returns the summary facts (tables and ledgers), the indicator sections' facts and the denominators
 */
export function narrativeSource(wf: WorkbookFacts, given: readonly DenominatorInput[] = []): NarrativeSource {
  const source = factsWithSections(wf);
  // The text never contradicts the 核对: figures with open findings or error cells carry them from the facts
  // (facts/cellChecks.ts); a table and a ledger that disagree are said once (figureChecks.ts).
  const noted = notedRanges(wf);
  return {
    facts: withLedgerMismatch(source.facts, wf.findings),
    sections: source.sections,
    denominators: denominatorRows(wf, given),
    ...(noted.length ? { noted } : {}),
  };
}

/**
 * The 综述 paragraphs in report order, never with a p-value (the wording option is applied inside
 * the accident paragraph), the control indicators last (亿元GDP死亡率 …, when a denominator is
 * known); none when the options leave the 综述 out.
 *
 * @param source the facts
 * @param o the resolved options
 * @returns the paragraphs
 * @example summaryNarrative(narrativeSource(model), resolveSummaryOptions())[0] // "2024年1—6月，全州共发生各类生产安全事故23起、…"
 */
export function summaryNarrative(source: NarrativeSource, o: SummaryOptions): string[] {
  const build = (s: NarrativeSource) => {
    const fixed = o.sections.narrative ? buildNarrative(s.facts, o) : [];
    const control = o.sections.narrative ? controlRatesParagraph(controlRates(s), o) : undefined;
    return [...withSectionParagraphs(fixed, s.facts, o, s.sections), ...(control ? [control] : [])];
  };
  // A sentence resting on a figure a reading note names is marked 待核实 (readerNoteMarks.ts).
  return withNoteMarks(build(source), source, source.noted ?? [], build, o.language);
}
