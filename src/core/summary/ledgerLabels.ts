import type { LedgerSource } from "../facts/sources";
import { englishIndustry } from "../registry/englishNames";
import { LEVEL_ENGLISH } from "../registry/levelWords";
import { matchRegion } from "../registry/regions";
import { englishPeriod } from "../text/englishPeriod";

/**
 * The labels of the ledger sections of the summary sheet (事故台账 breakdowns, 隐患台账 depth) in
 * both languages, and the notes that say which figures are live formulas and which are values.
 */

/** Labels of the ledger sections. */
export const LEDGER_LABELS = {
  zh: {
    byRegion: "事故台账分县（市）统计",
    byIndustry: "事故台账分行业统计",
    byType: "事故台账分事故类型统计",
    byLevel: "事故台账分事故等级统计",
    byMonth: "事故台账分月统计",
    byYear: "事故台账分年度统计",
    region: "县（市）",
    industry: "行业",
    type: "事故类型",
    level: "事故等级",
    month: "月份",
    year: "年度",
    total: "合计",
    monthly: "当月",
    cumulative: "累计",
    accidents: "事故起数（起）",
    deaths: "死亡人数（人）",
    injured: "受伤人数（人）",
    directLoss: "直接经济损失（万元）",
    chartRegion: "分县（市）事故起数本期与去年同期对比",
    chartIndustry: "分行业事故起数本期与去年同期对比",
    chartRegionAlone: "分县（市）事故起数",
    chartIndustryAlone: "分行业事故起数",
    chartMonth: "各月事故起数（当月）",
    people: "起",
    hazards: "隐患台账排查整改情况",
    hazardRegion: "县（市）",
    hazardCategory: "隐患类别（行业）",
    found: "排查隐患（条）",
    rectified: "已整改（条）",
    inProgress: "整改中（条）",
    notStarted: "未整改（条）",
    overdue: "逾期未整改（条）",
    rate: "整改率",
    funds: "整改资金（万元）",
    major: "重大隐患",
    overdueList: "逾期未整改隐患清单",
    cell: "台账单元格",
    deadline: "整改期限",
    status: "整改状态",
    unit: "单位",
  },
  en: {
    byRegion: "Accident ledger by county",
    byIndustry: "Accident ledger by industry",
    byType: "Accident ledger by accident type",
    byLevel: "Accident ledger by level",
    byMonth: "Accident ledger by month",
    byYear: "Accident ledger by year",
    region: "County",
    industry: "Industry",
    type: "Accident type",
    level: "Level",
    month: "Month",
    year: "Year",
    total: "Total",
    monthly: "month",
    cumulative: "to date",
    accidents: "Accidents",
    deaths: "Deaths",
    injured: "Injured",
    directLoss: "Direct loss (10k CNY)",
    chartRegion: "Accidents by county: this period vs last year",
    chartIndustry: "Accidents by industry: this period vs last year",
    chartRegionAlone: "Accidents by county",
    chartIndustryAlone: "Accidents by industry",
    chartMonth: "Accidents by month",
    people: "count",
    hazards: "Hazard ledger",
    hazardRegion: "County",
    hazardCategory: "Category",
    found: "Found",
    rectified: "Rectified",
    inProgress: "In progress",
    notStarted: "Not started",
    overdue: "Overdue",
    rate: "Rate",
    funds: "Funds (10k CNY)",
    major: "Major hazards",
    overdueList: "Overdue hazards",
    cell: "Ledger cell",
    deadline: "Deadline",
    status: "Status",
    unit: "Unit",
  },
};

/** One language's ledger labels. */
export type LedgerLabels = (typeof LEDGER_LABELS)["zh"];

/** The words of a ledger's by-region section: its title, its key column's header and its chart's title. */
export interface RegionWords {
  /** What the places are: provinces, counties (the bureaus' own ledgers), or no place the registry knows. */
  readonly kind: "province" | "county" | "place";
  readonly byRegion: string;
  readonly region: string;
  readonly chartRegion: string;
  readonly chartRegionAlone: string;
}

