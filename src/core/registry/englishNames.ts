/**
 * English names of the categories and places the 综述 names, so English prose never carries Chinese
 * (docs/report-rules.md rule 16): industries by their standard categories (NACE-like sections), places
 * romanised as the government's own English pages write them (romanise.ts for those not listed). A name
 * with no English form here is counted in the prose ("one other area") rather than printed in Chinese.
 */
import { romanisePlace } from "./romanise";

/** Industries as accident tables name them → English category (NACE Rev. 2 section where one fits). */
const INDUSTRIES: Readonly<Record<string, string>> = {
  交通运输业: "transport",
  道路运输业: "road transport",
  道路交通: "road traffic",
  水上运输业: "water transport",
  铁路运输业: "rail transport",
  民航运输业: "air transport",
  "交通运输、仓储和邮政业": "transport and storage",
  建筑业: "construction",
  采矿业: "mining and quarrying",
  煤矿: "coal mining",
  非煤矿山: "non-coal mining",
  金属非金属矿山: "metal and non-metal mining",
  商贸制造业: "trade and manufacturing",
  工矿商贸: "industry, mining and trade",
  制造业: "manufacturing",
  批发和零售业: "wholesale and retail trade",
  住宿和餐饮业: "accommodation and food services",
  农林牧渔业: "agriculture, forestry and fishing",
  农业机械: "farm machinery",
  渔业船舶: "fishing vessels",
  危险化学品: "hazardous chemicals",
  烟花爆竹: "fireworks",
  "电力、热力、燃气及水生产和供应业": "electricity, gas and water supply",
  各类建筑工程: "construction projects",
  小散工程和零星作业: "small-scale works and odd jobs",
  消防及其他行业领域: "fires and other sectors",
  其他行业领域: "other sectors",
  // Groups of enterprises a hazard table lists (四川 1~9月, corpus 36).
  "煤矿、非煤矿山等工矿企业": "coal, non-coal and other mining and industrial enterprises",
  交通运输等重点行业领域企业: "transport and other key-sector enterprises",
  其他行业: "other industries",
  其他: "other",
};

/** Places → English (provinces, and the prefecture and counties of the sample's 楚雄州). */
const PLACES: Readonly<Record<string, string>> = {
  楚雄州: "Chuxiong Prefecture",
  楚雄彝族自治州: "Chuxiong Prefecture",
  楚雄市: "Chuxiong City",
  禄丰市: "Lufeng City",
  禄丰县: "Lufeng County",
  双柏县: "Shuangbai County",
  牟定县: "Mouding County",
  南华县: "Nanhua County",
  姚安县: "Yao'an County",
  大姚县: "Dayao County",
  永仁县: "Yongren County",
  元谋县: "Yuanmou County",
  武定县: "Wuding County",
  楚雄高新区: "Chuxiong High-tech Zone",
  北京市: "Beijing",
  天津市: "Tianjin",
  河北省: "Hebei Province",
  山西省: "Shanxi Province",
  内蒙古自治区: "Inner Mongolia Autonomous Region",
  辽宁省: "Liaoning Province",
  吉林省: "Jilin Province",
  黑龙江省: "Heilongjiang Province",
  上海市: "Shanghai",
  江苏省: "Jiangsu Province",
  浙江省: "Zhejiang Province",
  安徽省: "Anhui Province",
  福建省: "Fujian Province",
  江西省: "Jiangxi Province",
  山东省: "Shandong Province",
  河南省: "Henan Province",
  湖北省: "Hubei Province",
  湖南省: "Hunan Province",
  广东省: "Guangdong Province",
  广西壮族自治区: "Guangxi Zhuang Autonomous Region",
  海南省: "Hainan Province",
  重庆市: "Chongqing",
  四川省: "Sichuan Province",
  贵州省: "Guizhou Province",
  云南省: "Yunnan Province",
  西藏自治区: "Tibet Autonomous Region",
  陕西省: "Shaanxi Province",
  甘肃省: "Gansu Province",
  青海省: "Qinghai Province",
  宁夏回族自治区: "Ningxia Hui Autonomous Region",
  新疆维吾尔自治区: "Xinjiang Uygur Autonomous Region",
};

/**
 * The English name of an industry as an accident table writes it ("其中：道路运输业" → "road transport").
 *
 * @param label the row's label
 * @returns the English category, or undefined when none is known
 * @example englishIndustry("采矿业") // "mining and quarrying"
 */
export function englishIndustry(label: string): string | undefined {
  return INDUSTRIES[bare(label)];
}

/**
 * The closest standard category of an industry the table names its own way, by the words in it (first
 * match wins; "交通运输和仓储业" → "transport and storage", "各类建筑工程" → "construction"): an English reader
 * learns what kind of industry it is, never its Chinese name (issue 22, rule 16).
 */
const CLOSEST_INDUSTRY: readonly (readonly [RegExp, string])[] = [
  [/运输.*仓储|交通.*仓储/, "transport and storage"],
  [/道路|公路|车辆/, "road transport"],
  [/水上|船舶|港口|航运/, "water transport"],
  [/铁路/, "rail transport"],
  [/民航|航空/, "air transport"],
  [/交通|运输|物流/, "transport"],
  [/建筑|工程|施工|房屋市政/, "construction"],
  [/煤/, "coal mining"],
  [/矿/, "mining"],
  [/危险化学品|危化|化工/, "hazardous chemicals"],
  [/烟花|爆竹|民爆/, "fireworks and explosives"],
  [/燃气/, "gas supply"],
  [/电力|供电|热力|供水/, "electricity, gas and water supply"],
  [/冶金|有色|机械|轻工|纺织|建材|制造|工贸|工业/, "manufacturing"],
  [/商贸|批发|零售|商业|市场/, "wholesale and retail trade"],
  [/餐饮|住宿|酒店/, "accommodation and food services"],
  [/消防|火灾/, "fires"],
  [/农|林|牧|渔/, "agriculture, forestry and fishing"],
  [/旅游|文化|体育|娱乐/, "tourism, culture and sport"],
  [/教育|学校/, "education"],
  [/医疗|卫生/, "health care"],
  [/其他|其它/, "other industries"],
];

/**
 * The closest English category of an industry label no standard name matches, by its words.
 *
 * @param label the row's label
 * @returns the category, or undefined when no word of it is known
 * @example closestIndustry("交通运输和仓储业") // "transport and storage"
 */
export function closestIndustry(label: string): string | undefined {
  const name = bare(label);
  return CLOSEST_INDUSTRY.find(([words]) => words.test(name))?.[1];
}

/**
 * The English name of a place ("姚安县" → "Yao'an County"): the list's, else romanised (romanise.ts);
 * undefined when neither knows it.
 *
 * @param label the place as written
 * @returns the English name, or undefined
 * @example englishPlaceName("楚雄市") // "Chuxiong City"
 */
export function englishPlaceName(label: string): string | undefined {
  const name = bare(label);
  return PLACES[name] ?? romanisePlace(name);
}

/** The label without "其中：", spaces and a trailing note in brackets. */
function bare(label: string): string {
  return label
    .replace(/^其中[:：]?/, "")
    .replace(/\s+/g, "")
    .replace(/[（(][^）)]*[）)]$/, "");
}
