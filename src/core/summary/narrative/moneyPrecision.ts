/**
 * Money in English at the precision the source states it (issue 22, English: "one money unit and
 * precision per sentence"). A total the source rounds more coarsely than its parts (corpus 37, 广西 2020:
 * 经济处罚1.3亿元 beside 监督处罚4226.97万元 and 事故处罚8872.95万元) is never printed with decimals it never had
 * ("CNY 130.00 million"): it is told at its own precision in a sentence of its own ("CNY 130 million,
 * given to the nearest CNY 10 million"), and the parts in another at theirs, with their sum, so the reader
 * sees that the gap (131.00 against 130) is the source's rounding (docs/report-rules.md rule 16).
 */
import { toDecimal } from "../../numbers/decimal";
import { enNumber } from "./figures";

/**
 * The decimals a stated figure is written with (1.3 → 1, 4226.97 → 2, 13000 → 0), read from its value.
 *
 * @param x the figure in the unit the source states it in
 * @returns the decimals, at most 6
 * @example statedDecimals(1.3) // 1
 */
export function statedDecimals(x: number): number {
  return Math.min(6, toDecimal(x).scale);
}

/**
 * The step, in yuan, a stated amount is given to: 1.3亿元 → 10,000,000; 4226.97万元 → 100.
 *
 * @param x the amount in the unit the source states it in
 * @param toWan what one of that unit is in 万元 (亿元 → 10,000; 万元 → 1; 元 → 0.0001)
 * @returns the step in yuan
 * @example statedStep(1.3, 1e4) // 10000000
 */
export function statedStep(x: number, toWan: number): number {
  return Number((10 ** -statedDecimals(x) * toWan * 1e4).toPrecision(12));
}

/** The scale of an English amount: billion from a billion up, million from a million up. */
function scaleOf(yuan: number): [number, string] {
  return yuan >= 1e9 ? [1e9, "billion"] : yuan >= 1e6 ? [1e6, "million"] : [1, ""];
}

/**
 * The smallest step a money format of two decimals shows at the scale of an amount (CNY 130.00 million:
 * 10,000 yuan).
 *
 * @param wan the largest amount of the sentence, in 万元
 * @returns the step in yuan
 */
export function printedStep(wan: number): number {
  const [scale] = scaleOf(Math.abs(wan * 1e4));
  return scale === 1 ? 1 : scale / 100;
}

/**
 * An amount at the step it is stated to: "CNY 130 million" for 1.3亿元, never "CNY 130.00 million".
 *
 * @param wan the amount in 万元
 * @param step the step in yuan it is stated to
 * @returns the English amount
 * @example enMoneyAt(13000, 1e7) // "CNY 130 million"
 */
export function enMoneyAt(wan: number, step: number): string {
  const yuan = wan * 1e4;
  const [scale, word] = scaleOf(Math.abs(yuan));
  const decimals = Math.max(0, Math.min(2, Math.ceil(-Math.log10(step / scale) - 1e-9)));
  const x = Number((yuan / scale).toFixed(decimals));
  return `CNY ${enNumber(x, decimals)}${word ? ` ${word}` : ""}`;
}

/**
 * The step as words: "CNY 10 million", "CNY 100,000".
 *
 * @param step the step in yuan
 * @returns the words
 * @example stepWords(1e7) // "CNY 10 million"
 */
export function stepWords(step: number): string {
  return step >= 1e6 ? `CNY ${enNumber(step / 1e6, 0)} million` : `CNY ${enNumber(step, 0)}`;
}

/**
 * Whether a total is stated more coarsely than a sentence with its parts would print it, and its parts,
 * taken exactly, round to it at its own step: the gap is the source's rounding.
 *
 * @param total the total in 万元
 * @param step the step in yuan the total is stated to
 * @param parts the parts in 万元
 * @param money the sentence's money format
 * @returns true when the total is to be told at its own step, apart from its parts
 */
export function roundedTotal(total: number, step: number, parts: readonly number[], money: (wan: number) => string): boolean {
  if (parts.length < 2 || step <= printedStep(Math.max(Math.abs(total), ...parts.map(Math.abs)))) return false;
  const sum = parts.reduce((s, x) => s + x, 0) * 1e4;
  const rounded = Math.round(sum / step) * step;
  return Math.abs(rounded - total * 1e4) < 1e-6 * Math.max(1, Math.abs(total * 1e4)) && money(total) !== money(sum / 1e4);
}
