/**
 * The accident levels of 《生产安全事故报告和调查处理条例》 Art. 3 in English, one name each wherever the
 * summary says them (the level table, the 综述, the reader's notes): 特别重大 "especially serious", 重大
 * "serious", 较大 "relatively serious", 一般 "ordinary", as the State Council's regulation is
 * translated (docs/glossary.md). 较大及以上 is "relatively serious or worse".
 */

/** Each level's English name, lower case. */
export const LEVEL_ENGLISH: Readonly<Record<string, string>> = {
  特别重大: "especially serious",
  重大: "serious",
  较大: "relatively serious",
  一般: "ordinary",
};

/**
 * The adjective for accidents of 较大, or of 较大 and the levels above it.
 *
 * @param orAbove true for 较大及以上
 * @returns "relatively serious" or "relatively serious or worse"
 * @example largerAccidents(true) // "relatively serious or worse"
 */
export function largerAccidents(orAbove: boolean): string {
  return orAbove ? `${LEVEL_ENGLISH["较大"]} or worse` : LEVEL_ENGLISH["较大"];
}
