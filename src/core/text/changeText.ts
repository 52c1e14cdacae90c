/**
 * The 同比 phrase of bureau reports: "增加3起、上升15%", "减少3起、下降6.7%", "持平", "净增加1起".
 * Phrasing rules: docs/report-rules.md
 */
import { compare, type Comparison } from "../compare/compare";
import { formatDecimal, isZeroDecimal, roundedRatio, toDecimal, type RoundingMode } from "../numbers/decimal";

/**
 * What to write when last year's value is 0 (docs/numbers.md):
 * - net_increase (default): "净增加1起", never a percent
 * - dash: "增加1起(去年同期为0)"
 * - delta_x100: the Chuxiong habit "增加1起、上升100%" (Δ × 100%, mathematically undefined)
 */
export type ZeroBaseStyle = "net_increase" | "dash" | "delta_x100";

/** How change text is written. */
export interface ChangeTextOptions {
  /** The classifier after an absolute change: 起, 人, 万元 … ("" for none). */
  readonly unit: string;
  /** Percent decimals, 1 by default. */
  readonly decimals: number;
  /** Drop trailing zeros (15% rather than 15.0%); true by default. */
  readonly stripTrailingZeros: boolean;
  readonly rounding: RoundingMode;
  readonly zeroBase: ZeroBaseStyle;
  /** zh (default) or en. */
  readonly language: "zh" | "en";
}

/** The Chuxiong house style. */
export const DEFAULT_CHANGE_TEXT: ChangeTextOptions = {
  unit: "",
  decimals: 1,
  stripTrailingZeros: true,
  rounding: "half_up",
  zeroBase: "net_increase",
  language: "zh",
};

/** |x| as text for prose, exact. */
function magnitude(x: number): string {
  return formatDecimal(toDecimal(Math.abs(x)), true);
}

/** |relative change| in percent, rounded exactly; "" when it rounds to zero. */
function percentMagnitude(c: Comparison, o: ChangeTextOptions): { text: string; belowResolution: boolean } {
  const rounded = roundedRatio(Math.abs(c.delta), Math.abs(c.previous), 100, o.decimals, o.rounding);
  if (isZeroDecimal(rounded)) {
    const smallest = formatDecimal({ coefficient: BigInt(1), scale: o.decimals }, true);
    return { text: smallest, belowResolution: true };
  }
  return { text: formatDecimal(rounded, o.stripTrailingZeros), belowResolution: false };
}

/**
 * Writes the 同比 phrase for one indicator.
 *
 * @param current value this period
 * @param previous value of the same period last year
 * @param options unit, percent decimals, zero-base style and language
 * @returns the phrase, e.g. "增加3起、上升15%"
 * @example changeText(23, 20, { unit: "起" }) // "增加3起、上升15%"
 * @example changeText(42, 45, { unit: "起" }) // "减少3起、下降6.7%"
 * @example changeText(1, 0, { unit: "起" }) // "净增加1起"
 * @example changeText(23, 20, { language: "en" }) // "up 3 (+15%)"
 */
export function changeText(current: number, previous: number, options: Partial<ChangeTextOptions> = {}): string {
  const o = { ...DEFAULT_CHANGE_TEXT, ...options };
  const c = compare(current, previous);
  return o.language === "en" ? englishText(c, o) : chineseText(c, o);
}

function chineseText(c: Comparison, o: ChangeTextOptions): string {
  const amount = `${magnitude(c.delta)}${o.unit}`;
  switch (c.state) {
    case "flat":
    case "both_zero":
      return "持平";
    case "new_from_zero": {
      // A negative value against a zero base (a balance, a profit) is a decrease, not 净增加.
      const [change, move] = c.delta > 0 ? ["增加", "上升"] : ["减少", "下降"];
      if (o.zeroBase === "dash") return `${change}${amount}(去年同期为0)`;
      if (o.zeroBase === "delta_x100") {
        const pct = formatDecimal(roundedRatio(Math.abs(c.delta), 1, 100, o.decimals, o.rounding), o.stripTrailingZeros);
        return `${change}${amount}、${move}${pct}%`;
      }
      return `净${change}${amount}`;
    }
    default: {
      const up = c.delta > 0;
      const pct = percentMagnitude(c, o);
      const verb = up ? "上升" : "下降";
      const pctText = pct.belowResolution ? `${verb}不足${pct.text}%` : `${verb}${pct.text}%`;
      return `${up ? "增加" : "减少"}${amount}、${pctText}`;
    }
  }
}

function englishText(c: Comparison, o: ChangeTextOptions): string {
  const unit = /^[\x20-\x7e]*$/.test(o.unit) && o.unit ? ` ${o.unit}` : "";
  const amount = `${magnitude(c.delta)}${unit}`;
  switch (c.state) {
    case "flat":
    case "both_zero":
      return "unchanged";
    case "new_from_zero":
      if (o.zeroBase === "delta_x100") {
        const pct = formatDecimal(roundedRatio(Math.abs(c.delta), 1, 100, o.decimals, o.rounding), o.stripTrailingZeros);
        return c.delta > 0 ? `up ${amount} (+${pct}%)` : `down ${amount} (-${pct}%)`;
      }
      return `${c.delta > 0 ? "up" : "down"} ${amount} from zero`;
    default: {
      const up = c.delta > 0;
      const pct = percentMagnitude(c, o);
      const sign = up ? "+" : "-";
      const pctText = pct.belowResolution ? `under ${sign}${pct.text}%` : `${sign}${pct.text}%`;
      return `${up ? "up" : "down"} ${amount} (${pctText})`;
    }
  }
}

/**
 * Writes the change between two rates in percentage points (百分点), never as a percent.
 *
 * @param rateNow this period's rate as a fraction (0.92)
 * @param rateBefore the comparison rate as a fraction (0.885)
 * @param options decimals (1 by default) and language
 * @returns "提高3.5个百分点", "下降2个百分点" or "持平"
 * @example percentPointText(0.92, 0.885) // "提高3.5个百分点"
 */
export function percentPointText(
  rateNow: number,
  rateBefore: number,
  options: Partial<Pick<ChangeTextOptions, "decimals" | "language" | "rounding" | "stripTrailingZeros">> = {},
): string {
  const o = { ...DEFAULT_CHANGE_TEXT, ...options };
  const c = compare(rateNow, rateBefore);
  const points = roundedRatio(Math.abs(c.delta), 1, 100, o.decimals, o.rounding);
  if (isZeroDecimal(points)) return o.language === "en" ? "unchanged" : "持平";
  const text = formatDecimal(points, o.stripTrailingZeros);
  if (o.language === "en") return `${c.delta > 0 ? "up" : "down"} ${text} percentage points`;
  return `${c.delta > 0 ? "提高" : "下降"}${text}个百分点`;
}
