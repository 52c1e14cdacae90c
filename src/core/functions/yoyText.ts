import { changeText } from "../text/changeText";
import type { MatrixInput, ResultMatrix } from "../grid/broadcast";
import { isSheetError, type SheetError } from "../grid/sheetError";
import { mapPairs } from "./elementwise";
import { readDecimals, readStyle, readUnit } from "./options";

/**
 * YOYTEXT(current, previous, [unit], [decimals], [style]): the 同比 phrase of a report,
 * element-wise: "增加3起、上升15%", "减少3起、下降6.7%", "持平", "净增加1起".
 *
 * @param current this period's values: a cell or a range
 * @param previous the same period last year: a cell or a range
 * @param unit the classifier after the absolute change (起, 人, 万元); none by default
 * @param decimals percent decimals, 1 by default
 * @param style "default" (= "net_increase": 净增加1起 from a zero base), "delta_x100"
 *   (增加1起、上升100%, the local habit), "dash" (增加1起(去年同期为0)) or "en" (up 3 (+15%))
 * @returns the phrases with the broadcast shape, or one #VALUE! error for shapes that do
 *   not fit or a bad setting
 * @example yoyText([[23]], [[20]], "起") // [["增加3起、上升15%"]]
 */
export function yoyText(current: MatrixInput, previous: MatrixInput, unit?: unknown, decimals?: unknown, style?: unknown): ResultMatrix | SheetError {
  const unitText = readUnit(unit);
  if (isSheetError(unitText)) return unitText;
  const places = readDecimals(decimals, 1);
  if (isSheetError(places)) return places;
  const textStyle = readStyle(style);
  if (isSheetError(textStyle)) return textStyle;
  const options = { unit: unitText, decimals: places, zeroBase: textStyle.zeroBase, language: textStyle.language };
  return mapPairs(current, previous, (c, p) => changeText(c, p, options));
}
