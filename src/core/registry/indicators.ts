/**
 * The indicator registry: one record per indicator of domain.md §2 (accidents, natural
 * disasters, hazards, enforcement), with names, units, aliases (including the misspellings
 * seen in real reports), "其中" parents, how the indicator aggregates and which way is worse.
 */
import type { IndicatorDomain } from "../reader/model";

/** How an indicator adds up across regions or rows. */
export type Aggregation = "sum" | "rate";

/** One indicator. */
export interface Indicator {
  readonly id: string;
  /** Canonical Chinese name. */
  readonly name: string;
  readonly english: string;
  readonly domain: IndicatorDomain;
  /** The unit values are normalised to. */
  readonly baseUnit: string;
  /** Units a workbook may use, with the factor that converts a value to the base unit. */
  readonly units: Readonly<Record<string, number>>;
  /** The classifier used in prose ("增加3起"). */
  readonly classifier: string;
  /** Header texts that mean this indicator (compared after removing units and spaces). */
  readonly aliases: readonly string[];
  /** Known misspellings: they match, but the match is reported as a resolved typo. */
  readonly typos?: readonly string[];
  /** Aliases that only count under the parent's header ("其他" under 直接经济损失). */
  readonly contextAliases?: readonly string[];
  /** The indicator this one is a part of ("其中"). */
  readonly parent?: string;
  /** sum: add up; rate: recompute from numerator and denominator, never average. */
  readonly aggregation: Aggregation;
  readonly numerator?: string;
  readonly denominator?: string;
  /** true when a rise is bad news (accidents, losses); false for rates such as 整改率. */
  readonly higherIsWorse: boolean;
}

const MONEY = { 元: 0.0001, 万元: 1, 亿元: 10000 } as const;
const PEOPLE = { 人: 1, 人次: 1, 万人: 10000, 万人次: 10000 } as const;
const AREA = { 公顷: 1, 亩: 1 / 15, 千公顷: 1000 } as const;
const PERCENT = { "%": 1 } as const;
const COUNT_ACCIDENT = { 起: 1, 宗: 1 } as const;
const HAZARD_UNITS = { 条: 1, 项: 1, 处: 1, 个: 1 } as const;

type Draft = Omit<Indicator, "higherIsWorse" | "aggregation"> & Partial<Pick<Indicator, "higherIsWorse" | "aggregation">>;

function define(d: Draft): Indicator {
  return { aggregation: "sum", higherIsWorse: true, ...d };
}

