/**
 * Statistics of another field. A table in which no emergency indicator was recognised may still be
 * statistics — GDP by province, population, tourism, public finance — exported from a statistics
 * bureau's database. Its words (the file's and sheet's names, the title, the headers) name the
 * field, so the summary can say what the workbook is instead of only "nothing recognised"; GDP and
 * population tables are offered as the denominators of 亿元GDP死亡率 and 十万人口死亡率, never used
 * before the user confirms them.
 */
import type { Message } from "../messages";

/** The fields a bureau's workbook may hold besides its own statistics. */
export type OtherField = "gdp" | "population" | "tourism" | "finance" | "statisticsExport";

const FIELD_WORDS: readonly [OtherField, RegExp][] = [
  ["gdp", /GDP|地区生产总值|国内生产总值|生产总值|增加值/i],
  // 受灾人口 and 转移人口 are the disaster form's; only a population count of its own is a denominator.
  ["population", /(常住|户籍|年末|总)人口|人口数|population/i],
  ["tourism", /旅游|游客|接待人次|tourism/i],
  ["finance", /财政|税收|预算收入|一般公共预算/],
  // The national statistics database's export sheets (data.stats.gov.cn): 分省年度数据, 年度数据, 月度数据.
  ["statisticsExport", /(分省|地区)?(年度|季度|月度)数据$/],
];

/** The field's name in messages. */
export const OTHER_FIELD_NAMES: Readonly<Record<OtherField, Message>> = {
  gdp: { zh: "地区生产总值（GDP）", en: "gross domestic product (GDP)" },
  population: { zh: "人口", en: "population" },
  tourism: { zh: "旅游", en: "tourism" },
  finance: { zh: "财政", en: "public finance" },
  statisticsExport: { zh: "统计数据库导出的其他领域数据", en: "another field's figures exported from a statistics database" },
};

/**
 * The field a table's words name, the most specific first (a GDP export is GDP, not merely an export).
 *
 * @param texts the file name, the sheet name, the title and the header cells
 * @returns the field, or undefined when the words name none
 * @example otherFieldOf(["nbs-gdp-by-province-export.xlsx", "分省年度数据", "地区", "2023年"]) // "gdp"
 */
export function otherFieldOf(texts: readonly (string | undefined)[]): OtherField | undefined {
  const words = texts.filter((t): t is string => !!t).map((t) => t.replace(/\.[A-Za-z]{2,4}$/, ""));
  return FIELD_WORDS.find(([, re]) => words.some((w) => re.test(w)))?.[0];
}

/** Whether a field's figures can serve as a rate's denominator once the user confirms them. */
export function isDenominatorField(field: OtherField): boolean {
  return field === "gdp" || field === "population";
}
