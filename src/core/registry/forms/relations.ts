/**
 * Every relation of the national forms (./disasterForm.ts, ./accidentForm.ts, ./enforcementForm.ts,
 * ./hazardForm.ts, ./fireForm.ts), and what the reader and the 核对 ask of them: which indicators lie under which
 * (the "其中" tree that decides what a header such as 其他 means), and the relations among the
 * indicators a table has. Part-of comes from here and from a header's own 其中 words, never from
 * the order of the columns.
 */
import { ACCIDENT_FORM } from "./accidentForm";
import { DISASTER_FORM } from "./disasterForm";
import { ENFORCEMENT_FORM } from "./enforcementForm";
import { FIRE_FORM } from "./fireForm";
import { HAZARD_FORM } from "./hazardForm";
import type { FormRelation } from "./types";

export type { ContainsRelation, FormName, FormRelation, RelationSource, SumRelation } from "./types";

/** Every relation, disasters first. */
export const FORM_RELATIONS: readonly FormRelation[] = [...DISASTER_FORM, ...ACCIDENT_FORM, ...ENFORCEMENT_FORM, ...HAZARD_FORM, ...FIRE_FORM];

const ABOVE = new Map<string, string[]>();
for (const r of FORM_RELATIONS) {
  const pairs: [string, string][] = r.kind === "sum" ? r.parts.map((p) => [p, r.total]) : [[r.part, r.whole]];
  for (const [part, whole] of pairs) ABOVE.set(part, [...(ABOVE.get(part) ?? []), whole]);
}

/**
 * The indicators directly above one in the forms: the totals it is a part of and the wholes that
 * contain it.
 *
 * @param id an indicator id
 * @returns the ids above it, nearest relation first
 * @example wholesOf("loss_agri") // ["dz_direct_loss"]
 */
export function wholesOf(id: string): readonly string[] {
  return ABOVE.get(id) ?? [];
}

/**
 * The indicator a part belongs to in the "其中" sense: the total of a sum it is a part of, or else
 * the first whole that contains it.
 *
 * @param id an indicator id
 * @returns the parent's id, or undefined for an indicator that is part of nothing
 * @example parentOf("loss_other") // "dz_direct_loss"
 * @example parentOf("crop_failure_ha") // "crop_damaged_ha"
 */
export function parentOf(id: string): string | undefined {
  const sum = FORM_RELATIONS.find((r) => r.kind === "sum" && !r.derived && r.parts.includes(id));
  return sum?.kind === "sum" ? sum.total : wholesOf(id)[0];
}

/**
 * Whether an indicator is one of the parts a total is the sum of (一般隐患 of 隐患), not merely within it:
 * where a table lacks a rate's denominator, such a part the rate stands beside is what it divides
 * (一般隐患 | 已整改 | 一般隐患整改率; the 核对, checks/statedRate.ts, and the sections, summary/sectionFacts.ts).
 *
 * @param id the indicator id
 * @param total the total's id
 * @returns true when a sum relation of the forms has `id` among the parts of `total`
 * @example isSumPartOf("general_found", "hazards_found") // true
 */
export function isSumPartOf(id: string, total: string): boolean {
  return FORM_RELATIONS.some((r) => r.kind === "sum" && r.total === total && r.parts.includes(id));
}

/**
 * Whether an indicator is `ancestorId` or lies below it through the forms' relations.
 *
 * @param id the indicator id
 * @param ancestorId the possible ancestor
 * @returns true when id is ancestorId or one of its parts, or a part of a part …
 * @example isBelow("grain_failure_ha", "crop_affected_ha") // true
 */
export function isBelow(id: string, ancestorId: string): boolean {
  const seen = new Set<string>();
  const walk = (x: string): boolean => {
    if (x === ancestorId) return true;
    if (seen.has(x)) return false;
    seen.add(x);
    return wholesOf(x).some(walk);
  };
  return walk(id);
}

/**
 * The relations whose indicators a table has: a sum when its total and at least one part are
 * present, a "contains" when both sides are.
 *
 * @param present the indicator ids of a table's columns
 * @returns the relations to check there
 * @example relationsAmong(new Set(["relocated", "relocated_central", "relocated_dispersed"]))[0].id // "relocated_parts"
 */
export function relationsAmong(present: ReadonlySet<string>): FormRelation[] {
  return FORM_RELATIONS.filter((r) =>
    r.kind === "sum" ? present.has(r.total) && r.parts.some((p) => present.has(p)) : present.has(r.whole) && present.has(r.part),
  );
}
