/**
 * What the 综述 may say about significance (rule 9 of docs/report-rules.md): never a p-value.
 * With the significanceWording option on, and only for 事故起数 (accidents are independent
 * events; deaths and injuries cluster within accidents), a change the exact Poisson test does
 * not support gets the accepted note "受基数较小影响，同比变化仍在正常波动范围内", and a change it
 * does support may be called "明显上升/下降".
 */
import { poissonRateTest } from "../../stats/poissonRateTest";
import type { SummaryFacts } from "../facts";
import type { SummaryOptions } from "../options";
import { pairOf, present } from "./figures";

/** The significance level the wording uses. */
export const WORDING_ALPHA = 0.05;

/** The accepted note for a change within normal variation. */
export const SMALL_BASE_NOTE = {
  zh: "受基数较小影响，同比变化仍在正常波动范围内。",
  en: "Given the small base, the year-on-year change is within normal variation.",
};

/**
 * The descriptive word for 事故起数 and the note, as the option allows.
 *
 * @param facts the summary facts
 * @param options significanceWording and language
 * @returns emphasis by indicator id ({ accident_count: "明显" } or "markedly") and the note, either may be absent
 * @example accidentWording(factsOf(23, 20), { significanceWording: true, language: "zh" }).note // "受基数较小影响，同比变化仍在正常波动范围内。"
 */
export function accidentWording(
  facts: SummaryFacts,
  options: Pick<SummaryOptions, "significanceWording" | "language">,
): { emphasis: Record<string, string>; note?: string } {
  if (!options.significanceWording) return { emphasis: {} };
  const pair = pairOf(facts.accidents, "accident_count");
  const cur = present(pair?.current);
  const prev = present(pair?.previous);
  if (cur === undefined || prev === undefined || cur === prev) return { emphasis: {} };
  let p: number;
  try {
    p = poissonRateTest(cur, prev, 1).p;
  } catch {
    return { emphasis: {} };
  }
  if (p < WORDING_ALPHA && prev > 0) return { emphasis: { accident_count: options.language === "en" ? "markedly" : "明显" } };
  if (p >= WORDING_ALPHA) return { emphasis: {}, note: SMALL_BASE_NOTE[options.language] };
  return { emphasis: {} };
}
