/**
 * The summary options the command line sets, one rule for `summarize` and `report` (the report
 * says what the summary says, so both take --figures, --precision and --denominator alike).
 */
import type { SummaryOptionsInput } from "../core/summary/options";
import type { CliArguments } from "./main";

/**
 * The summary options the arguments set, one rule for summarize and report.
 *
 * @param args the parsed arguments
 * @returns the options beyond the language (--figures, --breakdown-tests, --denominator, --precision)
 * @example summaryOptionsOf({ ...args, precision: { decimals: 1, stripTrailingZeros: false } }).stripTrailingZeros // false
 */
export function summaryOptionsOf(args: CliArguments): SummaryOptionsInput {
  return {
    ...(args.figuresStatus ? { figuresStatus: args.figuresStatus } : {}),
    ...(args.breakdownTests ? { breakdownSignificance: true } : {}),
    ...(args.denominators ? { denominators: args.denominators } : {}),
    ...(args.precision
      ? { percentDecimals: args.precision.decimals, rateDecimals: args.precision.decimals, stripTrailingZeros: args.precision.stripTrailingZeros }
      : {}),
  };
}
