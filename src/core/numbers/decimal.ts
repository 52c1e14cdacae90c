/**
 * Exact decimal arithmetic on the numbers a spreadsheet holds.
 *
 * A cell value such as 12322.34 is a binary float, but the statistician means the
 * decimal 12322.34. Every function here reads a number as the shortest decimal that
 * prints as it (what `String(x)` gives, which is what Excel shows), computes on that
 * decimal exactly with integers, and rounds only once, at the end. This is why
 * 12322.34 − (126.59 + 11810.23 + 100 + 265.76 + 19.76) is exactly 0 here and
 * 103 against 80 rounds to 28.8%, not to the 28.7% that `toFixed` prints.
 */

/** A decimal value `coefficient × 10^-scale`, with a non-negative scale. */
export interface Decimal {
  /** The integer coefficient, sign included. */
  readonly coefficient: bigint;
  /** How many digits stand after the decimal point. */
  readonly scale: number;
}

/** How a ratio is brought to a fixed number of decimals. */
export type RoundingMode = "half_up" | "truncate";

const TEN = BigInt(10);
const powCache: bigint[] = [BigInt(1)];

/**
 * 10 to a non-negative integer power, as a bigint (cached).
 *
 * @param n the exponent, 0 or more
 * @returns 10^n
 * @example pow10(3) // 1000n
 */
export function pow10(n: number): bigint {
  for (let i = powCache.length; i <= n; i++) powCache.push(powCache[i - 1] * TEN);
  return powCache[n];
}

/**
 * Reads a finite number as the shortest decimal that prints as it.
 *
 * @param x a finite number
 * @returns the decimal, e.g. 12322.34 → 1232234 × 10^-2
 * @example toDecimal(0.1) // { coefficient: 1n, scale: 1 }
 */
export function toDecimal(x: number): Decimal {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  if (Number.isInteger(x) && Math.abs(x) <= Number.MAX_SAFE_INTEGER) {
    return { coefficient: BigInt(x), scale: 0 };
  }
  const text = String(x);
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(text);
  if (!match) throw new RangeError(`cannot read ${text} as a decimal`);
  const [, sign, whole, fraction = "", exponentText = "0"] = match;
  const exponent = Number(exponentText);
  let digits = whole + fraction;
  let scale = fraction.length - exponent;
  if (scale < 0) {
    digits += "0".repeat(-scale);
    scale = 0;
  }
  const coefficient = BigInt(digits) * (sign === "-" ? BigInt(-1) : BigInt(1));
  return { coefficient, scale };
}

/**
 * Brings a decimal to a larger scale without changing its value.
 *
 * @param d the decimal
 * @param scale the target scale, at least d.scale
 * @returns the coefficient at that scale
 * @example rescale({ coefficient: 15n, scale: 1 }, 3) // 1500n
 */
export function rescale(d: Decimal, scale: number): bigint {
  return d.coefficient * pow10(scale - d.scale);
}

/**
 * Converts a decimal back to the nearest number.
 *
 * @param d the decimal
 * @returns the closest binary float
 * @example fromDecimal({ coefficient: 15n, scale: 1 }) // 1.5
 */
export function fromDecimal(d: Decimal): number {
  if (d.scale === 0) return Number(d.coefficient);
  return Number(`${d.coefficient}e-${d.scale}`);
}

/** Digits that fit an exact float integer, so the fast paths below stay exact. */
function smallDecimal(x: number): { units: number; scale: number } | null {
  if (Number.isInteger(x)) return Math.abs(x) <= Number.MAX_SAFE_INTEGER ? { units: x, scale: 0 } : null;
  const text = String(x);
  const dot = text.indexOf(".");
  if (dot < 0 || text.includes("e")) return null;
  const scale = text.length - dot - 1;
  if (text.length > 16) return null;
  return { units: Number(text.slice(0, dot) + text.slice(dot + 1)), scale };
}

