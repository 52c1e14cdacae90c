/**
 * The other columns of the national 灾情 form (《自然灾害情况统计调查制度》, docs/national-forms.md
 * §1.2): the people and sites it counts beyond the headline figures, the grain crops within each
 * crop figure, grassland, forest and fish ponds, houses by households and rooms with their 农房,
 * damaged infrastructure, and the two sums bureaus add themselves. Each header as the 2020 edition
 * and the older export write it, so none is taken for a neighbour's indicator.
 */
import { define, AREA, HOUSEHOLDS, PEOPLE, ROOMS } from "./define";
import type { Indicator } from "./types";

const LENGTH = { 千米: 1, 公里: 1, 皮长公里: 1 } as const;
const SITES = { 个: 1, 处: 1 } as const;

type Row = readonly [id: string, name: string, english: string, aliases: readonly string[]];

const people = ([id, name, english, aliases]: Row): Indicator =>
  define({ id, name, english, domain: "disaster", baseUnit: "人", units: PEOPLE, classifier: "人", aliases });
const area = ([id, name, english, aliases]: Row): Indicator =>
  define({ id, name, english, domain: "disaster", baseUnit: "公顷", units: AREA, classifier: "公顷", aliases });
const length = ([id, name, english, aliases]: Row): Indicator =>
  define({ id, name, english, domain: "disaster", baseUnit: "千米", units: LENGTH, classifier: "千米", aliases });
const sites = ([id, name, english, aliases]: Row, classifier = "个"): Indicator =>
  define({ id, name, english, domain: "disaster", baseUnit: "个", units: SITES, classifier, aliases });
const houses = ([id, name, english, aliases]: Row, unit: "户" | "间"): Indicator =>
  define({ id, name, english, domain: "disaster", baseUnit: unit, units: unit === "间" ? ROOMS : HOUSEHOLDS, classifier: unit, aliases });