const PLACE_WORDS: Readonly<Record<"province" | "place", Record<"zh" | "en", Omit<RegionWords, "kind">>>> = {
  province: {
    zh: { byRegion: "事故台账分省份统计", region: "省份", chartRegion: "分省份事故起数本期与去年同期对比", chartRegionAlone: "分省份事故起数" },
    en: {
      byRegion: "Accident ledger by province",
      region: "Province",
      chartRegion: "Accidents by province: this period vs last year",
      chartRegionAlone: "Accidents by province",
    },
  },
  place: {
    zh: { byRegion: "事故台账分地区统计", region: "地区", chartRegion: "分地区事故起数本期与去年同期对比", chartRegionAlone: "分地区事故起数" },
    en: {
      byRegion: "Accident ledger by region",
      region: "Region",
      chartRegion: "Accidents by region: this period vs last year",
      chartRegionAlone: "Accidents by region",
    },
  },
};

/**
 * The words of a ledger's by-region section, by what its places are: 省份 when most of them are
 * provinces (a national archive: 山西省, 河南省 …), 地区 when none is a place the registry knows,
 * else 县（市） as bureaus' own ledgers have it.
 *
 * @param keys the places of the section, as the ledger writes them
 * @param language the sheet's language
 * @returns the section's title, key header and chart title
 * @example regionWords(["山西省", "河南省", "山两"], "zh").region // "省份"
 */
export function regionWords(keys: readonly string[], language: "zh" | "en"): RegionWords {
  let provinces = 0;
  let places = 0;
  for (const key of keys) {
    const m = matchRegion(key);
    if (m) places++;
    if (m?.kind === "province") provinces++;
  }
  if (provinces * 2 > keys.length) return { kind: "province", ...PLACE_WORDS.province[language] };
  if (keys.length > 0 && places === 0) return { kind: "place", ...PLACE_WORDS.place[language] };
  const L = LEDGER_LABELS[language];
  return { kind: "county", byRegion: L.byRegion, region: L.region, chartRegion: L.chartRegion, chartRegionAlone: L.chartRegionAlone };
}

/**
 * The note under the ledger sections when the figures are values because counted dates are text.
 *
 * @param sheet the ledger's sheet
 * @param textDates how many counted records have text dates, and the first cells
 * @param language the sheet's language
 * @returns the note
 */
export function textDateNote(sheet: string, textDates: { readonly count: number; readonly cells: readonly string[] }, language: "zh" | "en"): string {
  const cells = textDates.cells.join(language === "zh" ? "、" : ", ");
  const more = textDates.count > textDates.cells.length ? (language === "zh" ? "等" : ", …") : "";
  return language === "zh"
    ? `注：“${sheet}”中有${textDates.count}条计入统计的记录日期为文本（${cells}${more}），公式无法按日期统计这些行，故以上台账分类统计按识别出的日期填入数值，不随台账更新。将这些单元格改为日期格式后重新生成汇总，即为随台账自动更新的公式。`
    : `Note: ${textDates.count} counted records on "${sheet}" have dates typed as text (${cells}${more}); formulas cannot count them by date, so the ledger breakdowns above are values that do not update. Make these cells real dates and regenerate the summary to get live formulas.`;
}

/**
 * The note under the ledger tables when counted records leave the direct loss empty: the loss
 * totals count them as 0, never silently (the 核对 names the cells).
 *
 * @param sheet the ledger's sheet
 * @param missing how many counted records have no loss filled in
 * @param language the sheet's language
 * @returns the note
 * @example missingLossNote("事故台账", { count: 3 }, "zh") // "注：“事故台账”中有3条计入统计的记录未填直接经济损失，以上直接经济损失合计按0计入（见数据核对）。"
 */
