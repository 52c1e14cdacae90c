/**
 * What the reader saw but did not understand: each table that gave no facts, with the reason in
 * both languages (another field's statistics; no data rows; no indicator in its header; indicator
 * columns split by a group with no total; no readable numbers).
 */
import { MESSAGES } from "../messages";
import type { Fact } from "./fact";
import { OTHER_FIELD_NAMES } from "../reader/otherFields";
import type { TableSource } from "./sources";
import type { NotUnderstood } from "./workbook";

/**
 * Why a table gave nothing to summarise.
 *
 * @param source the table
 * @param facts the workbook's facts (a table whose figures are all a series of periods has no report period to summarise)
 * @returns the reason and its message
 */
export function tableReason(source: TableSource, facts: readonly Fact[] = []): Pick<NotUnderstood, "reason" | "message"> {
  const r = source.recognition;
  const own = facts.filter((f) => f.source === source.id && f.value !== null);
  if (own.length && own.every((f) => f.period.relation === "series" || f.measure === "denominator"))
    return { reason: "series_only", message: MESSAGES.facts.tableSeriesOnly };
  if (r.bodyRows === 0) return { reason: "no_data_rows", message: MESSAGES.facts.tableNoDataRows };
  if (r.indicators.length === 0) return { reason: "no_indicator", message: MESSAGES.facts.tableNoIndicator(r.unrecognisedHeaders) };
  if (r.splitOnly) return { reason: "split_only", message: MESSAGES.facts.tableSplitOnly };
  return { reason: "no_numbers", message: MESSAGES.facts.tableNoNumbers };
}

/**
 * The tables that gave no facts (none with a figure), each with its reason.
 *
 * @param sources the workbook's sources
 * @param facts its facts
 * @returns what was not understood
 * @example notUnderstood([rosterTable], [])[0].reason // "no_indicator"
 */
export function notUnderstood(sources: readonly TableSource[], facts: readonly Fact[]): NotUnderstood[] {
  const withFigures = new Set(facts.filter((f) => f.value !== null).map((f) => f.source));
  return sources
    .filter((s) => !withFigures.has(s.id))
    .map((s) => {
      if (s.otherField)
        return {
          sheet: s.sheet,
          address: s.address,
          reason: "other_field" as const,
          message: MESSAGES.facts.otherFieldSheet(s.sheet, OTHER_FIELD_NAMES[s.otherField]),
        };
      const why = tableReason(s);
      return { sheet: s.sheet, address: s.address, reason: why.reason, message: MESSAGES.facts.tableNotSummarised(s.sheet, s.address, why.message) };
    });
}