export const DISASTER_FORM_INDICATORS: readonly Indicator[] = [
  sites(["flooded_towns", "受淹乡镇数量", "flooded townships", ["受淹乡镇数量", "受淹乡镇(街道)数量", "受淹乡镇"]]),
  // The older export counts flooded urban areas, town centres and villages (E-legacy).
  sites(["flooded_urban", "受淹城区", "flooded urban areas", ["受淹城区"]]),
  sites(["flooded_town_centres", "受淹镇区", "flooded town centres", ["受淹镇区"]]),
  sites(["flooded_villages", "受淹乡村", "flooded villages", ["受淹乡村"]]),
  people(["dz_serious_injured", "因灾重伤人口", "disaster serious injuries", ["因灾重伤人口", "因灾重伤"]]),
  people(["trapped", "被困人口", "people trapped", ["被困人口", "被困人员"]]),
  // 集中安置点数量 counts sites, never people: it is no part of 紧急转移安置.
  sites(["relocation_sites", "集中安置点数量", "relocation sites", ["集中安置点数量", "集中安置点"]]),
  area(["grain_affected_ha", "粮食作物受灾面积", "grain area affected", ["粮食作物受灾面积", "粮食作物受灾"]]),
  area(["grain_damaged_ha", "粮食作物成灾面积", "grain area damaged", ["粮食作物成灾面积", "粮食作物成灾"]]),
  area(["grain_failure_ha", "粮食作物绝收面积", "grain crop failure", ["粮食作物绝收面积", "粮食作物绝收"]]),
  area(["grassland_affected_ha", "草场受灾面积", "grassland affected", ["草场受灾面积"]]),
  area(["grassland_burned_ha", "草场过火面积", "grassland burned", ["草场过火面积"]]),
  area(["forest_affected_ha", "林地受灾面积", "forest land affected", ["林地受灾面积"]]),
  area(["forest_burned_ha", "林地过火面积", "forest land burned", ["林地过火面积"]]),
  area(["aquaculture_affected_ha", "水产养殖受灾面积", "aquaculture area affected", ["水产养殖受灾面积"]]),
  area(["farmland_destroyed_ha", "毁坏耕地面积", "farmland destroyed", ["毁坏耕地面积"]]),
  define({
    id: "sheep_deaths",
    name: "因灾死亡羊只",
    english: "sheep deaths",
    domain: "disaster",
    baseUnit: "只",
    units: { 只: 1 },
    classifier: "只",
    aliases: ["因灾死亡羊只"],
  }),
  houses(["hh_severe", "严重损坏房屋户数", "households with severely damaged houses", ["严重损坏房屋户数", "严重损坏住房户数"]], "户"),
  houses(["hh_moderate", "一般损坏房屋户数", "households with moderately damaged houses", ["一般损坏房屋户数", "一般损坏住房户数"]], "户"),
  houses(["hh_collapsed_rural", "倒塌农房户数", "households with collapsed farmhouses", ["倒塌农房户数"]], "户"),
  houses(["rooms_collapsed_rural", "倒塌农房间数", "collapsed farmhouse rooms", ["倒塌农房间数", "倒塌住房间数"]], "间"),
  houses(["hh_severe_rural", "严重损坏农房户数", "households with severely damaged farmhouses", ["严重损坏农房户数"]], "户"),
  houses(["rooms_severe_rural", "严重损坏农房间数", "severely damaged farmhouse rooms", ["严重损坏农房间数", "严重损坏住房间数"]], "间"),
  houses(["hh_moderate_rural", "一般损坏农房户数", "households with moderately damaged farmhouses", ["一般损坏农房户数"]], "户"),
  houses(["rooms_moderate_rural", "一般损坏农房间数", "moderately damaged farmhouse rooms", ["一般损坏农房间数", "一般损坏住房间数"]], "间"),
  // Added by bureaus: 倒塌 + 严重损坏, a sum of two national columns (never added to them again).
  houses(["rooms_collapsed_severe", "倒塌和严重损坏房屋间数", "collapsed and severely damaged rooms", ["倒塌+严损房屋间数", "倒塌和严重损坏房屋间数"]], "间"),
  houses(
    ["hh_collapsed_severe", "倒塌和严重损坏房屋户数", "households with collapsed or severely damaged houses", ["倒塌+严损房屋户数", "倒塌和严重损坏房屋户数"]],
    "户",
  ),
  sites(["damaged_enterprises", "受损工业企业数量", "damaged industrial enterprises", ["受损工业企业数量"]]),
  sites(["damaged_shops", "受损商贸网点数量", "damaged shops", ["受损商贸网点数量"]]),
  sites(["damaged_schools", "受损学校数量", "damaged schools", ["受损学校数量"]], "所"),
  sites(["damaged_hospitals", "受损医院和卫生机构数量", "damaged hospitals and clinics", ["受损医院和卫生机构数量", "受损医疗卫生机构数量"]]),
  sites(["damaged_welfare", "受损社会服务机构数量", "damaged social-service institutions", ["受损社会服务机构数量"]]),
  sites(["damaged_base_stations", "受损通信基站数量", "damaged base stations", ["受损通信基站数量"]]),
  define({
    id: "damaged_reservoirs",
    name: "受损水库数量",
    english: "damaged reservoirs",
    domain: "disaster",
    baseUnit: "座",
    units: { 座: 1, 个: 1 },
    classifier: "座",
    aliases: ["受损水库数量"],
  }),
  length(["road_damaged_km", "受损公路长度", "roads damaged", ["受损公路长度", "道路损失"]]),
  length(["road_blocked_km", "阻断公路长度", "roads blocked", ["阻断公路长度"]]),
  length(["dykes_damaged_km", "受损堤防长度", "dykes damaged", ["受损堤防长度"]]),
  length(["power_lines_damaged_km", "受损电力线路长度", "power lines damaged", ["受损电力线路长度"]]),
  length(["telecom_lines_damaged_km", "受损通信线路长度", "telecom lines damaged", ["受损通信线路长度"]]),
  length(["water_pipes_damaged_km", "受损市政供排水管网长度", "water pipes damaged", ["受损市政供排水管网长度", "受损市政供水管网长度"]]),
  length(["gas_pipes_damaged_km", "受损市政供气供热管网长度", "gas and heating pipes damaged", ["受损市政供气供热管网长度"]]),
];
