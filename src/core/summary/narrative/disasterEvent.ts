/**
 * The kinds of natural disaster as the 综述 names them, and the subject of a paragraph about one
 * disaster event (a system export: 灾种名称：洪涝, 灾害发生时间：2020-07-18). Such figures are the
 * event's, not its day's: "2020年7月18日发生的洪涝灾害共造成…", "The floods of 18 July 2020 affected …",
 * never "2020年7月18日，自然灾害共造成…" (that day's disasters) nor the month 2020年7月.
 */
import { englishPeriod } from "../../text/englishPeriod";
import type { SummaryFacts } from "../facts";

/** Disaster types in English; a type not listed stays as the workbook writes it. */
export const ENGLISH_DISASTERS: Readonly<Record<string, string>> = {
  旱灾: "drought",
  干旱: "drought",
  风雹: "hailstorms",
  风雹灾害: "hailstorms",
  洪涝: "floods",
  洪涝灾害: "floods",
  地震: "earthquakes",
  地震灾害: "earthquakes",
  地质灾害: "geological disasters",
  台风: "typhoons",
  低温冷冻和雪灾: "low temperatures, frost and snow",
  低温冷冻: "low temperatures and frost",
  雪灾: "snow",
  森林火灾: "forest fires",
};

/**
 * Disaster types as the Chinese names them: "旱灾、风雹灾害", "洪涝灾害".
 *
 * @param types the types as the workbook writes them
 * @returns the list, ending in 灾 or 灾害
 * @example zhDisasterTypes(["洪涝"]) // "洪涝灾害"
 */
export function zhDisasterTypes(types: readonly string[]): string {
  const list = types.join("、");
  return /[灾害]$/.test(list) ? list : `${list}灾害`;
}

/**
 * The subject of a paragraph about one disaster event: its period (a day, or the days of several
 * dates of occurrence) and its kind.
 *
 * @param f the summary facts (the event and its period)
 * @returns "2020年7月18日发生的洪涝灾害", or undefined when the figures are not one event's
 * @example zhEventSubject({ period: "2020年7月18日", event: { kind: "洪涝", dates: ["2020-07-18"] } }) // "2020年7月18日发生的洪涝灾害"
 */
export function zhEventSubject(f: Pick<SummaryFacts, "event" | "period" | "disasterTypes">): string | undefined {
  if (!f.event || !f.period) return undefined;
  const kinds = f.event.kind ? [f.event.kind] : (f.disasterTypes ?? []);
  return `${f.period}发生的${kinds.length ? zhDisasterTypes(kinds) : "自然灾害"}`;
}

/**
 * The same subject in English.
 *
 * @param f the summary facts
 * @returns "The floods of 18 July 2020", or undefined when the figures are not one event's
 * @example enEventSubject({ period: "2020年7月18日", event: { kind: "洪涝", dates: ["2020-07-18"] } }) // "The floods of 18 July 2020"
 */
export function enEventSubject(f: Pick<SummaryFacts, "event" | "period" | "disasterTypes">): string | undefined {
  const period = f.event && englishPeriod(f.period);
  if (!f.event || !period) return undefined;
  const kinds = f.event.kind ? [f.event.kind] : (f.disasterTypes ?? []);
  const english = kinds.map((k) => ENGLISH_DISASTERS[k] ?? ENGLISH_DISASTERS[`${k}灾害`]).filter((k): k is string => k !== undefined);
  // A kind with no English name is not shown in Chinese: "The natural disasters of …".
  const named = english.length === kinds.length && english.length ? english.join(" and ") : "natural disasters";
  return `The ${named} of ${period}`;
}
