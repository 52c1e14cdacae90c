/**
 * A figure's source as the report states it: its cells as text and the open 核对 findings on
 * them. A finding concerns a figure when the figure's cells meet the finding's checked cell or
 * the cells it was recomputed from: a rate recomputed from two counts that disagree with a stated
 * rate is for the author to confirm, whichever of the three cells is wrong.
 */
import type { Finding } from "../reader/model";
import { parseReferences, rangesMeet, rangesText } from "./sheetRanges";
import type { FigureSource, SheetRange } from "./types";

/** A finding with the ranges it concerns. */
export interface LocatedFinding {
  readonly finding: Finding;
  readonly ranges: readonly SheetRange[];
}

/**
 * The ranges of each finding: its checked cell and its sources.
 *
 * @param findings the model's 核对 findings
 * @returns each with its ranges
 */
export function locateFindings(findings: readonly Finding[]): LocatedFinding[] {
  return findings.map((finding) => ({
    finding,
    ranges: [finding.cell, ...finding.sources].flatMap((ref) => parseReferences(ref, finding.sheet)),
  }));
}

/**
 * A figure's source: its ranges as text and the messages of the findings on them.
 *
 * @param ranges the figure's source ranges
 * @param findings the located findings
 * @param language the report's language
 * @returns the source, or undefined when there are no ranges
 */
export function figureSource(ranges: readonly SheetRange[], findings: readonly LocatedFinding[], language: "zh" | "en"): FigureSource | undefined {
  if (!ranges.length) return undefined;
  const open = findings.filter((f) => f.ranges.some((a) => ranges.some((b) => rangesMeet(a, b))));
  return {
    ranges,
    text: rangesText(ranges, language),
    findings: open.map((f) => (language === "en" ? f.finding.message.en : f.finding.message.zh)),
  };
}
