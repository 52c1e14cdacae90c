/**
 * Sheet names the add-in may create: valid for Excel and unique in the workbook.
 */

const FORBIDDEN = /[\\/?*[\]:]/g;
const MAX_LENGTH = 31;

/**
 * Makes a name Excel accepts: forbidden characters \ / ? * [ ] : replaced, no quote at either
 * end, at most 31 characters, never empty.
 *
 * @param name the wished-for name
 * @returns a valid sheet name
 * @example validSheetName("汇总:2024/1-6") // "汇总_2024_1-6"
 */
export function validSheetName(name: string): string {
  let s = name
    .replace(FORBIDDEN, "_")
    .replace(/^'+|'+$/g, "")
    .trim();
  if (s === "") s = "汇总";
  return [...s].slice(0, MAX_LENGTH).join("");
}

/**
 * A valid sheet name not yet used (compared without case, as Excel does): the base name,
 * then "base (2)", "base (3)" … shortened so the suffix fits in 31 characters.
 *
 * @param base the wished-for name
 * @param existing the names in the workbook
 * @returns the first free name
 * @example uniqueSheetName("汇总", ["汇总", "汇总 (2)"]) // "汇总 (3)"
 */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const valid = validSheetName(base);
  if (!taken.has(valid.toLowerCase())) return valid;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const stem = [...valid].slice(0, MAX_LENGTH - suffix.length).join("");
    const candidate = `${stem}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
