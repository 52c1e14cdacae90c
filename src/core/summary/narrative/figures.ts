/**
 * Number helpers shared by the paragraph modules: figures as prose writes them (no thousands
 * separators in Chinese, at most two decimals) and a missing figure kept missing.
 */
import { formatNumber } from "../../numbers/format";
import type { IndicatorPair, SourcedValue } from "../facts";

/**
 * A figure as Chinese prose writes it ("12322.34", "100").
 *
 * @param x the number
 * @returns the text
 * @example n(100) // "100"
 */
export function n(x: number): string {
  return formatNumber(x, 2);
}

/**
 * The number of a sourced figure, or undefined when the source left it out ("—", blank, "/").
 * A missing figure is never turned into 0 (docs/report-rules.md).
 *
 * @param v the sourced figure, or nothing
 * @returns the number, or undefined
 * @example present({ value: null }) // undefined
 */
export function present(v: SourcedValue | undefined): number | undefined {
  const x = v?.value;
  return x === null || x === undefined || !Number.isFinite(x) ? undefined : x;
}

/**
 * The pair of one indicator among a row's pairs.
 *
 * @param pairs the pairs of a row or of the totals
 * @param id the indicator id
 * @returns the pair, or undefined
 */
export function pairOf(pairs: readonly IndicatorPair[] | undefined, id: string): IndicatorPair | undefined {
  return pairs?.find((p) => p.indicator === id);
}

/**
 * This period's figure of one indicator, undefined when missing.
 *
 * @param pairs the pairs of a row or of the totals
 * @param id the indicator id
 * @returns the number, or undefined
 */
export function currentOf(pairs: readonly IndicatorPair[] | undefined, id: string): number | undefined {
  return present(pairOf(pairs, id)?.current);
}
