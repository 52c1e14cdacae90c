/**
 * How the simulated grid shows a cell: the value through its number format, as Excel would
 * display it (the rule lives in core, shared with the report's tables), and column letters.
 */
export { displayText } from "../core/numbers/displayText";

/**
 * The A1 column letters of a 0-based column.
 *
 * @param column 0-based column
 * @returns letters
 * @example columnLetters(27) // "AB"
 */
export function columnLetters(column: number): string {
  let n = column + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
