/**
 * The area a table's title names: a table titled …自然灾害… holds disaster figures even when its
 * columns lack the word 灾 (直接经济损失, 死亡人数 are words of both areas), and a title of 生产安全事故
 * holds accident figures. The title decides an indicator its own words leave open.
 */
import type { IndicatorDomain } from "../reader/model";

const WORDS: readonly [IndicatorDomain, RegExp][] = [
  // 灾情, but not the 灾情 inside 火灾情况.
  ["disaster", /自然灾害|(^|[^火])灾情|灾害损失|受灾|洪涝|干旱|台风|地震|地质灾害|风雹|低温冷冻|雪灾|强降雨|强对流|汛情/],
  ["hazard", /隐患/],
  ["enforcement", /执法|行政处罚|监管执法/],
  ["accident", /生产安全事故|安全生产事故|生产经营性安全事故|事故情况|安全生产形势|事故统计/],
  ["forest_fire", /森林火灾|森林草原火灾|草原火灾|森林火情/],
  // 火灾 alone: the fire services' statistic (not 森林火灾, not 火灾事故 inside an accident table's rows).
  ["fire", /^(?!.*(森林|草原)).*火灾/],
];

/**
 * The area a title names, when it names exactly one.
 *
 * @param title a table's title or section heading
 * @returns the domain, or undefined when the title names none or several
 * @example titleDomain("二〇二三年湖北强降雨和强对流天气灾情") // "disaster"
 * @example titleDomain("2024年1—6月全州生产安全事故和自然灾害情况") // undefined
 */
export function titleDomain(title: string | undefined): IndicatorDomain | undefined {
  if (!title) return undefined;
  const found = WORDS.filter(([, re]) => re.test(title)).map(([d]) => d);
  return found.length === 1 ? found[0] : undefined;
}
