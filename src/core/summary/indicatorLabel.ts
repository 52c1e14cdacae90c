/**
 * How the sheet names an indicator in a table or a chart legend: the registry's Chinese name with
 * its unit ("事故起数（起）"), or its English name ("Number of accidents", "Direct economic loss
 * (10k CNY)"). No identifier ever reaches the sheet.
 */
import { indicatorById } from "../registry/indicators";

/** Units in English; counts of things need none. */
const ENGLISH_UNITS: Readonly<Record<string, string>> = {
  万元: "10k CNY",
  元: "CNY",
  亿元: "100m CNY",
  公顷: "ha",
  亩: "mu",
  "%": "%",
};

/**
 * The label of an indicator in the sheet's language.
 *
 * @param indicator the registry id
 * @param fallbackName the name to show when the registry does not know the id (the header as written)
 * @param unit the unit shown after the Chinese name
 * @param language zh or en
 * @returns the label
 * @example indicatorLabel("accident_count", "事故起数", "起", "en") // "Number of accidents"
 */
export function indicatorLabel(indicator: string, fallbackName: string, unit: string, language: "zh" | "en"): string {
  const ind = indicatorById(indicator);
  if (language === "zh") return unit ? `${ind?.name ?? fallbackName}（${unit}）` : (ind?.name ?? fallbackName);
  const english = ind?.english ?? "indicator";
  const u = ENGLISH_UNITS[unit];
  return `${english.charAt(0).toUpperCase()}${english.slice(1)}${u ? ` (${u})` : ""}`;
}