const POW10_NUMBERS = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** The exact sum in float integers when every value and the total fit; BigInt otherwise. */
function smallSum(values: readonly number[]): number | undefined {
  let scale = 0;
  const parts: { units: number; scale: number }[] = new Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const d = smallDecimal(values[i]);
    if (!d) return undefined;
    parts[i] = d;
    if (d.scale > scale) scale = d.scale;
  }
  if (scale >= POW10_NUMBERS.length) return undefined;
  let total = 0;
  for (const d of parts) {
    const units = d.units * POW10_NUMBERS[scale - d.scale];
    if (!Number.isSafeInteger(units)) return undefined;
    total += units;
    if (!Number.isSafeInteger(total)) return undefined;
  }
  // One correctly rounded division of exact integers: the float nearest the decimal sum.
  return scale === 0 ? total : total / POW10_NUMBERS[scale];
}

/**
 * The exact decimal sum of numbers, returned as the nearest float.
 *
 * @param values finite numbers (a non-finite one, from a sum past the float range, gives the float sum)
 * @returns their sum, computed on their decimal values
 * @example exactSum([126.59, 11810.23, 100, 265.76, 19.76]) // 12322.34
 */
export function exactSum(values: readonly number[]): number {
  const small = smallSum(values);
  if (small !== undefined) return small;
  // A sum that already ran past the float range (records of 1e308) stays ±Infinity or NaN, as Excel's #NUM!.
  if (!values.every(Number.isFinite)) return values.reduce((a, b) => a + b, 0);
  let scale = 0;
  const decimals = values.map((v) => {
    const d = toDecimal(v);
    if (d.scale > scale) scale = d.scale;
    return d;
  });
  let total = BigInt(0);
  for (const d of decimals) total += rescale(d, scale);
  return fromDecimal({ coefficient: total, scale });
}

/**
 * The exact decimal difference a − b, returned as the nearest float.
 *
 * @param a minuend
 * @param b subtrahend
 * @returns a − b on decimal values
 * @example exactDiff(13099.92, 13099.92 - 8872.95) // 8872.95, not 8872.950000000001
 */
export function exactDiff(a: number, b: number): number {
  const sa = smallDecimal(a);
  const sb = smallDecimal(b);
  if (sa && sb) {
    const scale = Math.max(sa.scale, sb.scale);
    const ua = sa.units * POW10_NUMBERS[scale - sa.scale];
    const ub = sb.units * POW10_NUMBERS[scale - sb.scale];
    const diff = ua - ub;
    if (Number.isSafeInteger(ua) && Number.isSafeInteger(ub) && Number.isSafeInteger(diff)) {
      return scale === 0 ? diff : diff / POW10_NUMBERS[scale];
    }
  }
  const da = toDecimal(a);
  const db = toDecimal(b);
  const scale = Math.max(da.scale, db.scale);
  return fromDecimal({ coefficient: rescale(da, scale) - rescale(db, scale), scale });
}

/**
 * The exact ratio (a − b) / b, returned as the nearest float: the relative change.
 *
 * @param current the value this period
 * @param previous the value of the comparison period, not 0
 * @returns (current − previous) / previous
 * @example relativeChange(23, 20) // 0.15
 */
export function relativeChange(current: number, previous: number): number {
  const sa = smallDecimal(current);
  const sb = smallDecimal(previous);
  if (sa && sb) {
    const scale = Math.max(sa.scale, sb.scale);
    const ua = sa.units * POW10_NUMBERS[scale - sa.scale];
    const ub = sb.units * POW10_NUMBERS[scale - sb.scale];
    const diff = ua - ub;
    if (Number.isSafeInteger(ua) && Number.isSafeInteger(ub) && Number.isSafeInteger(diff)) return diff / ub;
  }
  const da = toDecimal(current);
  const db = toDecimal(previous);
  const scale = Math.max(da.scale, db.scale);
  const num = rescale(da, scale) - rescale(db, scale);
  const den = rescale(db, scale);
  return bigRatio(num, den);
}

/** num / den as the nearest float, for bigints of any size. */
function bigRatio(num: bigint, den: bigint): number {
  // Keep 20 significant digits of the quotient: far more than a double holds.
  const sign = num < 0 !== den < 0 ? -1 : 1;
  const n = num < 0 ? -num : num;
  const d = den < 0 ? -den : den;
  const shift = 20 + Math.max(0, d.toString().length - n.toString().length);
  const q = (n * pow10(shift)) / d;
  return sign * Number(`${q}e-${shift}`);
}

