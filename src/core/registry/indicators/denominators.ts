/**
 * Figures that are not emergency statistics but sit beside them: GDP, population, industrial
 * employees and motor vehicles, the bases of 亿元GDP死亡率, 十万人口死亡率, 工矿商贸十万人死亡率 and
 * 万车死亡率 (offered as denominators, never told as counts of people affected), and rainfall, a measurement of a place (never summed).
 */
import { define } from "./define";
import type { Indicator } from "./types";

export const DENOMINATOR_INDICATORS: readonly Indicator[] = [
  define({
    id: "population",
    name: "常住人口",
    english: "resident population",
    domain: "other",
    baseUnit: "人",
    units: { 人: 1, 万人: 10000 },
    classifier: "人",
    aliases: ["常住人口", "常住人口数", "人口", "人口数", "总人口", "年末常住人口", "户籍人口", "第七次普查常住人口数", "普查常住人口数"],
    measure: "denominator",
    higherIsWorse: false,
  }),
  define({
    id: "gdp",
    name: "地区生产总值",
    english: "GDP",
    domain: "other",
    baseUnit: "亿元",
    units: { 亿元: 1, 万元: 0.0001 },
    classifier: "亿元",
    aliases: ["地区生产总值", "GDP", "国内生产总值", "生产总值", "地区生产总值GDP"],
    measure: "denominator",
    higherIsWorse: false,
  }),
  define({
    id: "employees",
    name: "工矿商贸就业人员",
    english: "industrial and commercial employees",
    domain: "other",
    baseUnit: "人",
    units: { 人: 1, 万人: 10000 },
    classifier: "人",
    aliases: ["工矿商贸就业人员", "工矿商贸就业人员数", "工矿商贸从业人员", "工矿商贸企业就业人员"],
    measure: "denominator",
    higherIsWorse: false,
  }),
  define({
    id: "vehicles",
    name: "机动车保有量",
    english: "motor vehicles registered",
    domain: "other",
    baseUnit: "万辆",
    units: { 辆: 0.0001, 万辆: 1 },
    classifier: "万辆",
    aliases: ["机动车保有量", "机动车数", "机动车拥有量", "汽车保有量"],
    measure: "denominator",
    higherIsWorse: false,
  }),
  define({
    id: "rainfall_mm",
    name: "降雨量",
    english: "rainfall",
    domain: "other",
    baseUnit: "毫米",
    units: { 毫米: 1 },
    classifier: "毫米",
    aliases: ["降雨量", "降水量", "累计降雨量", "过程降雨量"],
    measure: "measurement",
    higherIsWorse: false,
  }),
];
