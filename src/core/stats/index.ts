/** Statistics that tell a real change from noise: the public surface of `src/core/stats/`. */
export { logGamma, logChoose, logFactorial } from "./logGamma";
export { regularizedGammaP, regularizedGammaQ } from "./regularizedGamma";
export { normalQuantile, normalUpperTail, twoSidedNormalP } from "./normal";
export { binomialProbability, binomialLowerTail, binomialUpperTail, binomialTestTwoSided } from "./binomialTest";
export { poissonRateTest, isCount, type PoissonRateTest } from "./poissonRateTest";
export { formatP } from "./formatP";
export { verdictText, type VerdictStyle } from "./verdict";
export { wilsonInterval, type Interval } from "./wilsonInterval";
export { proportionDifference, type ProportionDifference } from "./proportionDifference";
export { poissonTrend, TREND_MINIMUM_POINTS, type PoissonTrend } from "./poissonTrend";
export { mannKendall, exactKendallP, MANN_KENDALL_MINIMUM_POINTS, type MannKendall } from "./mannKendall";
export { poissonLowerTail, poissonQuantile } from "./poissonQuantile";
export { funnelOutliers, funnelFlagText, FUNNEL_LEVELS, type FunnelRegion, type FunnelPosition } from "./funnelOutliers";
export { describe, quantileType7, DESCRIPTION_ROWS, type Description } from "./describe";
export { holmAdjust } from "./holm";
export { significanceText, significanceSentence, type Comparison, type SignificanceOptions } from "./significanceColumn";