/**
 * Divides two integers and rounds the quotient to an integer.
 *
 * @param num numerator
 * @param den denominator, not 0
 * @param mode half_up rounds halves away from zero (as Excel's ROUND); truncate drops the remainder
 * @returns the rounded quotient
 * @example divideRounded(5n, 2n, "half_up") // 3n
 */
export function divideRounded(num: bigint, den: bigint, mode: RoundingMode): bigint {
  const negative = num < 0 !== den < 0;
  const n = num < 0 ? -num : num;
  const d = den < 0 ? -den : den;
  const q = mode === "truncate" ? n / d : (2n * n + d) / (2n * d);
  return negative ? -q : q;
}

/**
 * Computes `numerator / denominator × factor` exactly and rounds it to `decimals` places.
 *
 * @param numerator any finite number
 * @param denominator a finite number, not 0
 * @param factor 100 for a percent, 1 for a plain ratio
 * @param decimals how many decimals to keep (0 to 15)
 * @param mode half_up (default) or truncate
 * @returns the rounded value as a decimal, ready to be formatted without float noise
 * @example roundedRatio(23, 80, 100, 1) // { coefficient: 288n, scale: 1 } — 28.75% → 28.8
 */
export function roundedRatio(numerator: number, denominator: number, factor: number, decimals: number, mode: RoundingMode = "half_up"): Decimal {
  const dn = toDecimal(numerator);
  const dd = toDecimal(denominator);
  const df = toDecimal(factor);
  const scale = Math.max(dn.scale, dd.scale);
  const num = rescale(dn, scale) * df.coefficient * pow10(decimals);
  const den = rescale(dd, scale) * pow10(df.scale);
  return { coefficient: divideRounded(num, den, mode), scale: decimals };
}

/**
 * The exact relative change (current − previous) / previous × 100, rounded to `decimals`.
 *
 * @param current value this period
 * @param previous value last period, not 0
 * @param decimals decimals to keep
 * @param mode half_up (default) or truncate
 * @returns the rounded percent as a decimal
 * @example roundedPercentChange(103, 80, 1) // 28.8 as { coefficient: 288n, scale: 1 }
 */
export function roundedPercentChange(current: number, previous: number, decimals: number, mode: RoundingMode = "half_up"): Decimal {
  return roundedRatio(exactDiff(current, previous), previous, 100, decimals, mode);
}

/**
 * Rounds a number's decimal value to `decimals` places, halves away from zero.
 *
 * @param x a finite number
 * @param decimals decimals to keep (0 or more)
 * @param mode half_up (default) or truncate
 * @returns the rounded value as a decimal
 * @example roundDecimal(2.675, 2) // 2.68 (Math.round gives 2.67)
 */
export function roundDecimal(x: number, decimals: number, mode: RoundingMode = "half_up"): Decimal {
  const d = toDecimal(x);
  if (d.scale <= decimals) return { coefficient: rescale(d, decimals), scale: decimals };
  return { coefficient: divideRounded(d.coefficient, pow10(d.scale - decimals), mode), scale: decimals };
}

/**
 * Writes a decimal as plain text: no exponent, no thousands separators.
 *
 * @param d the decimal
 * @param stripTrailingZeros drop zeros after the point, and the point itself ("15.0" → "15")
 * @returns the text
 * @example formatDecimal({ coefficient: 150n, scale: 1 }, true) // "15"
 */
export function formatDecimal(d: Decimal, stripTrailingZeros = true): string {
  const negative = d.coefficient < 0;
  let digits = (negative ? -d.coefficient : d.coefficient).toString();
  if (d.scale > 0) {
    digits = digits.padStart(d.scale + 1, "0");
    let whole = digits.slice(0, digits.length - d.scale);
    let fraction = digits.slice(digits.length - d.scale);
    if (stripTrailingZeros) fraction = fraction.replace(/0+$/, "");
    whole = whole || "0";
    digits = fraction ? `${whole}.${fraction}` : whole;
  }
  const isZero = /^[0.]+$/.test(digits);
  return negative && !isZero ? `-${digits}` : digits;
}

/**
 * Whether a decimal is zero.
 *
 * @param d the decimal
 * @returns true for 0, 0.0, -0.00 …
 * @example isZeroDecimal({ coefficient: 0n, scale: 1 }) // true
 */
export function isZeroDecimal(d: Decimal): boolean {
  return d.coefficient === BigInt(0);
}
