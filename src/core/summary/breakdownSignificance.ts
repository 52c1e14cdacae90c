/**
 * The 显著性 column of the breakdown tables (issue 22.10): off unless the user asks
 * (SummaryOptions.breakdownSignificance), because forty-odd uncorrected tests on a sheet show
 * "significant" counties or months by chance. When asked, each table's rows are one family and
 * their p-values are Holm-adjusted (the footnote names the correction); the 合计 row keeps the
 * headline's own test.
 *
 * A ledger table with the column is 18 columns wide, so it prints with tight columns (10 units):
 * "变化不显著（p=0.574）" took four lines there and LibreOffice cut its first. With the option on,
 * every 显著性 cell of the sheet (the headline's too, which shares the column) is written in two
 * short lines, "不显著" over "p=0.574"; a row a test would mean nothing for is "—", the footnote
 * giving the reasons.
 */
import { formatP } from "../stats/formatP";
import { holmAdjust } from "../stats/holm";
import { poissonRateTest, type PoissonRateTest } from "../stats/poissonRateTest";
import type { IndicatorPair } from "./facts";
import type { SummaryOptions } from "./options";
import { INDEPENDENT_COUNT_INDICATORS, SUMMARY_ALPHA, untestedReason } from "./significance";

/** The test of a pair, "—" where a test would mean nothing, or undefined for a figure never tested (deaths, money). */
function testOf(pair: IndicatorPair): PoissonRateTest | "—" | undefined {
  if (!INDEPENDENT_COUNT_INDICATORS.includes(pair.indicator)) return undefined;
  if (untestedReason(pair)) return "—";
  if (pair.current.value === null || pair.previous.value === null) return undefined;
  try {
    return poissonRateTest(pair.current.value, pair.previous.value, 1);
  } catch {
    return undefined;
  }
}

/**
 * A verdict in two short lines, the direction over the p-value.
 *
 * @param direction the test's direction
 * @param p the (adjusted) p-value
 * @param language the sheet's language
 * @returns "显著上升\np=0.00444", "不显著\np=1"; in English "sig. rise\np=0.00444", "not sig.\np=1"
 * @example compactVerdict("up", 0.6, "zh") // "不显著\np=0.6"
 */
export function compactVerdict(direction: PoissonRateTest["direction"], p: number, language: SummaryOptions["language"]): string {
  const significant = p < SUMMARY_ALPHA && direction !== "flat";
  const en = language === "en";
  const words = !significant ? (en ? "not sig." : "不显著") : direction === "up" ? (en ? "sig. rise" : "显著上升") : en ? "sig. fall" : "显著下降";
  return `${words}\n${formatP(p)}`;
}

/**
 * The headline's 显著性 cell when the breakdown rows are tested too: its own test, unadjusted, in the short form.
 *
 * @param pair this period and last
 * @param options the summary options (language)
 * @returns "不显著\np=0.574", "—", or undefined for a figure never tested
 * @example compactSignificanceText(accidentPair(123, 133), DEFAULT_SUMMARY_OPTIONS) // "不显著\np=0.574"
 */
export function compactSignificanceText(pair: IndicatorPair, options: Pick<SummaryOptions, "language">): string | undefined {
  const t = testOf(pair);
  return t === undefined || t === "—" ? t : compactVerdict(t.direction, t.p, options.language);
}

/**
 * The 显著性 cells of one table's group rows, their p-values Holm-adjusted over the rows tested.
 *
 * @param pairs each group row's 事故起数 this period and last, in row order
 * @param options the summary options (language)
 * @returns one text per row: "不显著\np=1" with the adjusted p, "—" where a test would mean nothing, or undefined
 * @example holmSignificanceTexts([pairOf(30, 10), pairOf(12, 10)], DEFAULT_SUMMARY_OPTIONS) // ["显著上升\np=0.00444", "不显著\np=0.832"]: raw p 0.00222 and 0.832, times 2 and 1
 */
export function holmSignificanceTexts(pairs: readonly IndicatorPair[], options: Pick<SummaryOptions, "language">): (string | undefined)[] {
  const tests = pairs.map(testOf);
  const tested = tests.flatMap((t) => (t && t !== "—" ? [t] : []));
  const adjusted = holmAdjust(tested.map((t) => t.p));
  return tests.map((t) => (t === undefined || t === "—" ? t : compactVerdict(t.direction, adjusted[tested.indexOf(t)], options.language)));
}
