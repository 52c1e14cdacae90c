/** Messages of the statistics engine when its input cannot be tested or fitted. */
import type { Message } from "./message";

export const STATS_MESSAGES = {
  atLeastOneValue: { zh: "至少需要1个数值", en: "needs at least 1 value" },
  noRegions: { zh: "没有地区数据", en: "no regions" },
  countsNonNegative: { zh: "计数须为非负数", en: "counts must be non-negative" },
  countsWholeNonNegative: { zh: "计数须为非负整数", en: "counts must be non-negative whole numbers" },
  countsExposuresLength: { zh: "计数与暴露量个数不一致", en: "counts and exposures differ in length" },
  exposuresPositive: { zh: "暴露量须为正数", en: "exposures must be positive" },
  levelsBetween: { zh: "水平须在0与1之间", en: "levels must lie between 0 and 1" },
  countsTooLarge: { zh: "计数过大", en: "counts too large" },
  countsTooLargeExact: { zh: "计数过大，无法精确检验", en: "counts too large for an exact test" },
  exposureRatioPositive: { zh: "暴露比须为正数", en: "exposure ratio must be a positive number" },
  atLeastPoints: (n: number): Message => ({ zh: `至少需要${n}个数据点`, en: `needs at least ${n} points` }),
  countsPeriodsLength: { zh: "计数与期数长度不一致", en: "counts and periods differ in length" },
  periodsDiffer: { zh: "期数不能重复", en: "periods must all differ" },
  noFiniteTrend: { zh: "无法估计趋势：除一端外计数均为0", en: "no finite trend: counts are 0 except at one end" },
  wilsonCounts: { zh: "须 0 ≤ 分子 ≤ 分母且分母 > 0", en: "need 0 ≤ numerator ≤ denominator, denominator > 0" },
  confidenceBetween: { zh: "置信水平须在0与1之间", en: "confidence must lie between 0 and 1" },
  trendNotConverged: { zh: "趋势拟合未收敛", en: "the trend fit did not converge" },
} as const;
