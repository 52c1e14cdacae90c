/**
 * Building indicator records: the unit tables shared by many indicators, and the defaults (summed,
 * higher is worse, the domain's section).
 */
import type { IndicatorDomain } from "../../reader/model";
import type { Indicator, IndicatorSection } from "./types";

const SECTION_OF_DOMAIN: Readonly<Record<IndicatorDomain, IndicatorSection>> = {
  accident: "accidents",
  disaster: "disasters",
  hazard: "hazards",
  enforcement: "enforcement",
  other: "other",
};

/** Units of money, people, area, percent, accident and hazard counts, with factors to the base unit. */
export const MONEY = { 元: 0.0001, 万元: 1, 亿元: 10000 } as const;
export const PEOPLE = { 人: 1, 人次: 1, 万人: 10000, 万人次: 10000 } as const;
export const AREA = { 公顷: 1, 亩: 1 / 15, 千公顷: 1000 } as const;
export const PERCENT = { "%": 1 } as const;
export const COUNT_ACCIDENT = { 起: 1, 宗: 1 } as const;
export const HAZARD_UNITS = { 条: 1, 项: 1, 处: 1, 个: 1 } as const;

type Draft = Omit<Indicator, "higherIsWorse" | "aggregation" | "section"> & Partial<Pick<Indicator, "higherIsWorse" | "aggregation" | "section">>;

/** An indicator with the defaults filled in. */
export function define(d: Draft): Indicator {
  return { aggregation: "sum", higherIsWorse: true, section: SECTION_OF_DOMAIN[d.domain], ...d };
}
