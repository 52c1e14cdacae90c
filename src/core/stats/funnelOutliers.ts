/**
 * Funnel-plot limits for counts by region (Spiegelhalter 2005, "Funnel plots for comparing
 * institutional performance", Statistics in Medicine 24:1185–1202): which regions have more
 * or fewer accidents than chance allows, given their exposure.
 */
import { poissonQuantile } from "./poissonQuantile";
import { MessageError } from "../messages/message";
import { STATS_MESSAGES } from "../messages/statsMessages";

/** Where one region falls. */
export type FunnelPosition = "high" | "low" | "within";

/** One region's expected count, limits and position. */
export interface FunnelRegion {
  readonly count: number;
  /** The expected count: the overall rate times the region's exposure. */
  readonly expected: number;
  /** The limits at each level, as exact Poisson quantiles [lower, upper]. */
  readonly limits: ReadonlyArray<{
    readonly level: number;
    readonly lower: number;
    readonly upper: number;
  }>;
  /** The position at the strictest level the count breaks, or "within". */
  readonly position: FunnelPosition;
  /** The level whose limit the count breaks (the strictest one), when it breaks one. */
  readonly level?: number;
}

/** The two levels Spiegelhalter recommends: a 95% warning and a 99.8% control limit. */
export const FUNNEL_LEVELS: readonly number[] = [0.95, 0.998];

/**
 * Compares each region's count with the Poisson limits around its expected count. With
 * exposures the expected count is the overall rate Σcount/Σexposure times the exposure;
 * without, every region expects the mean count. A count is outside a limit at level L when
 * it lies below the α/2 quantile or above the 1 − α/2 quantile of Poisson(expected), α = 1 − L.
 *
 * @param counts the counts per region, non-negative
 * @param exposures the exposure per region (population, enterprises), positive; omit for "against the mean"
 * @param levels the limit levels, default 95% and 99.8%
 * @returns one entry per region
 * @throws RangeError for no regions, negative counts, non-positive exposures, mismatched lengths or expected counts above 1e12
 * @example funnelOutliers([5, 30, 8], [100, 120, 90])[1].position // "high"
 */
export function funnelOutliers(counts: readonly number[], exposures?: readonly number[], levels: readonly number[] = FUNNEL_LEVELS): FunnelRegion[] {
  if (counts.length === 0) throw new MessageError(STATS_MESSAGES.noRegions);
  if (counts.some((c) => !(c >= 0) || !Number.isFinite(c))) throw new MessageError(STATS_MESSAGES.countsNonNegative);
  const exposure = exposures ?? counts.map(() => 1);
  if (exposure.length !== counts.length) throw new MessageError(STATS_MESSAGES.countsExposuresLength);
  if (exposure.some((e) => !(e > 0) || !Number.isFinite(e))) throw new MessageError(STATS_MESSAGES.exposuresPositive);
  if (levels.some((l) => !(l > 0 && l < 1))) throw new MessageError(STATS_MESSAGES.levelsBetween);
  const rate = counts.reduce((a, b) => a + b, 0) / exposure.reduce((a, b) => a + b, 0);
  if (rate * Math.max(...exposure) > 1e12) throw new MessageError(STATS_MESSAGES.countsTooLarge);
  const strictestFirst = [...levels].sort((a, b) => b - a);
  return counts.map((count, i) => {
    const expected = rate * exposure[i];
    const limits = strictestFirst.map((level) => {
      const alpha = 1 - level;
      return {
        level,
        lower: poissonQuantile(alpha / 2, expected),
        upper: poissonQuantile(1 - alpha / 2, expected),
      };
    });
    for (const limit of limits) {
      if (count > limit.upper)
        return {
          count,
          expected,
          limits,
          position: "high" as const,
          level: limit.level,
        };
      if (count < limit.lower)
        return {
          count,
          expected,
          limits,
          position: "low" as const,
          level: limit.level,
        };
    }
    return { count, expected, limits, position: "within" as const };
  });
}

/**
 * The flag text for one region: "偏高（超出99.8%控制限）", "偏低（低于95%控制限）", "正常";
 * in English "high (above 99.8% limit)", "low (below 95% limit)", "within limits".
 *
 * @param region one entry of {@link funnelOutliers}
 * @param style "zh" (default) or "en"
 * @returns the flag text
 * @example funnelFlagText({ count: 30, expected: 14, limits: [], position: "high", level: 0.998 }) // "偏高（超出99.8%控制限）"
 */
export function funnelFlagText(region: FunnelRegion, style: "zh" | "en" = "zh"): string {
  const percent = region.level === undefined ? "" : `${Number((region.level * 100).toPrecision(6))}%`;
  if (style === "en") {
    if (region.position === "high") return `high (above ${percent} limit)`;
    if (region.position === "low") return `low (below ${percent} limit)`;
    return "within limits";
  }
  if (region.position === "high") return `偏高（超出${percent}控制限）`;
  if (region.position === "low") return `偏低（低于${percent}控制限）`;
  return "正常";
}
