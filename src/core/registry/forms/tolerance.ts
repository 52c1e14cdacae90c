/**
 * How far a stated figure may be from the one recomputed from its parts before it is a slip.
 * Figures kept to two decimals (万元, 亿元, 公顷, 千米, 万人 …) lose up to half a hundredth in each
 * rounded part, so a total may differ from the sum of its rounded parts by 0.01 with nothing
 * wrong: that is reported as rounding, never as a slip. Whole units (人, 起, 户, 间, 个) must agree
 * exactly.
 */

/** Units bureaus write with two decimals. */
const DECIMAL_UNITS = new Set(["万元", "亿元", "元", "公顷", "千公顷", "亩", "千米", "公里", "万人", "万人次", "%"]);

/**
 * The rounding tolerance of a figure, in the base unit its values were brought to.
 *
 * @param unit the unit the table states for the column (or the indicator's base unit)
 * @param factor the factor that brought the stated values to the base unit (元 → 万元: 0.0001)
 * @returns 0.01 of the stated unit for units kept to two decimals, else 0
 * @example roundingTolerance("万元", 1) // 0.01
 * @example roundingTolerance("人", 1) // 0
 */
export function roundingTolerance(unit: string | undefined, factor = 1): number {
  if (unit === undefined || !DECIMAL_UNITS.has(unit)) return 0;
  return Number((0.01 * factor).toPrecision(12));
}
