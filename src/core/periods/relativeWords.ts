/**
 * Words that name a period by its place relative to the report period rather than by a date:
 * 本期, 当月, 累计, 去年同期, 去年同月, 上年, 上月 … (docs/periods.md). The comparisons are the
 * ones bureau tables print: 同比 against the same span a year earlier, 环比 against the span before.
 */
import type { PeriodGroup, PeriodRelation } from "./period";

interface RelativeWord {
  readonly relation: PeriodRelation;
  readonly group?: PeriodGroup;
  readonly yearsAgo?: number;
}

const WORDS: readonly [RelativeWord, readonly string[]][] = [
  [{ relation: "current" }, ["本期", "当期", "本年", "本年度", "今年", "本期数", "当期数"]],
  [{ relation: "current", group: "month" }, ["本月", "当月", "本月份", "当月份", "本月数", "当月数"]],
  [
    { relation: "current", group: "cumulative" },
    ["累计", "累计数", "本期累计", "本年累计", "今年累计", "当月累计", "年初至今", "年初累计", "自年初累计", "今年以来", "本年以来", "本年累计数", "全年累计"],
  ],
  [{ relation: "year_ago" }, ["去年同期", "上年同期", "同期", "去年", "上年", "上年度", "去年度", "同期数", "去年同期数", "上年同期数", "上期"]],
  [{ relation: "year_ago", group: "month" }, ["去年同月", "上年同月", "同月", "去年同月数", "上年同月数", "去年当月", "上年当月"]],
  [{ relation: "year_ago", group: "cumulative" }, ["上年累计", "去年累计", "去年同期累计", "上年同期累计", "去年同期累计数", "上年同期累计数"]],
  [{ relation: "month_before", group: "month" }, ["上月", "上月数", "上月份", "前月"]],
  // Two years back: one period of a series, never the base of a 同比.
  [{ relation: "series", yearsAgo: 2 }, ["前年同期", "前年", "前年同期数", "前年累计", "前年同期累计"]],
  [{ relation: "series", group: "month", yearsAgo: 2 }, ["前年同月", "前年同月数"]],
];

const BY_WORD = new Map<string, RelativeWord>(WORDS.flatMap(([meaning, words]) => words.map((w): [string, RelativeWord] => [w, meaning])));

/**
 * The meaning of a relative period word.
 *
 * @param text normalised text (normalisePeriodText)
 * @returns the relation and group, or undefined when the text is not such a word
 * @example relativeWord("去年同月") // { relation: "year_ago", group: "month" }
 * @example relativeWord("上月") // { relation: "month_before", group: "month" }
 */
export function relativeWord(text: string): RelativeWord | undefined {
  return BY_WORD.get(text);
}