export function missingLossNote(sheet: string, missing: { readonly count: number }, language: "zh" | "en"): string {
  const n = missing.count;
  return language === "zh"
    ? `注：“${sheet}”中有${n}条计入统计的记录未填直接经济损失，以上直接经济损失合计按0计入（见数据核对）。`
    : `Note: ${n} counted record${n === 1 ? "" : "s"} on "${sheet}" leave${n === 1 ? "s" : ""} the direct economic loss empty; the loss totals above count ${n === 1 ? "it" : "them"} as 0 (see the checks).`;
}

/**
 * The note naming the groups written as values because their key is written in more than one way.
 *
 * @param keys the groups ("楚雄市")
 * @param language the sheet's language
 * @returns the note
 */
export function valueKeysNote(keys: readonly string[], language: "zh" | "en"): string {
  return language === "zh"
    ? `注：台账中以下名称写法不一（如简称、空格），其所在行按识别出的数值填入，不随台账更新：${keys.join("、")}。`
    : `Note: these names are written in more than one way in the ledger (short forms, spaces); their rows are values that do not update: ${keys.join(", ")}.`;
}

/**
 * The note naming the places of a by-province section that are no province (the source's slips:
 * 山两, 公南): listed as written, never told as provinces.
 *
 * @param sheet the ledger's sheet
 * @param names the places as written
 * @param language the sheet's language
 * @returns the note
 * @example unknownPlacesNote("Sheet1", ["山两", "公南"], "zh") // "注：“Sheet1”中以下地名不是省份名称，按原文列出，请核对：山两、公南。"
 */
export function unknownPlacesNote(sheet: string, names: readonly string[], language: "zh" | "en"): string {
  return language === "zh"
    ? `注：“${sheet}”中以下地名不是省份名称，按原文列出，请核对：${names.join("、")}。`
    : `Note: these places on "${sheet}" are not names of provinces; they are listed as written — please check them: ${names.join(", ")}.`;
}

/**
 * The note saying that the ledger's period was inferred from its records' dates (no title, 统计时间
 * line or user setting names it), so a bureau reporting 1—6月 with its last accident in May sees why
 * the sheet says 1—5月 and how to set it (issue 22.7).
 *
 * @param sheet the ledger's sheet
 * @param period the inferred period ("2024年1—5月")
 * @param language the sheet's language
 * @returns the note
 * @example inferredPeriodNote("事故台账", "2024年1—5月", "zh") // "注：统计期间2024年1—5月按“事故台账”中记录的日期推定（标题未写明期间）；…"
 */
export function inferredPeriodNote(sheet: string, period: string, language: "zh" | "en"): string {
  return language === "zh"
    ? `注：统计期间${period}按“${sheet}”中记录的日期推定（标题未写明期间）；如报告期不同，请在“识别”中指定台账期间后重新生成。`
    : `Note: the period (${englishPeriod(period) ?? period}) is inferred from the dates of the records on "${sheet}", whose title names none; if the report period differs, set the ledger's period under Detect and regenerate.`;
}

/**
 * What a ledger's derived levels rest on, where it has no level column and no column for some criteria of
 * the thresholds (a record may meet 较大 by 重伤 or 直接经济损失, unseen): the criteria used and those missing.
 *
 * @param without the criteria the ledger has no column for
 * @param language the sheet's language
 * @returns the words
 * @example derivedLevelBasis(["serious_injured", "direct_loss"], "zh") // { by: "死亡人数", missing: "重伤人数、直接经济损失" }
 */
export function derivedLevelBasis(without: readonly ("serious_injured" | "direct_loss")[], language: "zh" | "en"): { by: string; missing: string } {
  const both = without.length === 2;
  if (language === "zh") {
    const names = { serious_injured: "重伤人数", direct_loss: "直接经济损失" };
    return {
      by: both ? "死亡人数" : without[0] === "direct_loss" ? "死亡、重伤人数" : "死亡人数和直接经济损失",
      missing: without.map((c) => names[c]).join("、"),
    };
  }
  const names = { serious_injured: "serious-injury", direct_loss: "direct-loss" };
  return {
    by: both ? "deaths alone" : without[0] === "direct_loss" ? "deaths and serious injuries" : "deaths and the direct loss",
    missing: without.map((c) => names[c]).join(" or "),
  };
}

