/** Messages of the consolidation of county returns (汇总各县报表): what was reconciled, and why. */
import type { Message } from "./message";

/** Units in English words, for the conversions the English report lists. */
const UNIT_WORDS: Readonly<Record<string, string>> = {
  元: "yuan",
  万元: "10,000 yuan",
  亿元: "100 million yuan",
  亩: "mu",
  公顷: "hectares",
  千公顷: "thousand hectares",
  人: "persons",
  万人: "10,000 persons",
  人次: "person-times",
  万人次: "10,000 person-times",
};
const unitWord = (unit: string) => UNIT_WORDS[unit] ?? unit;

export const CONSOLIDATE_MESSAGES = {
  unitConverted: (region: string, column: string, from: string, to: string, factor: number): Message => ({
    zh: `${region}：“${column}”按${from}填报，已换算为${to}（×${factor}）`,
    en: `${region}: "${column}" was reported in ${unitWord(from)} and converted to ${unitWord(to)} (×${factor})`,
  }),
  otherPeriod: (region: string, period: string, target: string): Message => ({
    zh: `${region}报送的是${period}的数据，与${target}不符，未计入汇总`,
    en: `${region} reported ${period}, not ${target}; left out of the totals`,
  }),
  missing: (region: string): Message => ({ zh: `${region}未报`, en: `${region}: no return received` }),
  duplicateSame: (region: string, kept: string, dropped: string): Message => ({
    zh: `${region}重复报送（${kept}、${dropped}），数据相同，只计一次`,
    en: `${region} sent two returns (${kept}, ${dropped}) with the same figures; counted once`,
  }),
  duplicateDiffers: (region: string, kept: string, dropped: string): Message => ({
    zh: `${region}重复报送且数据不同：采用较晚的“${kept}”，未采用“${dropped}”`,
    en: `${region} sent two returns with different figures: the later one, "${kept}", was used instead of "${dropped}"`,
  }),
  extraRow: (label: string, regions: string): Message => ({
    zh: `“${label}”只在部分县的报表中出现（${regions}），已按填报的县汇总并标注`,
    en: `"${label}" appears in only some returns (${regions}); summed where present and marked`,
  }),
  extraColumn: (column: string, regions: string): Message => ({
    zh: `“${column}”列只在部分县的报表中出现（${regions}），已按填报的县汇总并标注`,
    en: `The column "${column}" appears in only some returns (${regions}); summed where present and marked`,
  }),
  findings: (region: string, count: number): Message => ({
    zh: `${region}的报表自身核对发现${count}处不一致，见下表`,
    en: `${region}'s return has ${count} arithmetic inconsistencies of its own, listed below`,
  }),
  unreadable: (fileName: string, reason: Message): Message => ({ zh: `无法读取“${fileName}”：${reason.zh}`, en: `Could not read "${fileName}": ${reason.en}` }),
  noForm: (fileName: string): Message => ({
    zh: `“${fileName}”中没有找到报表（带指标的表格），未计入汇总`,
    en: `No form (a table of indicators) was found in "${fileName}"; left out of the totals`,
  }),
  noRegion: (fileName: string): Message => ({
    zh: `无法从“${fileName}”的标题、填报单位或文件名确定县（市），按文件名列出`,
    en: `The county of "${fileName}" could not be told from its title, 填报单位 row or file name; listed under the file name`,
  }),
  noPeriod: (fileName: string): Message => ({
    zh: `“${fileName}”没有写明统计期间，按多数报表的期间汇总`,
    en: `"${fileName}" does not state its period; consolidated with the period most returns report`,
  }),
} as const;
