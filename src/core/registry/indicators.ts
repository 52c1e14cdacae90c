/**
 * The indicator registry: one record per indicator (accidents, natural disasters, hazards,
 * enforcement, training and plans; docs/indicators.md), with names, units, aliases (including the
 * misspellings seen in real reports), "其中" parents, how the indicator aggregates and which way is
 * worse. The records live by section in ./indicators/.
 */
import { ACCIDENTS_INDICATORS } from "./indicators/accidents";
import { DISASTERS_INDICATORS } from "./indicators/disasters";
import { DISASTER_FORM_INDICATORS } from "./indicators/disasterForm";
import { DENOMINATOR_INDICATORS } from "./indicators/denominators";
import { ENFORCEMENT_INDICATORS } from "./indicators/enforcement";
import { FIRE_INDICATORS } from "./indicators/fires";
import { HAZARDS_INDICATORS } from "./indicators/hazards";
import { TRAINING_INDICATORS } from "./indicators/training";
import type { Indicator } from "./indicators/types";

export type { Aggregation, Indicator, IndicatorSection } from "./indicators/types";

/** Every indicator the reader knows, in registry order (accidents, disasters, hazards, enforcement, training, denominators, then fires). */
export const INDICATORS: readonly Indicator[] = [
  ...ACCIDENTS_INDICATORS,
  ...DISASTERS_INDICATORS,
  ...DISASTER_FORM_INDICATORS,
  ...HAZARDS_INDICATORS,
  ...ENFORCEMENT_INDICATORS,
  ...TRAINING_INDICATORS,
  ...DENOMINATOR_INDICATORS,
  // Last: their generic words (死亡人数) count only in a fire table, and no other indicator yields to them.
  ...FIRE_INDICATORS,
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