/**
 * The note under a level table whose levels the thresholds give (derivedLevelBasis).
 *
 * @example derivedLevelsNote(["direct_loss"], "zh") // "注：台账未填写事故等级，表中等级按死亡、重伤人数推定；台账无直接经济损失列，…"
 */
export function derivedLevelsNote(without: readonly ("serious_injured" | "direct_loss")[], language: "zh" | "en"): string {
  const { by, missing } = derivedLevelBasis(without, language);
  return language === "zh"
    ? `注：台账未填写事故等级，表中等级按${by}推定；台账无${missing}列，按其达到较大及以上的事故未能划入，较大及以上事故数可能少计。`
    : `Note: the ledger gives no accident level; the levels in the table are judged by ${by}. It has no ${missing} column, so accidents that meet a higher level by those are not placed there and the count of relatively serious or worse accidents may be low.`;
}

/** Accident levels in English, as the level table's rows and a scoped ledger's titles say them. */
export const ENGLISH_LEVELS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(LEVEL_ENGLISH).map(([level, words]) => [level, `${words.charAt(0).toUpperCase()}${words.slice(1)}`]),
);

/**
 * A ledger section's or chart's title narrowed to what the ledger's title says its records are: a
 * list of 较大事故 gives 较大事故台账分县（市）统计 and 分县（市）较大事故起数, never the 事故台账 of all
 * accidents (LedgerModel.scope, reader/titleScope.ts).
 *
 * @param title the title for a ledger of all accidents
 * @param scope the level and field the ledger's title narrows it to
 * @param language the sheet's language
 * @returns the title, narrowed
 * @example scopedTitle("事故台账分县（市）统计", [{ dimension: "level", key: "较大", from: "title" }], "zh") // "较大事故台账分县（市）统计"
 */
export function scopedTitle(title: string, scope: LedgerSource["scope"], language: "zh" | "en"): string {
  const level = scope?.find((k) => k.dimension === "level")?.key;
  const field = scope?.find((k) => k.dimension !== "level")?.key;
  if (level === undefined && field === undefined) return title;
  if (language === "zh") {
    const word = `${field ?? ""}${level ?? ""}事故`;
    return title.replace(/^事故台账/, `${word}台账`).replace(/事故起数/, `${word}起数`);
  }
  // A field without an English name is left out of the English words rather than printed in Chinese.
  const words = [level && ENGLISH_LEVELS[level]?.toLowerCase(), field && englishIndustry(field)].filter(Boolean).join(" ");
  if (!words) return title;
  return title.replace(/^Accident ledger/, `Ledger of ${words} accidents`).replace(/^Accidents/, `${words[0].toUpperCase()}${words.slice(1)} accidents`);
}

/** The titles among a ledger's words: the sections' and the charts'. */
const TITLE_KEYS = [
  "byRegion",
  "byIndustry",
  "byType",
  "byLevel",
  "byMonth",
  "byYear",
  "chartRegion",
  "chartIndustry",
  "chartRegionAlone",
  "chartIndustryAlone",
  "chartMonth",
];

/**
 * A ledger's words with every section and chart title narrowed to its scope (scopedTitle).
 *
 * @param words the labels, or a by-region section's words
 * @param scope the level and field the ledger's title narrows it to
 * @param language the sheet's language
 * @returns the words, titles narrowed
 * @example scopedWords(LEDGER_LABELS.zh, [{ dimension: "level", key: "较大", from: "title" }], "zh").byMonth // "较大事故台账分月统计"
 */
export function scopedWords<T extends object>(words: T, scope: LedgerSource["scope"], language: "zh" | "en"): T {
  if (!scope?.length) return words;
  const out = { ...words } as Record<string, unknown>;
  for (const key of TITLE_KEYS) if (typeof out[key] === "string") out[key] = scopedTitle(out[key] as string, scope, language);
  return out as T;
}
