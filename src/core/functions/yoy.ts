import { relativeChange } from "../numbers/decimal";
import type { MatrixInput, ResultCell, ResultMatrix } from "../grid/broadcast";
import type { SheetError } from "../grid/sheetError";
import { mapPairs } from "./elementwise";

/** What the bureaus' tables print when last year's value is 0: no percent exists. */
export const NO_BASE = "—";

/**
 * The relative change of one element: (current − previous) / |previous|, computed on the
 * decimal values; "—" when previous is 0. Dividing by |previous| keeps the sign of the
 * change for a negative base (Excel's (B−C)/C would flip it).
 *
 * @param current this period's value
 * @param previous the same period last year
 * @returns the change as a fraction, or "—"
 * @example yoyOf(23, 20) // 0.15
 */
export function yoyOf(current: number, previous: number): ResultCell {
  if (previous === 0) return NO_BASE;
  // Integers (counts of accidents and people) divide exactly as floats: skip the decimal path.
  if (Number.isInteger(current) && Number.isInteger(previous) && Math.abs(current) < 2 ** 52 && Math.abs(previous) < 2 ** 52) {
    return (current - previous) / Math.abs(previous);
  }
  const relative = relativeChange(current, previous);
  return previous < 0 ? -relative : relative;
}

/**
 * YOY(current, previous): the year-on-year change (同比) as a fraction, element-wise over
 * cells and ranges; "—" where last year's value is 0.
 *
 * @param current this period's values: a cell or a range
 * @param previous the same period last year: a cell or a range
 * @returns fractions (0.15 for +15%) with the broadcast shape, or one #VALUE! error for
 *   shapes that do not fit
 * @example yoy([[23], [42], [1]], [[20], [45], [0]]) // [[0.15], [-0.0666…], ["—"]]
 */
export function yoy(current: MatrixInput, previous: MatrixInput): ResultMatrix | SheetError {
  return mapPairs(current, previous, yoyOf);
}
