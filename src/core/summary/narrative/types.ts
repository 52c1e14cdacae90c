/**
 * The shape of one 综述 paragraph module. Each module turns the summary facts into one
 * paragraph (or nothing) in Chinese and in English, with the same content in both; the index
 * assembles the modules in report order. Phrasing rules: docs/report-rules.md.
 */
import type { SummaryFacts } from "../facts";
import type { SummaryOptions } from "../options";

/** What every paragraph is built from. */
export interface NarrativeContext {
  readonly facts: SummaryFacts;
  readonly options: SummaryOptions;
}

/** One paragraph of the 综述: an id (for ordering and tests) and a builder per language. */
export interface NarrativeParagraph {
  readonly id: string;
  /** The Chinese paragraph, or undefined when the facts do not carry it. */
  zh(context: NarrativeContext): string | undefined;
  /** The English paragraph with the same content, or undefined. */
  en(context: NarrativeContext): string | undefined;
}
