/**
 * Region and row-label recognition: the provinces, the counties of 楚雄州, generic 县/市/区/旗 names,
 * special zones (高新区, 开发区, 风景区, 市直, 州直) and the labels of total, subtotal and "其中" rows.
 */
import type { RowRole } from "../reader/model";
import { normalHeader, isOfWhich } from "./headerText";

/** 楚雄州's ten 县市 and its high-tech zone, canonical names (docs/indicators.md). */
export const CHUXIONG_REGIONS: readonly string[] = [
  "楚雄市",
  "禄丰市",
  "双柏县",
  "牟定县",
  "南华县",
  "姚安县",
  "大姚县",
  "永仁县",
  "元谋县",
  "武定县",
  "楚雄高新区",
];

const SHORT_NAMES = new Map<string, string>();
for (const name of CHUXIONG_REGIONS) {
  SHORT_NAMES.set(name, name);
  SHORT_NAMES.set(name.replace(/[市县]$/, ""), name);
}
SHORT_NAMES.set("高新区", "楚雄高新区");
SHORT_NAMES.set("楚雄高新技术产业开发区", "楚雄高新区");
SHORT_NAMES.set("禄丰县", "禄丰市"); // 禄丰 became a 市 in 2021; older tables still say 县

/** The 34 provincial-level divisions, full names; tables often write them short (安徽, 广西, 新疆). */
export const PROVINCES: readonly string[] = [
  "北京市",
  "天津市",
  "河北省",
  "山西省",
  "内蒙古自治区",
  "辽宁省",
  "吉林省",
  "黑龙江省",
  "上海市",
  "江苏省",
  "浙江省",
  "安徽省",
  "福建省",
  "江西省",
  "山东省",
  "河南省",
  "湖北省",
  "湖南省",
  "广东省",
  "广西壮族自治区",
  "海南省",
  "重庆市",
  "四川省",
  "贵州省",
  "云南省",
  "西藏自治区",
  "陕西省",
  "甘肃省",
  "青海省",
  "宁夏回族自治区",
  "新疆维吾尔自治区",
  "台湾省",
  "香港特别行政区",
  "澳门特别行政区",
];
const PROVINCE_NAMES = new Map<string, string>();
for (const name of PROVINCES) {
  PROVINCE_NAMES.set(name, name);
  PROVINCE_NAMES.set(name.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/, ""), name);
}
PROVINCE_NAMES.set("新疆兵团", "新疆生产建设兵团");
PROVINCE_NAMES.set("新疆生产建设兵团", "新疆生产建设兵团");

/** What kind of place a region label names. */
export type RegionKind = "province" | "county" | "special_zone" | "direct";

/** A recognised region. */
export interface RegionMatch {
  readonly region: string;
  readonly kind: RegionKind;
  /** 1 for a known 楚雄州 name, lower for a generic pattern. */
  readonly confidence: number;
}

const SPECIAL_ZONE = /^.{1,12}(高新区|开发区|风景区|风景名胜区|经开区|工业园区|园区|新区|管委会|度假区)$/;
const DIRECT = /^(市直|州直|县直|区直|省直|盟直|本级|市本级|州本级|县本级)$/;
// 州 and 盟 are prefectures: the rows of a provincial table by 市（州）.
const COUNTY = /^.{1,10}(自治县|自治旗|自治州|县|市|区|旗|州|盟)$/;
const NOT_A_REGION = /(合计|总计|小计|其中|全州|全市|全县|全省|全区|行业|单位|地区|县（市）|县\(市\))/;

/**
 * Recognises a region name in a row label.
 *
 * @param label the key cell ("楚雄市", "高新区", "市直", "某某县")
 * @returns the canonical name and kind, or undefined for labels that are not regions
 * @example matchRegion("楚雄")?.region // "楚雄市"
 * @example matchRegion("经济技术开发区")?.kind // "special_zone"
 */
export function matchRegion(label: unknown): RegionMatch | undefined {
  const text = normalHeader(label);
  if (text === "") return undefined;
  const known = SHORT_NAMES.get(text);
  if (known) return { region: known, kind: known.endsWith("高新区") ? "special_zone" : "county", confidence: 1 };
  const province = PROVINCE_NAMES.get(text);
  if (province) return { region: province, kind: "province", confidence: 1 };
  if (NOT_A_REGION.test(text)) return undefined;
  if (DIRECT.test(text)) return { region: text, kind: "direct", confidence: 0.9 };
  if (SPECIAL_ZONE.test(text)) return { region: text, kind: "special_zone", confidence: 0.8 };
  if (COUNTY.test(text) && !/业$/.test(text)) return { region: text, kind: "county", confidence: 0.7 };
  return undefined;
}

/** The whole: 合计 and its kin, or the area's own word (全区 of a district, 全旗 of a banner), alone or with 合计/总计. */
const TOTAL = /^(合计|总计|总数|共计|总合计|合\s*计|全(国|省|市|州|县|区|盟|旗)(合计|总计)?)$/;
const SUBTOTAL = /^(小计|.{0,8}小计)$/;
/** A count of the places a figure covers (11市（州）37县（市、区）): the whole area, not one place. */
const AREA_COUNT = /^\d+个?(省|市|州|盟|县|区|旗|乡|镇)/;

/** A group's own total named by what it totals (较大事故合计, 煤矿合计): short, and not the whole's (全州合计). */
const NAMED_SUBTOTAL = /^.{1,8}合计$/;

/**
 * Whether a label names the total of a group of rows (较大事故合计). Its label alone cannot say which
 * rows: they may stand above it or under it (reader/subtotalGroups.ts), so rowRoleOf reads it as data.
 *
 * @param label the key cell of the row
 * @returns true for 较大事故合计, false for 合计, 全州合计 and 小计
 * @example isNamedSubtotal("较大事故合计") // true
 */
export function isNamedSubtotal(label: unknown): boolean {
  const text = normalHeader(label);
  return NAMED_SUBTOTAL.test(text) && !TOTAL.test(text) && !isOfWhich(text);
}

/**
 * The role a row label gives its row: total (合计, 全州合计), subtotal (小计), of_which
 * (其中：…), blank, or data.
 *
 * @param label the key cell of the row
 * @returns the row role
 * @example rowRoleOf("全州合计") // "total"
 * @example rowRoleOf("其中：旱灾") // "of_which"
 * @example rowRoleOf("11市（州、省直管市、林区）37县（市、区）") // "total"
 */
export function rowRoleOf(label: unknown): RowRole {
  const text = normalHeader(label);
  if (text === "") return "blank";
  if (isOfWhich(text)) return "of_which";
  if (TOTAL.test(text) || AREA_COUNT.test(text)) return "total";
  if (SUBTOTAL.test(text)) return "subtotal";
  return "data";
}
