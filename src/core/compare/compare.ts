/**
 * The comparison of a value with the same period last year (同比), as the narrative needs it.
 */
import { exactDiff, relativeChange } from "../numbers/decimal";

/**
 * How a value moved against its comparison value.
 * - up / down: both periods have a base to compare with
 * - flat: equal and not zero
 * - new_from_zero: the previous value was 0 (no percent exists)
 * - both_zero: nothing in either period
 * - to_zero: fell to 0 from a positive value (−100%)
 */
export type ChangeState = "up" | "down" | "flat" | "new_from_zero" | "both_zero" | "to_zero";

/** Everything the text and the tables say about one comparison. */
export interface Comparison {
  readonly current: number;
  readonly previous: number;
  /** current − previous, decimal-exact. */
  readonly delta: number;
  /** (current − previous) / previous as a fraction, or null when previous is 0. */
  readonly relative: number | null;
  readonly state: ChangeState;
}

/**
 * Compares a value with the value of the comparison period.
 *
 * @param current value this period
 * @param previous value of the comparison period
 * @returns delta, relative change and state
 * @example compare(23, 20) // { delta: 3, relative: 0.15, state: "up", … }
 * @example compare(1, 0).state // "new_from_zero"
 */
export function compare(current: number, previous: number): Comparison {
  const delta = exactDiff(current, previous);
  const relative = previous === 0 ? null : relativeChange(current, previous) * (previous < 0 ? -1 : 1);
  let state: ChangeState;
  if (previous === 0) state = current === 0 ? "both_zero" : "new_from_zero";
  else if (delta === 0) state = "flat";
  else if (current === 0 && previous > 0) state = "to_zero";
  else state = delta > 0 ? "up" : "down";
  return { current, previous, delta: delta === 0 ? 0 : delta, relative: relative === 0 ? 0 : relative, state };
}
