/**
 * What the 综述 is written from, and the 综述 itself: the summary facts and the indicator
 * sections' facts of a workbook, and the paragraphs built from them. planSummary writes them into
 * the sheet; the report (src/core/report) takes the same paragraphs and traces each figure in
 * them back to its source cell by rebuilding them from these facts.
 */
import type { WorkbookFacts } from "../facts";
import { withLedgerMismatch } from "./figureChecks";
import type { SummaryFacts } from "./facts";
import { factsWithSections, withSectionParagraphs } from "./indicatorSections";
import { buildNarrative } from "./narrative";
import type { SummaryOptions } from "./options";
import type { SectionFacts } from "./sectionFacts";

/** The facts the 综述 is built from. */
export interface NarrativeSource {
  readonly facts: SummaryFacts;
  readonly sections: SectionFacts;
}

/**
 * The figures of a workbook's facts that the summary and its 综述 are built from.
 *
 * @param wf the workbook's facts (`workbookFacts(model)`)
 * @returns the summary facts (tables and ledgers) and the indicator sections' facts
 */
export function narrativeSource(wf: WorkbookFacts): NarrativeSource {
  const source = factsWithSections(wf);
  // The text never contradicts the 核对: figures with open findings or error cells carry them from the facts
  // (facts/cellChecks.ts); a table and a ledger that disagree are said once (figureChecks.ts).
  return { facts: withLedgerMismatch(source.facts, wf.findings), sections: source.sections };
}

/**
 * The 综述 paragraphs in report order, never with a p-value (the wording option is applied inside
 * the accident paragraph); none when the options leave the 综述 out.
 *
 * @param source the facts
 * @param o the resolved options
 * @returns the paragraphs
 * @example summaryNarrative(narrativeSource(model), resolveSummaryOptions())[0] // "2024年1—6月，全州共发生各类生产安全事故23起、…"
 */
export function summaryNarrative(source: NarrativeSource, o: SummaryOptions): string[] {
  const fixed = o.sections.narrative ? buildNarrative(source.facts, o) : [];
  return withSectionParagraphs(fixed, source.facts, o, source.sections);
}
