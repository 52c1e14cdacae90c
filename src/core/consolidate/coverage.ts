/**
 * Which counties a consolidated total covers, for the 综述 to state (docs/report-rules.md rule 14):
 * the counties counted, and those of the prefecture with no return for the period — none sent, or
 * one for another period — in the prefecture's order.
 */
import { CHUXIONG_REGIONS } from "../registry/regions";
import type { Coverage } from "../summary/facts";
import type { Consolidation } from "./types";

const order = (r: string) => {
  const k = CHUXIONG_REGIONS.indexOf(r);
  return k < 0 ? CHUXIONG_REGIONS.length : k;
};

/**
 * The coverage of a consolidation, when some counties are not in it.
 *
 * @param c the consolidation
 * @returns the counted and the missing counties, or undefined when the prefecture is unknown or every county is counted
 * @example coverageOf(consolidation)?.missing // ["双柏县", "牟定县"]
 */
export function coverageOf(c: Consolidation): Coverage | undefined {
  if (!c.region) return undefined;
  const reported = c.byCounty.map((x) => x.region);
  const otherPeriod = c.returns.flatMap((r) => (r.status === "other-period" && r.region && !reported.includes(r.region) ? [r.region] : []));
  const missing = [...new Set([...c.missing, ...otherPeriod])].filter((r) => !reported.includes(r)).sort((a, b) => order(a) - order(b));
  return missing.length ? { expected: reported.length + missing.length, reported, missing } : undefined;
}
