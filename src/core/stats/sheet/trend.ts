/**
 * TREND: the average percent change per period of a series of counts.
 */
import type { MatrixInput, ResultCell, ResultMatrix } from "../../grid/broadcast";
import { errorFromException, isSheetError, sheetError, type SheetError } from "../../grid/sheetError";
import { mannKendall } from "../mannKendall";
import { poissonTrend, TREND_MINIMUM_POINTS } from "../poissonTrend";
import { isOmittedRange } from "./settings";
import { readSeries, tooShort } from "./series";
import { FUNCTION_MESSAGES } from "../../messages/functionMessages";

/**
 * TREND(counts, [periods]): fits R's `glm(counts ~ periods, family = poisson)` and spills one
 * row: the average change per period exp(β) − 1, its 95% Wald interval (low, high), the
 * Wald p-value, the Mann-Kendall p-value (see {@link mannKendall}) and a note "n=6" that also
 * says how many missing values were skipped. Missing counts or periods drop their point
 * (never read as 0). Fewer than 3 points → #N/A saying so; no finite fit (all 0, or non-zero
 * only at one end) → #NUM! in the regression cells, the Mann-Kendall p still shown.
 *
 * @param counts the series: one row or one column
 * @param periods the period of each count (years, month numbers); 1, 2, 3 … when omitted
 * @returns one row of six cells
 * @example trend([[20], [31], [45]]) // [[0.4933…, 0.1572…, 0.9264…, 0.00204…, 0.3333…, "n=3"]]
 */
export function trend(counts: MatrixInput, periods?: MatrixInput): ResultMatrix | SheetError {
  const series = readSeries(counts, true);
  if (isSheetError(series)) return series;
  let times: ReadonlyArray<number | undefined> = series.values.map((_, i) => i + 1);
  if (!isOmittedRange(periods)) {
    const given = readSeries(periods, true);
    if (isSheetError(given)) return given;
    if (given.values.length !== series.values.length) {
      return sheetError("value", FUNCTION_MESSAGES.lengthsDiffer("计数与期数", "counts and periods", series.values.length, given.values.length));
    }
    times = given.values;
  }
  const y: number[] = [];
  const t: number[] = [];
  let missing = 0;
  series.values.forEach((value, i) => {
    const time = times[i];
    if (value === undefined || time === undefined) missing++;
    else {
      y.push(value);
      t.push(time);
    }
  });
  if (y.length < TREND_MINIMUM_POINTS) return tooShort(["COUNTTREND", "趋势分析"], TREND_MINIMUM_POINTS, y.length, missing);
  if (y.some((v) => v < 0)) return sheetError("num", FUNCTION_MESSAGES.negativeCounts);
  if (new Set(t).size !== t.length) return sheetError("value", FUNCTION_MESSAGES.periodsRepeat);
  const order = t.map((_, i) => i).sort((a, b) => t[a] - t[b]);
  const note = missing > 0 ? `n=${y.length} (${missing} missing skipped / 已跳过${missing}个缺失值)` : `n=${y.length}`;
  const mk = mannKendall(order.map((i) => y[i]));
  let regression: ResultCell[];
  try {
    const fit = poissonTrend(y, t);
    // Counts near zero (5e-324) can overflow the fitted change: a spreadsheet function returns #NUM!, never Infinity.
    regression = [fit.percentChange, fit.low, fit.high, fit.p].map((v) => (Number.isFinite(v) ? v : sheetError("num", FUNCTION_MESSAGES.notFinite)));
  } catch (error) {
    regression = new Array<ResultCell>(4).fill(errorFromException("num", error));
  }
  return [[...regression, mk.p, note]];
}
