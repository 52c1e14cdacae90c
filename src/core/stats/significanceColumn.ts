/**
 * What the summary sheet says about significance: the 显著性 column text and the one
 * narrative sentence it may add.
 */
import { poissonRateTest } from "./poissonRateTest";
import { verdictText, type VerdictStyle } from "./verdict";

/** Options for the significance text. */
export interface SignificanceOptions {
  /** Significance level, default 0.05. */
  readonly alpha?: number;
  /** t1/t2 when the periods differ in length, default 1. */
  readonly exposureRatio?: number;
  /** "zh" (default) or "en". */
  readonly style?: VerdictStyle;
}

/**
 * The 显著性 text for a count this period against the previous one (YOYSIG's text), or
 * undefined when the counts are not non-negative whole numbers (then the column stays blank).
 *
 * @param current this period's count
 * @param previous the previous period's count
 * @param options alpha, exposure ratio and style
 * @returns "显著上升（p=0.002）", "变化不显著（p=0.332）" …, or undefined
 * @example significanceText(11, 6) // "变化不显著（p=0.332）"
 */
export function significanceText(current: number, previous: number, options: SignificanceOptions = {}): string | undefined {
  try {
    const test = poissonRateTest(current, previous, options.exposureRatio ?? 1);
    return verdictText(test.direction, test.p, options.alpha ?? 0.05, options.style ?? "zh");
  } catch {
    return undefined;
  }
}

/** The direction of a comparison, or the two counts it is made from. */
export type Comparison = "up" | "down" | "flat" | { readonly current: number; readonly previous: number };

/**
 * The narrative sentence for a significant change, "事故起数上升在统计上显著"; undefined
 * when the change is not significant (p ≥ alpha) or there is no change, so the narrative
 * never claims significance it does not have.
 *
 * @param indicatorName the indicator as the report names it, such as "事故起数"
 * @param comparison "up", "down", "flat", or the current and previous values
 * @param p the two-sided p-value
 * @param alpha the significance level, default 0.05
 * @param style "zh" (default) or "en" ("the rise in 事故起数 is statistically significant")
 * @returns the sentence, or undefined
 * @example significanceSentence("事故起数", "up", 0.002) // "事故起数上升在统计上显著"
 */
export function significanceSentence(indicatorName: string, comparison: Comparison, p: number, alpha = 0.05, style: VerdictStyle = "zh"): string | undefined {
  const direction =
    typeof comparison === "string" ? comparison : comparison.current > comparison.previous ? "up" : comparison.current < comparison.previous ? "down" : "flat";
  if (direction === "flat" || !(p >= 0 && p < alpha)) return undefined;
  if (style === "en") return `the ${direction === "up" ? "rise" : "fall"} in ${indicatorName} is statistically significant`;
  return `${indicatorName}${direction === "up" ? "上升" : "下降"}在统计上显著`;
}
