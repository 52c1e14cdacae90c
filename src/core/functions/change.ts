import { exactDiff } from "../numbers/decimal";
import type { MatrixInput, ResultMatrix } from "../grid/broadcast";
import type { SheetError } from "../grid/sheetError";
import { mapPairs } from "./elementwise";

/**
 * CHANGE(current, previous): the absolute change current − previous, computed on the
 * decimal values so that 13099.92 − 13099.9 is 0.02 and not 0.020000000000436557.
 *
 * @param current this period's values: a cell or a range
 * @param previous the comparison values: a cell or a range
 * @returns the differences with the broadcast shape, or one #VALUE! error for shapes that do not fit
 * @example change([[23], [42]], [[20], [45]]) // [[3], [-3]]
 */
export function change(current: MatrixInput, previous: MatrixInput): ResultMatrix | SheetError {
  return mapPairs(current, previous, exactDiff);
}
