import { formatPercent } from "../numbers/format";
import { mapNumbers, type MatrixInput, type ResultMatrix } from "../grid/broadcast";
import { isSheetError, type SheetError } from "../grid/sheetError";
import { readDecimals } from "./options";

/**
 * PCTTEXT(value, [decimals]): a fraction as percent text in the house style, rounded
 * half-up on the decimal value with trailing zeros dropped.
 *
 * @param value fractions: a cell or a range
 * @param decimals decimals to keep, 1 by default (0 to 10)
 * @returns text such as "15%" with the shape of value, or one #VALUE! error for bad decimals
 * @example pctText([[0.15, 0.2380952, 0.9197]]) // [["15%", "23.8%", "92%"]]
 */
export function pctText(value: MatrixInput, decimals?: unknown): ResultMatrix | SheetError {
  const places = readDecimals(decimals, 1);
  if (isSheetError(places)) return places;
  return mapNumbers([value], ([fraction]) => formatPercent(fraction, { decimals: places }));
}
