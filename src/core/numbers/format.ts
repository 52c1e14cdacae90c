/**
 * Number and percent text in the bureaus' house style: no thousands separators,
 * rounding half-up on the decimal value, trailing zeros dropped unless asked for.
 */
import { formatDecimal, roundDecimal, roundedRatio, toDecimal, type RoundingMode } from "./decimal";

/** How a percent is written. */
export interface PercentStyle {
  /** Decimals to keep; 1 by default (23.8%). */
  readonly decimals: number;
  /** Drop trailing zeros and a bare point (15.0% → 15%); true by default. */
  readonly stripTrailingZeros: boolean;
  /** half_up (default) or truncate, as the Chizhou tables do. */
  readonly rounding: RoundingMode;
}

/** The Chuxiong house style: one decimal, half-up, trailing zeros dropped. */
export const DEFAULT_PERCENT_STYLE: PercentStyle = { decimals: 1, stripTrailingZeros: true, rounding: "half_up" };

/**
 * Writes a fraction as percent text.
 *
 * @param fraction the value as a fraction (0.15 for 15%)
 * @param style decimals, trailing zeros and rounding
 * @returns the text with a % sign
 * @example formatPercent(0.2380952) // "23.8%"
 * @example formatPercent(0.9197, { decimals: 0, stripTrailingZeros: true, rounding: "half_up" }) // "92%"
 */
export function formatPercent(fraction: number, style: Partial<PercentStyle> = {}): string {
  const s = { ...DEFAULT_PERCENT_STYLE, ...style };
  return `${formatDecimal(roundedRatio(fraction, 1, 100, s.decimals, s.rounding), s.stripTrailingZeros)}%`;
}

/**
 * Writes the ratio numerator / denominator as percent text, computed exactly.
 *
 * @param numerator e.g. hazards rectified
 * @param denominator e.g. hazards found, not 0
 * @param style decimals, trailing zeros and rounding
 * @returns the percent text
 * @example formatRatioPercent(378, 411, { decimals: 0 }) // "92%"
 */
export function formatRatioPercent(numerator: number, denominator: number, style: Partial<PercentStyle> = {}): string {
  const s = { ...DEFAULT_PERCENT_STYLE, ...style };
  return `${formatDecimal(roundedRatio(numerator, denominator, 100, s.decimals, s.rounding), s.stripTrailingZeros)}%`;
}

/**
 * Writes a number for prose: no thousands separators, at most `maxDecimals` decimals
 * (rounded half-up), trailing zeros dropped (100万元, 114.2万元, 124.08万元).
 *
 * @param value a finite number
 * @param maxDecimals the most decimals to show; 2 by default, as for 万元
 * @returns the text
 * @example formatNumber(12322.34) // "12322.34"
 * @example formatNumber(100.0) // "100"
 */
export function formatNumber(value: number, maxDecimals = 2): string {
  const d = toDecimal(value);
  if (d.scale <= maxDecimals) return formatDecimal(d, true);
  return formatDecimal(roundDecimal(value, maxDecimals), true);
}
