/**
 * English names of the categories and places the 综述 names, so English prose never carries Chinese
 * (docs/report-rules.md rule 16): industries by their standard categories (NACE-like sections), places
 * romanised as the government's own English pages write them. A name not listed has no English form
 * here; the prose then counts it ("one other area") rather than print it in Chinese.
 */

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
  池州市: "Chizhou City",
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
 * The English name of a place ("姚安县" → "Yao'an County"), or undefined when none is known.
 *
 * @param label the place as written
 * @returns the English name, or undefined
 * @example englishPlaceName("楚雄市") // "Chuxiong City"
 */
export function englishPlaceName(label: string): string | undefined {
  return PLACES[bare(label)];
}

/** The label without "其中：", spaces and a trailing note in brackets. */
function bare(label: string): string {
  return label
    .replace(/^其中[:：]?/, "")
    .replace(/\s+/g, "")
    .replace(/[（(][^）)]*[）)]$/, "");
}
