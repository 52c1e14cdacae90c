/**
 * Number helpers shared by the paragraph modules: figures as prose writes them (no thousands
 * separators in Chinese, at most two decimals; thousands separators in English), money in
 * English ("CNY 123.22 million"), and a missing figure kept missing (docs/report-rules.md).
 */
import { formatNumber } from "../../numbers/format";
import type { IndicatorPair, SourcedValue } from "../facts";

/**
 * A figure as Chinese prose writes it ("12322.34", "100").
 *
 * @param x the number
 * @returns the text
 * @example n(100) // "100"
 */
export function n(x: number): string {
  return formatNumber(x, 2);
}

/**
 * A figure as English prose writes it, with thousands separators ("301,265", "16,498.4").
 *
 * @param x the number
 * @param maxDecimals at most this many decimals (2)
 * @returns the text
 * @example enNumber(301265) // "301,265"
 */
export function enNumber(x: number, maxDecimals = 2): string {
  const text = formatNumber(Math.abs(x), maxDecimals);
  const [int, frac] = text.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${x < 0 ? "-" : ""}${grouped}${frac ? `.${frac}` : ""}`;
}

/**
 * An amount in 万元 as English money: "CNY 123.22 million" from a million up ("CNY 1.23 billion"
 * from a billion), else whole yuan with separators ("CNY 197,600").
 *
 * @param wan the amount in 万元 (10,000 CNY)
 * @returns the English amount
 * @example enMoney(12322.34) // "CNY 123.22 million"
 */
export function enMoney(wan: number): string {
  const yuan = wan * 10000;
  const abs = Math.abs(yuan);
  if (abs >= 1e9) return `CNY ${enNumber(Number((yuan / 1e9).toFixed(6)))} billion`;
  if (abs >= 1e6) return `CNY ${enNumber(Number((yuan / 1e6).toFixed(6)))} million`;
  return `CNY ${enNumber(Number(yuan.toFixed(2)))}`;
}

/**
 * An English list: "a", "a and b", "a, b and c".
 *
 * @param items the items
 * @returns the list
 * @example enList(["3", "5", "5"]) // "3, 5 and 5"
 */
export function enList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/**
 * The number of a sourced figure, or undefined when the source left it out ("—", blank, "/").
 * A missing figure is never turned into 0.
 *
 * @param v the sourced figure, or nothing
 * @returns the number, or undefined
 * @example present({ value: null }) // undefined
 */
export function present(v: SourcedValue | undefined): number | undefined {
  const x = v?.value;
  return x === null || x === undefined || !Number.isFinite(x) ? undefined : x;
}

/**
 * The pair of one indicator among a row's pairs.
 *
 * @param pairs the pairs of a row or of the totals
 * @param id the indicator id
 * @returns the pair, or undefined
 */
export function pairOf(pairs: readonly IndicatorPair[] | undefined, id: string): IndicatorPair | undefined {
  return pairs?.find((p) => p.indicator === id);
}

/**
 * This period's figure of one indicator, undefined when missing.
 *
 * @param pairs the pairs of a row or of the totals
 * @param id the indicator id
 * @returns the number, or undefined
 */
export function currentOf(pairs: readonly IndicatorPair[] | undefined, id: string): number | undefined {
  return present(pairOf(pairs, id)?.current);
}
