/**
 * YOYTEST and YOYSIG: is this period's count really different from last year's?
 */
import { mapNumbers, type MatrixInput, type ResultCell, type ResultMatrix } from "../../grid/broadcast";
import { errorFromException, isSheetError, type SheetError } from "../../grid/sheetError";
import { poissonRateTest, type PoissonRateTest } from "../poissonRateTest";
import { verdictText } from "../verdict";
import { isOmittedRange, readLanguage, readProbability } from "./settings";

// One element's test, or the error value that stands for it.
function testElement(values: number[]): PoissonRateTest | SheetError {
  const [current, previous, exposureRatio = 1] = values;
  try {
    return poissonRateTest(current, previous, exposureRatio);
  } catch (error) {
    return errorFromException("num", error);
  }
}

function inputsOf(current: MatrixInput, previous: MatrixInput, exposureRatio: MatrixInput): MatrixInput[] {
  return isOmittedRange(exposureRatio) ? [current, previous] : [current, previous, exposureRatio];
}

/**
 * YOYTEST(current, previous, [exposure_ratio]): the two-sided p-value of the exact test that
 * two Poisson counts have the same rate (R's `poisson.test(c(current, previous), c(r, 1))`),
 * element-wise. Counts must be whole and non-negative (#NUM! otherwise); 0 against 0 gives 1.
 *
 * @param current this period's counts: a cell or a range
 * @param previous the previous period's counts
 * @param exposureRatio this period's exposure over the previous one's (8 months against 6 → 8/6); 1 when omitted
 * @returns p-values with the broadcast shape, or one #VALUE! for shapes that do not fit
 * @example yoyTest([[11]], [[6]]) // [[0.3323059…]]
 */
export function yoyTest(current: MatrixInput, previous: MatrixInput, exposureRatio?: MatrixInput): ResultMatrix | SheetError {
  return mapNumbers(inputsOf(current, previous, exposureRatio), (values): ResultCell => {
    const test = testElement(values);
    return isSheetError(test) ? test : test.p;
  });
}

/**
 * YOYSIG(current, previous, [alpha], [style]): the verdict as report text, element-wise:
 * "显著上升（p=0.0026）", "显著下降（p=0.0075）", "变化不显著（p=0.332）"; English with style "en".
 *
 * @param current this period's counts: a cell or a range
 * @param previous the previous period's counts
 * @param alpha the significance level, 0.05 when omitted
 * @param style "zh" (default) or "en"
 * @param exposureRatio this period's exposure over the previous one's, 1 when omitted
 * @returns verdict texts with the broadcast shape, or one error
 * @example yoySig([[45]], [[20]]) // [["显著上升（p=0.00263）"]]
 */
export function yoySig(current: MatrixInput, previous: MatrixInput, alpha?: unknown, style?: unknown, exposureRatio?: MatrixInput): ResultMatrix | SheetError {
  const level = readProbability(alpha, 0.05, ["alpha", "显著性水平"]);
  if (isSheetError(level)) return level;
  const language = readLanguage(style);
  if (isSheetError(language)) return language;
  return mapNumbers(inputsOf(current, previous, exposureRatio), (values): ResultCell => {
    const test = testElement(values);
    return isSheetError(test) ? test : verdictText(test.direction, test.p, level, language);
  });
}
