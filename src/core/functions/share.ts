import type { MatrixInput, ResultCell, ResultMatrix } from "../grid/broadcast";
import type { SheetError } from "../grid/sheetError";
import { mapPairs } from "./elementwise";
import { NO_BASE } from "./yoy";

/**
 * One share: part ÷ total, or "—" when the total is 0.
 *
 * @param part the part
 * @param total the whole
 * @returns the fraction, or "—"
 * @example shareOf(11810.23, 12322.34) // 0.95844…
 */
export function shareOf(part: number, total: number): ResultCell {
  return total === 0 ? NO_BASE : part / total;
}

/**
 * SHARE(part, total): each part as a fraction of its total (占比), element-wise; "—" where
 * the total is 0. Shares are not forced to add up to 100% (docs/numbers.md).
 *
 * @param part the parts: a cell or a range
 * @param total the totals: a cell (one total for all parts) or a range
 * @returns fractions with the broadcast shape, or one #VALUE! error for shapes that do not fit
 * @example share([[7], [9]], [[116]]) // [[0.0603…], [0.0775…]]
 */
export function share(part: MatrixInput, total: MatrixInput): ResultMatrix | SheetError {
  return mapPairs(part, total, shareOf);
}
