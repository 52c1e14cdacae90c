/**
 * Words of the indicator sections (docs/sections.md) in both languages: section headings, table
 * headers, and English names for the units a workbook states.
 */
import type { IndicatorSection } from "../../registry/indicators";

/** Section headings. */
export const SECTION_TITLES: Readonly<Record<IndicatorSection, { zh: string; en: string }>> = {
  accidents: { zh: "生产安全事故", en: "Work-safety accidents" },
  disasters: { zh: "自然灾害情况", en: "Natural disasters" },
  hazards: { zh: "隐患排查治理", en: "Hazard investigation and rectification" },
  enforcement: { zh: "安全生产行政执法", en: "Work-safety enforcement" },
  training: { zh: "安全培训和应急预案、演练", en: "Training, emergency plans and drills" },
  other: { zh: "其他指标", en: "Other indicators" },
};

/** The order of the indicator sections on the sheet (after the fixed ones), as the reference report has them. */
export const SECTION_ORDER: readonly IndicatorSection[] = ["accidents", "disasters", "hazards", "enforcement", "training", "other"];

/** Table words. */
export const BLOCK_LABELS = {
  zh: {
    indicator: "指标",
    value: "数值",
    current: "本期",
    previous: "去年同期",
    previousMonth: "去年同月",
    delta: "增减",
    pct: "增减幅度",
    share: "占比",
    total: "合计",
    source: "数据来源：工作表",
    rateNote: "注：率按分子、分母重新计算，不作加总；增减为百分点。",
    diagnosticTitle: "未能生成汇总表",
    more: "：其他指标",
  },
  en: {
    indicator: "Indicator",
    value: "Value",
    current: "This period",
    previous: "Same period last year",
    previousMonth: "Same month last year",
    delta: "Change",
    pct: "Change (%)",
    share: "Share",
    total: "Total",
    source: "Source: sheet",
    rateNote: "Note: rates are recomputed from their counts, never added up; their change is in percentage points.",
    diagnosticTitle: "No summary table could be made",
    more: ": other indicators",
  },
};

const UNIT_EN: Readonly<Record<string, string>> = {
  万人次: "10k person-times",
  人次: "person-times",
  万人: "10k persons",
  万辆: "10k vehicles",
  辆: "vehicles",
  人: "persons",
  千公顷: "1,000 ha",
  公顷: "ha",
  亩: "mu",
  间: "rooms",
  万间: "10k rooms",
  户: "households",
  万户: "10k households",
  万亩: "10k mu",
  万公顷: "10k ha",
  亿元: "100m CNY",
  万元: "10k CNY",
  元: "CNY",
  起: "accidents",
  件: "cases",
  次: "times",
  场次: "sessions",
  家: "units",
  家次: "unit-visits",
  个: "units",
  项: "items",
  条: "items",
  处: "items",
  份: "documents",
  场: "sessions",
  期: "sessions",
  部: "plans",
  头: "head",
  只: "head",
  座: "sites",
  座次: "site-visits",
  公里: "km",
  千米: "km",
  本: "certificates",
  宗: "accidents",
  "人/亿元": "deaths per 100m CNY of GDP",
  "人/10万人": "deaths per 100k workers",
  "人/万车": "deaths per 10k vehicles",
  "人/百万吨": "deaths per Mt",
  "%": "%",
};

/**
 * A unit as the English sheet writes it.
 *
 * @param unit the unit as the workbook states it
 * @returns the English unit, or the unit itself when there is no English word for it
 * @example unitEnglish("万人次") // "10k person-times"
 */
export function unitEnglish(unit: string): string {
  return UNIT_EN[unit] ?? unit;
}
