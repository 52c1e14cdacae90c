/**
 * The 综述: report-style paragraphs built only from the computed figures, one module per
 * paragraph, assembled here in report order. To add a paragraph, write a module that exports a
 * NarrativeParagraph (see types.ts) and put it in PARAGRAPHS where the report has it.
 * Phrasing rules: docs/report-rules.md.
 */
import type { SummaryFacts } from "../facts";
import type { SummaryOptions } from "../options";
import { accidentsParagraph } from "./accidents";
import { countyParagraph } from "./county";
import { coverageParagraph } from "./coverage";
import { enforcementParagraph } from "./enforcement";
import { hazardsParagraph } from "./hazards";
import { industryParagraph } from "./industry";
import { lossesParagraph } from "./losses";
import type { NarrativeParagraph } from "./types";

export type { NarrativeContext, NarrativeParagraph } from "./types";

/** The paragraphs in report order: coverage (a partial consolidation), accidents, industries, counties (from a ledger), disasters and losses, hazards, enforcement. */
export const PARAGRAPHS: readonly NarrativeParagraph[] = [
  coverageParagraph,
  accidentsParagraph,
  industryParagraph,
  countyParagraph,
  lossesParagraph,
  hazardsParagraph,
  enforcementParagraph,
];

/**
 * Writes the narrative paragraphs from the facts.
 *
 * @param facts the computed figures
 * @param options language, percent and rate decimals, zero-base style
 * @param paragraphs the paragraph modules, in order (all of them by default)
 * @returns paragraphs, in report order
 * @example buildNarrative(facts, DEFAULT_SUMMARY_OPTIONS)[0] // "2024年1—6月，全州共发生各类生产安全事故23起、…"
 */
export function buildNarrative(facts: SummaryFacts, options: SummaryOptions, paragraphs: readonly NarrativeParagraph[] = PARAGRAPHS): string[] {
  // A consolidation passes who reported as an option (the returns, not the workbook, know it).
  const context = { facts: options.coverage && !facts.coverage ? { ...facts, coverage: options.coverage } : facts, options };
  return paragraphs.map((p) => (options.language === "en" ? p.en(context) : p.zh(context))).filter((s): s is string => !!s);
}
