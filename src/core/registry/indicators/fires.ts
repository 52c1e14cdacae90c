/**
 * Fires and forest fires: statistics of their own, kept by the fire services (火灾) and the forestry
 * and emergency authorities (森林火灾), which bureaus print beside their accident and disaster
 * tables (a 火灾 section of a monthly bulletin, the yearbook's 森林火灾情况, the statistical bulletin's
 * 森林火灾 rows). Their deaths and losses are never an accident's or a disaster's: the generic words
 * (死亡人数, 直接经济损失) mean these indicators only in a table whose title or section names the
 * area (`domainAliases`); elsewhere they keep their usual meaning. docs/national-forms.md gives the
 * sources.
 */
import { define, AREA, COUNT_FIRE, MONEY, PEOPLE } from "./define";
import type { Indicator } from "./types";

const fire = (d: Omit<Parameters<typeof define>[0], "domain">): Indicator => define({ ...d, domain: "fire" });
const forest = (d: Omit<Parameters<typeof define>[0], "domain">): Indicator => define({ ...d, domain: "forest_fire" });

/** A forest-fire class of the yearbook (火警, 一般, 重大, 特大; 较大 since the 2008 regulation). */
const forestClass = (id: string, name: string, english: string, aliases: string[], inTable: string[]): Indicator =>
  forest({ id, name, english, baseUnit: "起", units: COUNT_FIRE, classifier: "起", aliases, domainAliases: inTable });

export const FIRE_INDICATORS: readonly Indicator[] = [
  fire({
    id: "fire_count",
    name: "火灾起数",
    english: "fires",
    baseUnit: "起",
    units: COUNT_FIRE,
    classifier: "起",
    aliases: ["火灾起数", "火灾次数", "发生火灾"],
    // Not 起数 alone: a fire report's 接警出动 | 起数 counts turnouts, not fires.
    domainAliases: ["火灾"],
  }),
  fire({
    id: "fire_deaths",
    name: "火灾死亡人数",
    english: "fire deaths",
    baseUnit: "人",
    units: PEOPLE,
    classifier: "人",
    aliases: ["火灾死亡人数", "火灾亡人"],
    domainAliases: ["死亡人数", "死亡"],
  }),
  fire({
    id: "fire_injured",
    name: "火灾受伤人数",
    english: "fire injuries",
    baseUnit: "人",
    units: PEOPLE,
    classifier: "人",
    aliases: ["火灾受伤人数"],
    domainAliases: ["受伤人数", "受伤"],
  }),
  fire({
    id: "fire_loss",
    name: "火灾直接财产损失",
    english: "direct property loss from fires",
    baseUnit: "万元",
    units: MONEY,
    classifier: "万元",
    aliases: ["火灾直接财产损失", "火灾直接经济损失", "火灾损失"],
    domainAliases: ["直接财产损失", "直接经济损失", "经济损失"],
  }),
  forest({
    id: "forest_fire_count",
    name: "森林火灾次数",
    english: "forest fires",
    baseUnit: "起",
    units: COUNT_FIRE,
    classifier: "起",
    aliases: ["森林火灾次数", "森林火灾起数", "森林火灾", "森林火灾数"],
    domainAliases: ["火灾次数", "火灾起数"],
  }),
  forestClass("forest_fire_alarm", "森林火警", "forest fire alerts (smallest fires)", ["森林火警"], ["火警"]),
  forestClass("forest_fire_general", "一般森林火灾", "ordinary forest fires", ["一般森林火灾"], ["一般火灾"]),
  forestClass("forest_fire_larger", "较大森林火灾", "larger forest fires", ["较大森林火灾"], ["较大火灾"]),
  forestClass("forest_fire_major", "重大森林火灾", "major forest fires", ["重大森林火灾"], ["重大火灾"]),
  forestClass("forest_fire_extra", "特别重大森林火灾", "extraordinary forest fires", ["特别重大森林火灾", "特大森林火灾"], ["特大火灾", "特别重大火灾"]),
  forest({
    id: "forest_fire_area",
    name: "火场总面积",
    english: "total burned area",
    baseUnit: "公顷",
    units: AREA,
    classifier: "公顷",
    aliases: ["火场总面积", "森林火灾火场面积"],
    domainAliases: ["火场面积", "过火面积"],
  }),
  forest({
    id: "forest_area_damaged",
    name: "受害森林面积",
    english: "forest area damaged",
    baseUnit: "公顷",
    units: AREA,
    classifier: "公顷",
    aliases: ["受害森林面积", "受灾森林面积", "森林受害面积"],
  }),
  forest({
    id: "forest_damaged_natural",
    name: "受害天然林面积",
    english: "natural forest damaged",
    baseUnit: "公顷",
    units: AREA,
    classifier: "公顷",
    aliases: ["受害天然林面积", "受灾天然林面积"],
    domainAliases: ["天然林"],
  }),
  forest({
    id: "forest_damaged_planted",
    name: "受害人工林面积",
    english: "planted forest damaged",
    baseUnit: "公顷",
    units: AREA,
    classifier: "公顷",
    aliases: ["受害人工林面积", "受灾人工林面积"],
    domainAliases: ["人工林"],
  }),
  forest({
    id: "forest_fire_casualties",
    name: "森林火灾伤亡人数",
    english: "forest fire casualties",
    baseUnit: "人",
    units: PEOPLE,
    classifier: "人",
    aliases: ["森林火灾伤亡人数"],
    domainAliases: ["伤亡人数"],
  }),
  forest({
    id: "forest_fire_deaths",
    name: "森林火灾死亡人数",
    english: "forest fire deaths",
    baseUnit: "人",
    units: PEOPLE,
    classifier: "人",
    aliases: ["森林火灾死亡人数"],
    domainAliases: ["死亡人数", "死亡"],
  }),
  forest({
    id: "forest_fire_loss",
    name: "森林火灾直接经济损失",
    english: "direct economic loss from forest fires",
    baseUnit: "万元",
    units: MONEY,
    classifier: "万元",
    aliases: ["森林火灾直接经济损失"],
    domainAliases: ["直接经济损失", "经济损失"],
  }),
];
