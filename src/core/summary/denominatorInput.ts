/**
 * A denominator as a user types it, on the command line (`--denominator 地区生产总值=812.5亿元,770.1亿元`)
 * or in the pane: the name (地区生产总值, GDP, 常住人口, 工矿商贸就业人员, 机动车保有量, or an alias the
 * registry knows), the report period's figure with its unit, and after a comma the same period's a
 * year earlier. One parser for both, so they accept the same words.
 */
import { INDICATORS } from "../registry/indicators";
import type { DenominatorInput } from "./options";

const DENOMINATORS = INDICATORS.filter((i) => i.measure === "denominator");

/** The registry id a name means (地区生产总值 → gdp), or undefined. */
function denominatorId(name: string): string | undefined {
  const key = name.replace(/\s+/g, "").toLowerCase();
  return DENOMINATORS.find((i) => i.id === key || i.name === key || i.aliases.some((a) => a.toLowerCase() === key))?.id;
}

/** "812.5亿元" → [812.5, "亿元"]; a unit the indicator knows is required. */
function figure(text: string, units: Readonly<Record<string, number>>): { value: number; unit: string } | undefined {
  const m = /^([0-9]+(?:\.[0-9]+)?)\s*(\S+)$/.exec(text.trim());
  if (!m) return undefined;
  const value = Number(m[1]);
  return Number.isFinite(value) && value > 0 && units[m[2]] !== undefined ? { value, unit: m[2] } : undefined;
}

/**
 * Reads one denominator the user typed.
 *
 * @param text "地区生产总值=812.5亿元" or "常住人口=241.6万人,242万人" (本期, then 去年同期)
 * @returns the denominator, or undefined when the name, a figure or its unit is not one the registry knows
 * @example parseDenominator("地区生产总值=812.5亿元,770.1亿元") // { indicator: "gdp", unit: "亿元", current: 812.5, previous: 770.1 }
 * @example parseDenominator("GDP=812.5") // undefined (no unit)
 */
export function parseDenominator(text: string): DenominatorInput | undefined {
  const at = text.search(/[=＝]/);
  if (at <= 0) return undefined;
  const id = denominatorId(text.slice(0, at));
  const ind = DENOMINATORS.find((i) => i.id === id);
  if (!ind) return undefined;
  const [current, previous, ...rest] = text.slice(at + 1).split(/[,，;；]/);
  if (rest.length) return undefined;
  const cur = figure(current, ind.units);
  const prev = previous === undefined ? undefined : figure(previous, ind.units);
  if (!cur || (previous !== undefined && !prev)) return undefined;
  // One unit for the row: last year's figure is brought to this year's unit (770100万元 beside 亿元).
  const prevValue = prev && Number(((prev.value * ind.units[prev.unit]) / ind.units[cur.unit]).toPrecision(15));
  return { indicator: ind.id, unit: cur.unit, current: cur.value, ...(prevValue !== undefined ? { previous: prevValue } : {}) };
}

/**
 * The names and units the parser accepts, for the help and the error message.
 *
 * @returns "地区生产总值（亿元、万元）、常住人口（人、万人）…"
 */
export function denominatorNames(): { zh: string; en: string } {
  return {
    zh: DENOMINATORS.map((i) => `${i.name}（${Object.keys(i.units).join("、")}）`).join("、"),
    en: DENOMINATORS.map((i) => `${i.name} = ${i.english} (${Object.keys(i.units).join(", ")})`).join("; "),
  };
}
