/**
 * The figures of an indicator section's block (sectionFacts.ts): a fact as the workbook states it, figures
 * added up (a table without a 合计 row), and a rate recomputed from its counts (invariant 2 of
 * docs/architecture.md), keeping the figure the table states beside it with the 核对's word on it.
 */
import type { Fact } from "../facts";
import type { SourcedValue } from "./facts";
import { cellChecks } from "./sourced";

/** A figure of a block: the source cell in the workbook's unit, or a rate recomputed from two figures. */
export interface BlockValue extends SourcedValue {
  /** For a rate: numerator and denominator it is recomputed from (×100), never added up. */
  readonly ratioOf?: readonly [BlockValue, BlockValue];
  /** For a recomputed rate: the figure the table states, with the 核对's word on it (the text names a flagged one, claim 3). */
  readonly stated?: BlockValue;
}

export const MISSING: BlockValue = { value: null };

/** The fact as the workbook states it (its base-unit value divided back by the display unit's factor). */
export function stated(fact: Fact | undefined, factor: number): BlockValue {
  if (!fact) return MISSING;
  if (fact.provenance.kind === "sum") {
    // A table without a 合计 row: the parts as stated, added up.
    return added(fact.provenance.parts.map((p) => stated({ ...fact, value: p.value, provenance: p.provenance }, factor)));
  }
  if (fact.provenance.kind !== "cell") return MISSING;
  const value = fact.value === null ? null : factor === 1 ? fact.value : Number((fact.value / factor).toPrecision(15));
  return { value, cell: fact.provenance.cell, numeric: fact.provenance.numeric, factor: 1, ...cellChecks(fact.provenance) };
}

/** Figures added up, in the unit they are stated in (to a millionth, so 0.1 + 0.2 is 0.3). */
export function added(parts: readonly BlockValue[]): BlockValue {
  const present = parts.filter((p) => p.value !== null);
  const cents = present.reduce((s, p) => s + Math.round((p.value as number) * 1e6), 0);
  return { value: present.length ? cents / 1e6 : null, sumOf: parts };
}

/** numerator ÷ denominator × 100, with the figure the table states for it where it states one. */
export function ratio(num: BlockValue, den: BlockValue, own?: BlockValue): BlockValue {
  const value = num.value !== null && den.value !== null && den.value !== 0 ? (num.value / den.value) * 100 : null;
  return { value, ratioOf: [num, den], ...(own && own.value !== null ? { stated: own } : {}) };
}
