/**
 * Cleaning header and label text before it is matched: bureau workbooks break headers over
 * lines ("商贸制\n造"), mix full- and half-width brackets and put units in brackets.
 */

import { memoByText } from "../text/memoByText";
import { KNOWN_UNITS } from "./unitWords";

const SPACES = /[\s\u00a0\u3000\u200b\ufeff]+/g;
// 指标/单位, the national accident tables' header form: "事故/起", "死亡/人", "人口/万人".
const SLASH_UNIT = new RegExp(`^(.*[^/\\d])/(${KNOWN_UNITS.filter((u) => u !== "%").join("|")})$`);
const BRACKETED = /[（(【[][^（()）【】[\]]*[）)】\]]/g;
// "其中：", or the statistical yearbooks' "#" before a part ("#天然林", "#死亡人数"; not "#1").
const OF_WHICH_PREFIX = /^(其中[:：，,、]?|#(?=[^\d#]))/;

/**
 * Cleans text for display: every space and line break removed, since Chinese headers carry
 * no meaningful spaces. Full-width brackets and colons are kept as written ("县（市）").
 *
 * @param text a header or label cell
 * @returns the text without spaces or line breaks, or "" for non-text
 * @example cleanHeader("交通运\n输") // "交通运输"
 */
export function cleanHeader(text: unknown): string {
  if (text === null || text === undefined) return "";
  return String(text).replace(SPACES, "");
}

/**
 * Cleans text for comparison: as `cleanHeader`, after NFKC (full-width → half-width).
 *
 * @param text a header or label cell
 * @returns the normalised text
 * @example normalHeader("县（市）") // "县(市)"
 */
export function normalHeader(text: unknown): string {
  if (text === null || text === undefined) return "";
  return normalText(String(text));
}

/** Each text normalised once: the same headers and labels come back in every return and row. */
const normalText = memoByText((text) => text.normalize("NFKC").replace(SPACES, ""));

/**
 * A header written as 指标/单位 ("事故/起", "人口/万人"): its name and its unit.
 *
 * @param text a header cell
 * @returns the name and the unit, or undefined when the header is not of that form
 * @example trailingUnit("事故/起") // { name: "事故", unit: "起" }
 */
export function trailingUnit(text: unknown): { name: string; unit: string } | undefined {
  const m = SLASH_UNIT.exec(normalHeader(text));
  return m && m[1] !== "" ? { name: m[1], unit: m[2] } : undefined;
}

/**
 * The core words of a header, for matching: cleaned, bracketed parts (units, "+/-") removed,
 * a unit after a slash removed ("事故/起"), a leading "其中：" removed, and trailing colons dropped.
 *
 * @param text a header cell
 * @returns the words that name the indicator
 * @example headerCore("其中：重大隐患（条）") // "重大隐患"
 */
export function headerCore(text: unknown): string {
  let s = normalHeader(text);
  const withoutBrackets = s.replace(BRACKETED, "");
  // "(万元)" alone would vanish entirely; keep the inner text then.
  s = withoutBrackets !== "" ? withoutBrackets : s.replace(/[（()）【】[\]]/g, "");
  s = s.replace(OF_WHICH_PREFIX, "");
  s = trailingUnit(s)?.name ?? s;
  return s.replace(/[:：]+$/, "");
}

/**
 * Whether a header starts with "其中" (a part of the column or row before it).
 *
 * @param text a header or label cell
 * @returns true for "其中：…", "其中:…", a bare "其中" and the yearbooks' "#人工林"
 * @example isOfWhich("其中：旱灾") // true
 */
export function isOfWhich(text: unknown): boolean {
  return OF_WHICH_PREFIX.test(normalHeader(text));
}

/**
 * Levenshtein edit distance between two short strings (headers are under 30 characters).
 *
 * @param a first string
 * @param b second string
 * @returns the number of single-character edits between them
 * @example editDistance("公务服务", "公共服务") // 1
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1);
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * Similarity of two strings from 0 to 1: one minus the edit distance over the longer length.
 *
 * @param a first string
 * @param b second string
 * @returns 1 for equal strings, 0 for nothing in common
 * @example similarity("工贸商贸业", "工矿商贸业") // 0.8
 */
export function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  return 1 - editDistance(a, b) / longer;
}
