/**
 * The unit of a count of businesses as a sentence writes it, shared by the hazard and the
 * enforcement paragraphs so the two say one unit one way: 家次 is "家（次）", as the reference report
 * writes 414家(次) (座次 likewise); any other unit (家, 个, 座) as the source states it. 家次 and 次 count visits to
 * businesses (a business inspected twice counts twice), 家 and 个 the businesses themselves.
 */

/** Units that count visits, not businesses. */
const VISIT_UNITS = new Set(["家次", "次", "座次"]);

/**
 * A unit as a Chinese sentence writes it.
 *
 * @param unit the unit the source states
 * @returns the words
 * @example unitWords("家次") // "家（次）"
 * @example unitWords("家") // "家"
 */
export function unitWords(unit: string): string {
  return unit === "家次" || unit === "座次" ? `${unit[0]}（次）` : unit;
}

/**
 * Whether a count in this unit counts visits (家次) rather than businesses (家).
 *
 * @param unit the unit the source states
 * @returns true for 家次, 次, 座次
 * @example countsVisits("家次") // true
 */
export function countsVisits(unit: string | undefined): boolean {
  return unit !== undefined && VISIT_UNITS.has(unit);
}
