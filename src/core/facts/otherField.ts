/**
 * Tables of another field's statistics: a table that gave no emergency fact but whose title,
 * sheet name or headers name GDP, tourism, population or public finance, or the national
 * statistics database's export sheets (分省年度数据), is named as such rather than as "no indicator"
 * (issue 26.6). The words are the statistical yearbooks' own; the FORMS engineer's measure
 * classification (issue 26.3) may refine it.
 */
import { MESSAGES, type Message } from "../messages";
import type { TableSource } from "./sources";

const FIELDS: readonly [RegExp, Message][] = [
  [/GDP|生产总值|增加值|国民经济核算/i, MESSAGES.facts.fieldGdp],
  [/旅游|游客|接待.*人次/, MESSAGES.facts.fieldTourism],
  [/常住人口|户籍人口|人口普查|出生率|人口自然增长/, MESSAGES.facts.fieldPopulation],
  [/财政收入|财政支出|一般公共预算|税收收入/, MESSAGES.facts.fieldFinance],
  [/^(分省|分市|地区)?(年度|季度|月度)数据$/, MESSAGES.facts.fieldNationalDatabase],
];

/**
 * The other field a table's words name, if any.
 *
 * @param source a table that gave no fact
 * @returns the field's name in both languages, or undefined
 * @example otherField(nbsExport)?.zh // "国家统计局数据库导出的数据" (sheet 分省年度数据)
 */
export function otherField(source: TableSource): Message | undefined {
  const words = [source.title ?? "", source.sheet, source.keyHeader, ...source.recognition.unrecognisedHeaders];
  for (const [pattern, field] of FIELDS) if (words.some((w) => pattern.test(w.trim()))) return field;
  return undefined;
}
