/**
 * Accident levels of 《生产安全事故报告和调查处理条例》 Art. 3 (docs/indicators.md). Any one criterion
 * is enough; "以上" includes the bound, "以下" excludes it.
 */

/** The four levels, most serious first. */
export const ACCIDENT_LEVELS = ["特别重大", "重大", "较大", "一般"] as const;

/** One of the four levels. */
export type AccidentLevel = (typeof ACCIDENT_LEVELS)[number];

/** The least deaths (with the missing), serious injuries and direct loss (万元) of each level above 一般, most serious first. */
export const LEVEL_THRESHOLDS: readonly { level: Exclude<AccidentLevel, "一般">; deaths: number; seriousInjuries: number; directLoss: number }[] = [
  { level: "特别重大", deaths: 30, seriousInjuries: 100, directLoss: 10000 },
  { level: "重大", deaths: 10, seriousInjuries: 50, directLoss: 5000 },
  { level: "较大", deaths: 3, seriousInjuries: 10, directLoss: 1000 },
];

/**
 * The level an accident's casualties and loss put it in.
 *
 * @param deaths deaths (with the missing, as the 条例 counts them)
 * @param seriousInjuries serious injuries, acute industrial poisoning included
 * @param directLoss direct economic loss in 万元
 * @returns the level
 * @example accidentLevel(3, 0, 0) // "较大"
 * @example accidentLevel(0, 0, 999.99) // "一般"
 */
export function accidentLevel(deaths: number, seriousInjuries: number, directLoss: number): AccidentLevel {
  // An indexed loop, not find() or for…of: this runs once or twice per ledger row.
  for (let i = 0; i < LEVEL_THRESHOLDS.length; i++) {
    const t = LEVEL_THRESHOLDS[i];
    if (deaths >= t.deaths || seriousInjuries >= t.seriousInjuries || directLoss >= t.directLoss) return t.level;
  }
  return "一般";
}

/**
 * Whether a level (as written in a ledger or derived) is 较大 or above.
 *
 * @param level "较大", "较大事故", "重大" …
 * @returns true for 较大, 重大 and 特别重大
 * @example isLargerOrAbove("一般") // false
 */
export function isLargerOrAbove(level: string): boolean {
  return /较大|重大/.test(level);
}