/** Every indicator the reader knows, by domain.md §2. */
export const INDICATORS: readonly Indicator[] = [
  // §2.2 accidents
  define({ id: "accident_count", name: "事故起数", english: "number of accidents", domain: "accident", baseUnit: "起", units: COUNT_ACCIDENT, classifier: "起",
    aliases: ["事故起数", "起数", "发生起数", "事故", "事故数", "宗数", "事故宗数", "生产安全事故起数", "事故总数"] }),
  define({ id: "deaths", name: "死亡人数", english: "deaths", domain: "accident", baseUnit: "人", units: PEOPLE, classifier: "人",
    aliases: ["死亡人数", "死亡", "死亡和下落不明人数", "死亡失踪人数", "遇难人数", "死亡(含失踪)", "死亡含失踪"] }),
  define({ id: "missing", name: "下落不明人数", english: "missing", domain: "accident", baseUnit: "人", units: PEOPLE, classifier: "人",
    aliases: ["失踪", "失踪人数", "下落不明", "下落不明人数"] }),
  define({ id: "injured", name: "受伤人数", english: "injured", domain: "accident", baseUnit: "人", units: PEOPLE, classifier: "人",
    aliases: ["受伤人数", "受伤", "伤"] }),
  define({ id: "serious_injured", name: "重伤人数", english: "serious injuries", domain: "accident", baseUnit: "人", units: PEOPLE, classifier: "人",
    aliases: ["重伤", "重伤人数", "重伤含急性工业中毒", "其中重伤"], parent: "injured" }),
  define({ id: "direct_loss", name: "直接经济损失", english: "direct economic loss", domain: "accident", baseUnit: "万元", units: MONEY, classifier: "万元",
    aliases: ["直接经济损失", "经济损失", "直接财产损失"] }),
  define({ id: "count_level_ge_larger", name: "较大及以上事故起数", english: "larger-and-above accidents", domain: "accident", baseUnit: "起", units: COUNT_ACCIDENT, classifier: "起",
    aliases: ["较大及以上事故起数", "较大及以上事故", "较大以上事故", "重特大事故"], parent: "accident_count" }),
  define({ id: "deaths_per_100m_gdp", name: "亿元GDP生产安全事故死亡率", english: "deaths per 100m CNY GDP", domain: "accident", baseUnit: "人/亿元", units: { "人/亿元": 1 }, classifier: "",
    aliases: ["亿元国内生产总值生产安全事故死亡率", "亿元GDP死亡率", "亿元GDP生产安全事故死亡率"], aggregation: "rate" }),
  define({ id: "deaths_per_100k_workers", name: "工矿商贸就业人员十万人生产安全事故死亡率", english: "deaths per 100k industrial workers", domain: "accident", baseUnit: "人/10万人", units: { "人/10万人": 1 }, classifier: "",
    aliases: ["工矿商贸就业人员十万人生产安全事故死亡率", "工矿商贸十万就业人员死亡率"], aggregation: "rate" }),
  define({ id: "road_deaths_per_10k_vehicles", name: "道路交通万车死亡率", english: "road deaths per 10k vehicles", domain: "accident", baseUnit: "人/万车", units: { "人/万车": 1 }, classifier: "",
    aliases: ["道路交通万车死亡率", "万车死亡率"], aggregation: "rate" }),
  define({ id: "coal_deaths_per_mt", name: "煤矿百万吨死亡率", english: "coal deaths per Mt", domain: "accident", baseUnit: "人/百万吨", units: { "人/百万吨": 1 }, classifier: "",
    aliases: ["煤矿百万吨死亡率", "百万吨死亡率"], aggregation: "rate" }),

  // §2.3 natural disasters
  define({ id: "affected_counties", name: "受灾县市", english: "affected counties", domain: "disaster", baseUnit: "个", units: { 个: 1 }, classifier: "个",
    aliases: ["受灾县市", "受灾县", "受灾县(市)"] }),
  define({ id: "affected_towns", name: "受灾乡镇", english: "affected townships", domain: "disaster", baseUnit: "个", units: { 个: 1 }, classifier: "个",
    aliases: ["受灾乡镇", "受淹乡镇(街道)数量", "受淹乡镇数量", "受灾乡镇(街道)", "乡镇"] }),
  define({ id: "affected_villages", name: "受灾村(组)居委会", english: "affected villages", domain: "disaster", baseUnit: "个", units: { 个: 1 }, classifier: "个",
    aliases: ["受灾村(组)居委会", "受灾村居委会", "受灾村"] }),
  define({ id: "affected_hh", name: "受灾户数", english: "affected households", domain: "disaster", baseUnit: "户", units: { 户: 1 }, classifier: "户",
    aliases: ["受灾户数", "受灾户", "户数"] }),
  define({ id: "affected_pop", name: "受灾人口", english: "affected population", domain: "disaster", baseUnit: "人", units: PEOPLE, classifier: "人",
    aliases: ["受灾人口", "受灾人数", "受灾群众"] }),
  define({ id: "dz_deaths", name: "因灾死亡人口", english: "disaster deaths", domain: "disaster", baseUnit: "人", units: PEOPLE, classifier: "人",
    aliases: ["因灾死亡人口", "因灾死亡", "死亡失踪"] }),
  define({ id: "dz_missing", name: "因灾失踪人口", english: "disaster missing", domain: "disaster", baseUnit: "人", units: PEOPLE, classifier: "人",
    aliases: ["因灾失踪人口", "因灾失踪"] }),
  define({ id: "dz_injured", name: "因灾受伤人口", english: "disaster injured", domain: "disaster", baseUnit: "人", units: PEOPLE, classifier: "人",
    aliases: ["因灾受伤人口", "因灾受伤"] }),
  define({ id: "evacuated", name: "紧急避险转移人口", english: "preventive evacuation", domain: "disaster", baseUnit: "人", units: PEOPLE, classifier: "人次",
    aliases: ["紧急避险转移人口", "避险转移", "紧急避险转移"] }),
  define({ id: "relocated", name: "紧急转移安置人口", english: "emergency relocation", domain: "disaster", baseUnit: "人", units: PEOPLE, classifier: "人次",
    aliases: ["紧急转移安置人口", "紧急转移安置", "转移安置", "需紧急转移安置人口"] }),
  define({ id: "relocated_central", name: "集中安置", english: "centralized relocation", domain: "disaster", baseUnit: "人", units: PEOPLE, classifier: "人", aliases: ["集中安置"], parent: "relocated" }),
  define({ id: "relocated_dispersed", name: "分散安置", english: "dispersed relocation", domain: "disaster", baseUnit: "人", units: PEOPLE, classifier: "人", aliases: ["分散安置"], parent: "relocated" }),
  define({ id: "need_relief", name: "需紧急生活救助人口", english: "need emergency relief", domain: "disaster", baseUnit: "人", units: PEOPLE, classifier: "人",
    aliases: ["需紧急生活救助人口", "需应急救助", "需紧急生活救助"] }),
  define({ id: "need_transitional_relief", name: "需过渡期生活救助人口", english: "transitional relief", domain: "disaster", baseUnit: "人", units: PEOPLE, classifier: "人",
    aliases: ["需过渡期生活救助人口", "需过渡期生活救助"] }),
  define({ id: "drought_relief", name: "因旱需生活救助人口", english: "drought relief", domain: "disaster", baseUnit: "人", units: PEOPLE, classifier: "人", aliases: ["因旱需生活救助人口", "因旱需生活救助"] }),
  define({ id: "drought_water", name: "因旱饮水困难需救助人口", english: "drought drinking-water difficulty", domain: "disaster", baseUnit: "人", units: PEOPLE, classifier: "人",
    aliases: ["因旱饮水困难需救助人口", "因旱饮水困难"] }),
  define({ id: "drought_livestock", name: "因旱饮水困难大牲畜", english: "drought-affected livestock", domain: "disaster", baseUnit: "头", units: { 头: 1, 只: 1 }, classifier: "头",
    aliases: ["因旱饮水困难大牲畜", "大牲畜"] }),
  define({ id: "rooms_collapsed", name: "倒塌房屋间数", english: "collapsed rooms", domain: "disaster", baseUnit: "间", units: { 间: 1 }, classifier: "间", aliases: ["倒塌房屋间数", "倒塌房屋", "房屋倒塌"] }),
  define({ id: "hh_collapsed", name: "倒塌住房户数", english: "households with collapsed housing", domain: "disaster", baseUnit: "户", units: { 户: 1 }, classifier: "户", aliases: ["倒塌住房户数"] }),
  define({ id: "rooms_severe", name: "严重损坏房屋间数", english: "severely damaged rooms", domain: "disaster", baseUnit: "间", units: { 间: 1 }, classifier: "间", aliases: ["严重损坏房屋间数", "严重损坏房屋", "严重损坏"] }),
  define({ id: "rooms_moderate", name: "一般损坏房屋间数", english: "moderately damaged rooms", domain: "disaster", baseUnit: "间", units: { 间: 1 }, classifier: "间", aliases: ["一般损坏房屋间数", "一般损坏房屋", "一般损坏", "损坏房屋"] }),
  define({ id: "crop_affected_ha", name: "农作物受灾面积", english: "crop area affected", domain: "disaster", baseUnit: "公顷", units: AREA, classifier: "公顷",
    aliases: ["农作物受灾面积", "农作物受灾", "受灾面积"] }),
  define({ id: "crop_damaged_ha", name: "农作物成灾面积", english: "crop area damaged", domain: "disaster", baseUnit: "公顷", units: AREA, classifier: "公顷",
    aliases: ["农作物成灾面积", "成灾面积", "成灾"], parent: "crop_affected_ha" }),
  define({ id: "crop_failure_ha", name: "农作物绝收面积", english: "crop failure area", domain: "disaster", baseUnit: "公顷", units: AREA, classifier: "公顷",
    aliases: ["农作物绝收面积", "绝收面积", "绝收"], parent: "crop_damaged_ha" }),
  define({ id: "livestock_deaths", name: "因灾死亡牲畜", english: "livestock deaths", domain: "disaster", baseUnit: "头", units: { 头: 1, 只: 1 }, classifier: "头只", aliases: ["因灾死亡牲畜", "死亡大牲畜", "死亡牲畜"] }),
  define({ id: "dz_direct_loss", name: "直接经济损失", english: "direct economic loss", domain: "disaster", baseUnit: "万元", units: MONEY, classifier: "万元",
    aliases: ["直接经济损失", "经济损失", "损失", "直接经济损失合计"] }),
  define({ id: "loss_housing", name: "住房及居民家庭财产损失", english: "housing and household property loss", domain: "disaster", baseUnit: "万元", units: MONEY, classifier: "万元", parent: "dz_direct_loss",
    aliases: ["住房及居民家庭财产损失", "房屋及居民家庭财产", "房屋及居民家庭财产损失", "居民住房及家庭财产", "住房损失", "住房及居民家庭财产"] }),
  define({ id: "loss_agri", name: "农林牧渔业损失", english: "agriculture, forestry, livestock and fishery loss", domain: "disaster", baseUnit: "万元", units: MONEY, classifier: "万元", parent: "dz_direct_loss",
    aliases: ["农林牧渔业损失", "农业损失", "农业直接经济损失"], contextAliases: ["农林牧渔业", "农林牧渔"] }),
  define({ id: "loss_industry", name: "工矿商贸业损失", english: "industry and trade loss", domain: "disaster", baseUnit: "万元", units: MONEY, classifier: "万元", parent: "dz_direct_loss",
    aliases: ["工矿商贸业损失", "工矿企业损失", "工业损失"], contextAliases: ["工矿商贸业", "工矿商贸"], typos: ["工贸商贸业", "工贸商贸业损失"] }),
  define({ id: "loss_infra", name: "基础设施损失", english: "infrastructure loss", domain: "disaster", baseUnit: "万元", units: MONEY, classifier: "万元", parent: "dz_direct_loss",
    aliases: ["基础设施损失", "基础设施"] }),
  define({ id: "loss_public", name: "公共服务损失", english: "public services loss", domain: "disaster", baseUnit: "万元", units: MONEY, classifier: "万元", parent: "dz_direct_loss",
    aliases: ["公共服务损失", "公共服务系统损失", "公共服务设施", "公共服务"], typos: ["公务服务", "公务服务损失"] }),
  define({ id: "loss_other", name: "其他损失", english: "other loss", domain: "disaster", baseUnit: "万元", units: MONEY, classifier: "万元", parent: "dz_direct_loss",
    aliases: ["其他损失"], contextAliases: ["其他", "其它"] }),

  // §2.4 hazards
  define({ id: "units_checked", name: "检查企业", english: "units inspected", domain: "hazard", baseUnit: "家", units: { 家: 1, 家次: 1, 座: 1, 座次: 1, 户: 1, 个: 1 }, classifier: "家(次)",
    aliases: ["检查企业", "排查企业", "检查单位", "检查(排查)企业", "检查企业单位"], higherIsWorse: false }),
  define({ id: "inspections", name: "检查次数", english: "inspections", domain: "hazard", baseUnit: "次", units: { 次: 1 }, classifier: "次", aliases: ["检查次数", "现场检查"], higherIsWorse: false }),
  define({ id: "hazards_found", name: "排查隐患", english: "hazards found", domain: "hazard", baseUnit: "条", units: HAZARD_UNITS, classifier: "条",
    aliases: ["排查隐患", "发现隐患", "查处隐患", "问题隐患", "排查(发现)隐患", "隐患总数", "隐患数", "查处事故隐患"] }),
  define({ id: "major_found", name: "重大隐患", english: "major hazards", domain: "hazard", baseUnit: "条", units: HAZARD_UNITS, classifier: "条", parent: "hazards_found",
    aliases: ["重大隐患", "重大事故隐患", "其中重大隐患"] }),
  define({ id: "general_found", name: "一般隐患", english: "general hazards", domain: "hazard", baseUnit: "条", units: HAZARD_UNITS, classifier: "条", parent: "hazards_found",
    aliases: ["一般隐患", "一般事故隐患"] }),
  define({ id: "rectified", name: "已整改", english: "rectified", domain: "hazard", baseUnit: "条", units: HAZARD_UNITS, classifier: "条",
    aliases: ["已整改", "完成整改", "整改", "整改销号", "已整改隐患"], higherIsWorse: false }),
  define({ id: "major_rectified", name: "重大隐患已整改", english: "major hazards rectified", domain: "hazard", baseUnit: "条", units: HAZARD_UNITS, classifier: "条", parent: "rectified",
    aliases: ["重大隐患已整改", "重大隐患整改", "其中重大隐患已整改"], higherIsWorse: false }),
  define({ id: "rect_rate", name: "整改率", english: "rectification rate", domain: "hazard", baseUnit: "%", units: PERCENT, classifier: "%",
    aliases: ["整改率", "隐患整改率", "整改完成率"], aggregation: "rate", numerator: "rectified", denominator: "hazards_found", higherIsWorse: false }),
  define({ id: "major_rect_rate", name: "重大隐患整改率", english: "major rectification rate", domain: "hazard", baseUnit: "%", units: PERCENT, classifier: "%",
    aliases: ["重大隐患整改率"], aggregation: "rate", numerator: "major_rectified", denominator: "major_found", higherIsWorse: false }),
  define({ id: "major_planned", name: "列入治理计划的重大隐患", english: "major hazards in treatment plan", domain: "hazard", baseUnit: "项", units: HAZARD_UNITS, classifier: "项",
    aliases: ["列入治理计划的重大隐患", "列入治理计划"], higherIsWorse: false }),
  define({ id: "listed", name: "挂牌督办", english: "listed for supervision", domain: "hazard", baseUnit: "项", units: HAZARD_UNITS, classifier: "项", aliases: ["挂牌督办", "挂牌督办整改"] }),
  define({ id: "rect_funds", name: "整改资金", english: "rectification funds", domain: "hazard", baseUnit: "万元", units: MONEY, classifier: "万元",
    aliases: ["整改资金", "治理资金", "落实治理资金", "隐患治理资金", "整改(治理)资金"], higherIsWorse: false }),

  // §2.5 enforcement
  define({ id: "units_supervised", name: "负责监管的生产经营单位", english: "units under supervision", domain: "enforcement", baseUnit: "个", units: { 个: 1, 家: 1 }, classifier: "个",
    aliases: ["负责监管的生产经营单位", "监管单位"], higherIsWorse: false }),
  define({ id: "units_inspected", name: "实际监督监察生产经营单位", english: "units actually inspected", domain: "enforcement", baseUnit: "个", units: { 个: 1, 家: 1, 家次: 1 }, classifier: "家(次)",
    aliases: ["实际监督监察生产经营单位", "检查生产经营单位"], higherIsWorse: false }),
  define({ id: "inspection_visits", name: "监督监察次数", english: "inspection visits", domain: "enforcement", baseUnit: "次", units: { 次: 1, 家次: 1 }, classifier: "次",
    aliases: ["监督监察次数", "执法检查次数", "执法检查"], higherIsWorse: false }),
  define({ id: "documents", name: "执法文书", english: "enforcement documents", domain: "enforcement", baseUnit: "份", units: { 份: 1 }, classifier: "份", aliases: ["执法文书"], higherIsWorse: false }),
  define({ id: "cases", name: "立案查处", english: "cases filed", domain: "enforcement", baseUnit: "件", units: { 件: 1 }, classifier: "件", aliases: ["立案查处", "立案"], higherIsWorse: false }),
  define({ id: "penalties", name: "行政处罚", english: "administrative penalties", domain: "enforcement", baseUnit: "次", units: { 次: 1, 件: 1 }, classifier: "次", aliases: ["行政处罚", "行政处罚次数"], higherIsWorse: false }),
  define({ id: "fines", name: "罚款", english: "fines", domain: "enforcement", baseUnit: "万元", units: MONEY, classifier: "万元", aliases: ["经济处罚", "罚款", "罚没", "罚款金额"], higherIsWorse: false }),
  define({ id: "fines_supervision", name: "日常监督处罚", english: "supervision fines", domain: "enforcement", baseUnit: "万元", units: MONEY, classifier: "万元", parent: "fines",
    aliases: ["日常监督处罚", "监督处罚", "监督罚款", "事前监督监察罚款"], higherIsWorse: false }),
  define({ id: "fines_accident", name: "事故处罚", english: "accident fines", domain: "enforcement", baseUnit: "万元", units: MONEY, classifier: "万元", parent: "fines",
    aliases: ["事故处罚", "事故罚款"], higherIsWorse: false }),
  define({ id: "suspended", name: "责令停产整顿", english: "ordered to suspend", domain: "enforcement", baseUnit: "个", units: { 个: 1, 家: 1 }, classifier: "家",
    aliases: ["责令停产(停业)整顿", "责令停产整顿", "停产整顿"], higherIsWorse: false }),
  define({ id: "closure_requested", name: "提请关闭", english: "closure requested", domain: "enforcement", baseUnit: "个", units: { 个: 1, 家: 1 }, classifier: "个", aliases: ["提请关闭"], higherIsWorse: false }),
  define({ id: "licence_suspended", name: "暂扣吊销许可证", english: "licences suspended or revoked", domain: "enforcement", baseUnit: "个", units: { 个: 1 }, classifier: "个",
    aliases: ["暂扣吊销许可证", "暂扣许可证", "吊销许可证", "暂扣/吊销许可证"], higherIsWorse: false }),
  define({ id: "referred", name: "移送司法机关", english: "referred to judiciary", domain: "enforcement", baseUnit: "人", units: { 人: 1, 件: 1 }, classifier: "人", aliases: ["移送司法机关", "移送司法"], higherIsWorse: false }),
];

const BY_ID = new Map(INDICATORS.map((i) => [i.id, i]));

/**
 * The indicator with this id.
 *
 * @param id a registry id such as "loss_agri"
 * @returns the record, or undefined for an unknown id
 * @example indicatorById("deaths")?.name // "死亡人数"
 */
export function indicatorById(id: string): Indicator | undefined {
  return BY_ID.get(id);
}

/**
 * The factor that converts a value in `unit` to the indicator's base unit.
 *
 * @param indicator the indicator
 * @param unit the unit found in the header, the unit row or the cell
 * @returns the factor, or undefined when the unit does not fit the indicator
 * @example unitFactor(indicatorById("dz_direct_loss")!, "元") // 0.0001
 */
export function unitFactor(indicator: Indicator, unit: string): number | undefined {
  return indicator.units[unit];
}
