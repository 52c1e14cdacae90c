import { exactDiff, toDecimal } from "../numbers/decimal";
import type { MatrixInput, ResultMatrix } from "../grid/broadcast";
import type { SheetError } from "../grid/sheetError";
import { mapPairs } from "./elementwise";

/**
 * The difference of two rates in percentage points, on the decimal values:
 * (rateNow − rateBefore) × 100 without the float error of multiplying by 100.
 *
 * @param rateNow a rate as a fraction (0.92)
 * @param rateBefore a rate as a fraction (0.885)
 * @returns the change in points (3.5)
 * @example percentPointsOf(0.92, 0.885) // 3.5 (0.035 * 100 in floats is 3.5000000000000004)
 */
export function percentPointsOf(rateNow: number, rateBefore: number): number {
  const diff = toDecimal(exactDiff(rateNow, rateBefore));
  const scale = diff.scale - 2;
  if (scale <= 0) return Number(diff.coefficient) * 10 ** -scale;
  return Number(`${diff.coefficient}e-${scale}`);
}

/**
 * PPCHANGE(rate_now, rate_before): the change between two rates in percentage points
 * (百分点), never as a percent. Rates are fractions (a cell formatted as 92% holds 0.92) or
 * percent text ("92%").
 *
 * @param rateNow this period's rates: a cell or a range
 * @param rateBefore the comparison rates: a cell or a range
 * @returns points with the broadcast shape, or one #VALUE! error for shapes that do not fit
 * @example ppChange([[0.92]], [["88.5%"]]) // [[3.5]]
 */
export function ppChange(rateNow: MatrixInput, rateBefore: MatrixInput): ResultMatrix | SheetError {
  return mapPairs(rateNow, rateBefore, percentPointsOf);
}
