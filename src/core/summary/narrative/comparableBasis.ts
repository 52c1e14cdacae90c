/**
 * 可比口径 (issue 22.1, docs/report-rules.md rule 14): when a county of the by-county table has this
 * period's figure but no year-earlier one, and the total's year-earlier figure is the sum of the
 * other counties' (so it leaves that county out), the total's 同比 would set a whole against a part.
 * Statistical releases then compare like with like: "按可比口径计算" (NBS 统计公报). The 同比 is
 * taken over the counties that have both figures — this period's total less the counties without a
 * year-earlier figure — and the sentence names them ("按可比口径（不含无去年同期数的双柏县）计算").
 */
import type { GroupRow, IndicatorPair, SummaryFacts } from "../facts";
import { enList, pairOf, present } from "./figures";
import { englishArea } from "./region";

/** The comparison over the counties that have both figures, and the counties left out of it. */
export interface ComparableBasis {
  /** Counties with this period's figure but none for a year earlier, in the table's order. */
  readonly excluded: readonly string[];
  /** The total pairs, each indicator's current figure less the excluded counties' where they left the year-earlier total. */
  readonly pairs: readonly IndicatorPair[];
}

/** A year-earlier total within this of the counties' sum is their sum (float sums of stated figures). */
const SAME_SUM = 1e-6;

function lacksPrevious(row: GroupRow, indicator: string): boolean {
  const p = pairOf(row.pairs, indicator);
  const current = present(p?.current);
  return !!p && current !== undefined && current !== 0 && !p.current.error && present(p.previous) === undefined && !p.previous.error;
}

/**
 * The comparable basis of the totals' 同比, or undefined when every county with a figure has a
 * year-earlier one (or the total has none, or it holds more than the counties' year-earlier sum:
 * then the county's figure is in the total and the comparison stands as it is).
 *
 * @param facts the summary facts (the by-county table and the totals)
 * @param pairs the total pairs the 同比 is written over
 * @returns the counties left out and the adjusted pairs, or undefined
 * @example comparableBasis(facts, facts.accidents)?.excluded // ["双柏县"]
 */
export function comparableBasis(facts: Pick<SummaryFacts, "byRegion">, pairs: readonly IndicatorPair[]): ComparableBasis | undefined {
  const rows = facts.byRegion?.rows.filter((r) => r.role === "data") ?? [];
  const excluded = new Set<string>();
  const adjusted = pairs.map((pair) => {
    const lacking = rows.filter((r) => lacksPrevious(r, pair.indicator));
    const current = present(pair.current);
    const previous = present(pair.previous);
    if (!lacking.length || current === undefined || previous === undefined) return pair;
    const othersPrevious = rows.reduce((sum, r) => sum + (present(pairOf(r.pairs, pair.indicator)?.previous) ?? 0), 0);
    if (Math.abs(othersPrevious - previous) > SAME_SUM * Math.max(1, Math.abs(previous))) return pair;
    lacking.forEach((r) => excluded.add(r.label));
    const left = lacking.reduce((sum, r) => sum + (present(pairOf(r.pairs, pair.indicator)?.current) ?? 0), 0);
    return { ...pair, current: { value: current - left } };
  });
  if (!excluded.size) return undefined;
  return { excluded: rows.map((r) => r.label).filter((label) => excluded.has(label)), pairs: adjusted };
}

/**
 * The note under the tables when the 综述 compares on a comparable basis while the table and its 显著性
 * column compare the totals as the workbook states them: which basis each uses (issue 22.1), so the
 * 22.2% of the sentence and the 27.8% of the table never stand side by side without a word.
 *
 * @param facts the summary facts
 * @param language the sheet's language
 * @returns the note, or undefined when the 综述 compares the stated totals too
 * @example comparableBasisNote(facts, "zh") // "注：综述中的同比按可比口径（不含无去年同期数的双柏县）计算；本表的增减、增减幅度和显著性按表中合计数计算。"
 */
export function comparableBasisNote(facts: Pick<SummaryFacts, "byRegion" | "accidents" | "noPrevious">, language: "zh" | "en"): string | undefined {
  if (facts.noPrevious) return undefined;
  const excluded = comparableBasis(facts, facts.accidents ?? [])?.excluded;
  if (!excluded?.length) return undefined;
  if (language === "en")
    return `Note: the narrative compares with a year earlier on a comparable basis (excluding ${enList(excluded.map(englishArea))}, which reported no year-earlier figures); the changes and the significance in the table compare the totals as stated.`;
  return `注：综述中的同比按可比口径（不含无去年同期数的${excluded.join("、")}）计算；本表的增减、增减幅度和显著性按表中合计数计算。`;
}
