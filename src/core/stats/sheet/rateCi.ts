/**
 * RATECI and RATEDIFF: how sure is a rate such as 整改率, and is the change in it real?
 */
import type { MatrixInput, ResultMatrix } from "../../grid/broadcast";
import { isSheetError, sheetError, type SheetError } from "../../grid/sheetError";
import { proportionDifference } from "../proportionDifference";
import { wilsonInterval } from "../wilsonInterval";
import { readProbability } from "./settings";
import { mapMany } from "./mapMany";
import { FUNCTION_MESSAGES } from "../../messages/functionMessages";

/** What a rate over a zero denominator shows: the bureaus' table convention, as YOY and RECTRATE. */
export const NO_RATE = "—";

function checkCounts(x: number, n: number): SheetError | undefined {
  if (x < 0 || n < 0) return sheetError("num", FUNCTION_MESSAGES.negativeValues);
  if (x > n) return sheetError("num", FUNCTION_MESSAGES.numeratorAboveDenominator);
  return undefined;
}

/**
 * RATECI(numerator, denominator, [confidence]): the Wilson score interval of each rate
 * (R's `prop.test(x, n, correct = FALSE)$conf.int`), spilling low and high beside each
 * element (across for a cell or a column, down for a row). "—" in both cells when the
 * denominator is 0; #NUM! when the numerator is negative or exceeds the denominator.
 *
 * @param numerator e.g. hazards rectified: a cell or a range
 * @param denominator e.g. hazards found
 * @param confidence the confidence level, 0.95 when omitted
 * @returns low and high as fractions
 * @example rateCi([[92]], [[100]]) // [[0.85001…, 0.95890…]]
 */
export function rateCi(numerator: MatrixInput, denominator: MatrixInput, confidence?: unknown): ResultMatrix | SheetError {
  const level = readProbability(confidence, 0.95, ["confidence", "置信水平"]);
  if (isSheetError(level)) return level;
  return mapMany([numerator, denominator], 2, ([x, n]) => {
    const invalid = checkCounts(x, n);
    if (invalid) return invalid;
    if (n === 0) return NO_RATE;
    const interval = wilsonInterval(x, n, level);
    return [interval.low, interval.high];
  });
}

/**
 * RATEDIFF(x1, n1, x2, n2): the difference of two rates x1/n1 − x2/n2 in percentage points,
 * with Newcombe's hybrid score 95% interval and the p-value of
 * `prop.test(c(x1, x2), c(n1, n2), correct = FALSE)`; spills difference, low, high, p.
 * "—" in all four cells when a denominator is 0.
 *
 * @param x1 this year's (or this county's) numerator
 * @param n1 its denominator
 * @param x2 the comparison numerator
 * @param n2 its denominator
 * @returns difference, low, high (percentage points) and p
 * @example rateDiff([[56]], [[70]], [[48]], [[80]]) // [[20, 5.243…, 33.387…, 0.00804…]]
 */
export function rateDiff(x1: MatrixInput, n1: MatrixInput, x2: MatrixInput, n2: MatrixInput): ResultMatrix | SheetError {
  return mapMany([x1, n1, x2, n2], 4, ([a, m, b, n]) => {
    const invalid = checkCounts(a, m) ?? checkCounts(b, n);
    if (invalid) return invalid;
    if (m === 0 || n === 0) return NO_RATE;
    const d = proportionDifference(a, m, b, n);
    return [d.difference, d.low, d.high, d.p];
  });
}
