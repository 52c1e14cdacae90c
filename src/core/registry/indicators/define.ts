/**
 * Building indicator records: the unit tables shared by many indicators, and the defaults (summed,
 * higher is worse, the domain's section).
 */
import type { IndicatorDomain } from "../../reader/model";
import type { MeasureKind } from "../../facts/measure";
import type { Indicator, IndicatorSection } from "./types";

const SECTION_OF_DOMAIN: Readonly<Record<IndicatorDomain, IndicatorSection>> = {
  accident: "accidents",
  disaster: "disasters",
  hazard: "hazards",
  enforcement: "enforcement",
  // Reported beside the others, under their own names: never told as accidents or disaster losses.
  fire: "other",
  forest_fire: "other",
  other: "other",
};

/** Units of money, people, area, percent, accident and hazard counts, with factors to the base unit. */
export const MONEY = { 元: 0.0001, 万元: 1, 亿元: 10000 } as const;
export const PEOPLE = { 人: 1, 人次: 1, 万人: 10000, 万人次: 10000 } as const;
export const AREA = { 公顷: 1, 亩: 1 / 15, 千公顷: 1000, 万公顷: 10000, 万亩: 10000 / 15 } as const;
/** Houses by rooms and by households, as the forms count them and releases round them (3.6万间). */
export const ROOMS = { 间: 1, 万间: 10000 } as const;
export const HOUSEHOLDS = { 户: 1, 万户: 10000 } as const;
export const PERCENT = { "%": 1 } as const;
export const COUNT_ACCIDENT = { 起: 1, 宗: 1 } as const;
/** Fires are counted in 起 or, in the yearbook, 次. */
export const COUNT_FIRE = { 起: 1, 次: 1 } as const;
export const HAZARD_UNITS = { 条: 1, 项: 1, 处: 1, 个: 1 } as const;

type Draft = Omit<Indicator, "higherIsWorse" | "aggregation" | "section" | "measure"> &
  Partial<Pick<Indicator, "higherIsWorse" | "aggregation" | "section" | "measure">>;

const AMOUNT_UNITS = new Set(["万元", "元", "亿元", "公顷", "千米"]);

/** The measure an indicator has unless it says otherwise: a rate for a rate, an amount for money, areas and lengths, else a count. */
function defaultMeasure(d: Draft): MeasureKind {
  if (d.aggregation === "rate") return "rate";
  return AMOUNT_UNITS.has(d.baseUnit) ? "amount" : "count";
}

/** An indicator with the defaults filled in. */
export function define(d: Draft): Indicator {
  return { aggregation: "sum", higherIsWorse: true, section: SECTION_OF_DOMAIN[d.domain], measure: defaultMeasure(d), ...d };
}
