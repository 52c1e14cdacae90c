/**
 * Text stays text: the one rule every writer follows before a string reaches a place where a
 * spreadsheet reads what is typed (Office.js `Range.formulas`/`values`, the in-memory host's
 * formula engine). A string is written with a leading apostrophe — which Excel keeps out of the
 * value — when Excel would otherwise make something else of it:
 *
 * - a formula: a leading `= + - @`, their full-width forms `＝ ＋ － ＠` (an East Asian input
 *   method turns them into the ASCII ones), even after blanks or invisible characters (zero-width
 *   space, BOM, bidirectional marks) that a paste or a TRIM may strip;
 * - a number, percentage, date or time ("2020", "1-6", "3.5%", "12:30", "Mar 2024"), a boolean, a
 *   currency or bracketed amount, full-width digits;
 * - a leading apostrophe of its own, which Excel would swallow.
 *
 * An apostrophe in front of harmless text changes nothing, so the rule errs on that side. Files
 * written by the package writer hold text as inline strings, which no spreadsheet evaluates.
 */

/** Blanks and characters that do not show (and that copy, paste or TRIM may drop). */
const INVISIBLE = "\\s\\u00AD\\u180E\\u200B-\\u200F\\u2028-\\u202F\\u205F-\\u206F\\u3000\\uFEFF";

/** What starts a formula when typed: ASCII and full-width. */
const FORMULA_START = "=+\\-@\\uFF1D\\uFF0B\\uFF0D\\uFF20";

const STARTS_FORMULA = new RegExp(`^[${INVISIBLE}]*[${FORMULA_START}]`);

const REINTERPRETED = new RegExp(
  `^[${INVISIBLE}]*(?:[${FORMULA_START}'.,(¥$€£\\d\\uFF10-\\uFF19]|(?:true|false)\\s*$|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?[\\s\\-/]*\\d)`,
  "i",
);

/**
 * Whether a string would be taken as the start of a formula (leading blanks and invisible
 * characters ignored).
 *
 * @example startsLikeFormula("\u200B=1+1") // true
 * @example startsLikeFormula("＠A1") // true
 * @example startsLikeFormula("楚雄市") // false
 */
export function startsLikeFormula(text: string): boolean {
  return STARTS_FORMULA.test(text);
}

/**
 * A text as Excel will keep it when typed or written through `Range.formulas`/`values`.
 *
 * @param text the text to write
 * @returns the text with a leading apostrophe where Excel would reinterpret it, else itself
 * @example asText("2020") // "'2020"
 * @example asText("@SUM(A1)") // "'@SUM(A1)"
 * @example asText("楚雄市") // "楚雄市"
 */
export function asText(text: string): string {
  return REINTERPRETED.test(text) ? `'${text}` : text;
}
