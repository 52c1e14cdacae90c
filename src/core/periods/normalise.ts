/**
 * Period text brought to one spelling before it is parsed: full-width digits and punctuation
 * (NFKC), Chinese numerals in years, months and quarters (二〇二四年, 十二月, 第三季度), and the many
 * dashes bureaus type between two months (1—6月, 1～6月, 1至6月) as "~".
 */

import { memoByText } from "../text/memoByText";

const SPACES = /[\s\u00a0\u3000\u200b\ufeff]+/g;
const DIGIT: Readonly<Record<string, string>> = { 〇: "0", 零: "0", 一: "1", 二: "2", 两: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9" };
const CHINESE_YEAR = /([〇零一二三四五六七八九]{4})年/g;
// 十二月 before 十月 before 一月: the longest numeral first.
const CHINESE_MONTH = /(十[一二]|[一二两三四五六七八九十])(月|个?季度)/g;
// The first of two months or quarters written in numerals: 一至六月, 一至三季度 (the second is converted above).
const CHINESE_RANGE_START = /(十[一二]|[一二三四五六七八九十])(?=(?:至|到|[—–―‐‑‒−~〜～-])\d{1,2}(?:月|季度))/g;
// Dashes between two figures of a span. ASCII "-" stays as it is: dates use it too (2024-06-30).
const RANGE_DASH = /[—–―‐‑‒−~〜～]+/g;
// 至 / 到 between two dates or months ("1月至6月", "2024.1.1到2024.6.30"), never in 截至 / 截止到.
const RANGE_WORD = /([\d月日])(?:至|到)(?=\d)/g;

function chineseNumber(text: string): string {
  if (text === "十") return "10";
  if (text.startsWith("十")) return `1${DIGIT[text.slice(1)]}`;
  return DIGIT[text] ?? text;
}

/**
 * The one spelling the period parsers read.
 *
 * @param text any cell, title, sheet or file name
 * @returns NFKC text without spaces, Chinese numerals in years, months and quarters as digits, range dashes as "~"
 * @example normalisePeriodText("二〇二四年１—６月") // "2024年1~6月"
 * @example normalisePeriodText("第三季度") // "第3季度"
 */
export function normalisePeriodText(text: unknown): string {
  if (text === null || text === undefined) return "";
  return oneSpelling(String(text));
}

/** Each text brought to its spelling once: headers, titles and sheet names are read many times. */
const oneSpelling = memoByText((text) =>
  text
    .normalize("NFKC")
    .replace(SPACES, "")
    .replace(CHINESE_YEAR, (_m, y: string) => `${[...y].map((c) => DIGIT[c]).join("")}年`)
    .replace(CHINESE_MONTH, (_m, n: string, unit: string) => `${chineseNumber(n)}${unit}`)
    .replace(CHINESE_RANGE_START, (n: string) => chineseNumber(n))
    .replace(RANGE_DASH, "~")
    .replace(RANGE_WORD, "$1~"),
);
