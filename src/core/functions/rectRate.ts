import type { MatrixInput, ResultCell, ResultMatrix } from "../grid/broadcast";
import { sheetError, type SheetError } from "../grid/sheetError";
import { mapPairs } from "./elementwise";
import { NO_BASE } from "./yoy";
import { FUNCTION_MESSAGES } from "../messages/functionMessages";

const NEGATIVE = sheetError("num", FUNCTION_MESSAGES.negativeHazards);
const TOO_MANY = sheetError("num", FUNCTION_MESSAGES.moreRectifiedThanFound);

/**
 * One rectification rate: rectified ÷ found.
 *
 * @param rectified hazards rectified (完成整改)
 * @param found hazards found (发现隐患)
 * @returns the rate as a fraction; "—" when none were found; #NUM! when a count is negative
 *   or more were rectified than found
 * @example rectRateOf(378, 411) // 0.91970…
 */
export function rectRateOf(rectified: number, found: number): ResultCell {
  if (rectified < 0 || found < 0) return NEGATIVE;
  if (rectified > found) return TOO_MANY;
  return found === 0 ? NO_BASE : rectified / found;
}

/**
 * RECTRATE(rectified, found): the rectification rate (整改率) element-wise.
 *
 * @param rectified hazards rectified: a cell or a range
 * @param found hazards found: a cell or a range
 * @returns rates as fractions with the broadcast shape, or one #VALUE! error for shapes that do not fit
 * @example rectRate([[378]], [[411]]) // [[0.91970…]] — shown as 92% (docs/numbers.md)
 */
export function rectRate(rectified: MatrixInput, found: MatrixInput): ResultMatrix | SheetError {
  return mapPairs(rectified, found, rectRateOf);
}
