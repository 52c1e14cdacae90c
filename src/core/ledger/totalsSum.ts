/**
 * The totals of some accident records, kept as a running sum so a ledger can be counted as its
 * rows go by (and sums of days merged into a period's) without keeping the records. Sums are
 * exact on the figures' decimal values, as `exactSum` computes them: figures with at most four
 * decimals (people, 万元 to the 元) are added as whole ten-thousandths; any other figure is added
 * exactly as a decimal. The result is the float nearest the exact sum, so it does not depend on
 * the order the records came in or how they were grouped.
 */
import { fromDecimal, rescale, toDecimal, type Decimal } from "../numbers/decimal";
import type { AccidentTotals } from "../reader/model";
import type { AccidentRecord } from "./accidentRecords";

/** The figures in the order of {@link TotalsSum.units}. */
const FIELDS = ["deaths", "missing", "injured", "serious_injured", "direct_loss"] as const;

/** Whole ten-thousandths stay exact in a float up to this many. */
const MAX_UNITS = Number.MAX_SAFE_INTEGER / 2 ** 8;

/** A figure as whole ten-thousandths, or NaN when it has more than four decimals or is too large. */
function unitsOf(v: number): number {
  if (v === 0) return 0;
  const u = Math.round(v * 1e4);
  return Math.abs(u) < MAX_UNITS && u / 1e4 === v ? u : NaN;
}

/**
 * A record's five figures as whole ten-thousandths (NaN where one needs an exact decimal).
 *
 * @param r the record
 * @param out where to write them (the record's own units)
 * @returns deaths, missing, injured, serious injuries and loss
 * @example figureUnits(record, new Float64Array(5))[4] // 125050000 for a loss of 12505 万元
 */
export function figureUnits(r: Pick<AccidentRecord, "figures">, out: Float64Array): Float64Array {
  const f = r.figures;
  out[0] = unitsOf(f.deaths);
  out[1] = unitsOf(f.missing);
  out[2] = unitsOf(f.injured);
  out[3] = unitsOf(f.serious_injured);
  out[4] = unitsOf(f.direct_loss);
  return out;
}

/** Per figure, the exact part of figures that are not whole ten-thousandths (rare), as a decimal. */
export type ExactParts = (Decimal | undefined)[];

/**
 * Adds one record's figures to five running sums of whole ten-thousandths. A sum stays exact in a
 * float within ±MAX_UNITS; a figure that would take it past them, or that needs an exact decimal
 * (a NaN unit), is left out and said so, for {@link addExactFigures}.
 *
 * @param sums the running sums
 * @param at where the five start in `sums`
 * @param units a record's figures from {@link figureUnits}
 * @returns bit k set when figure k was left out (0 for almost every record)
 */
export function addUnits(sums: Float64Array, at: number, units: ArrayLike<number>): number {
  let spilled = 0;
  for (let k = 0; k < 5; k++) {
    // A NaN figure, one needing an exact decimal, fails both tests.
    const sum = sums[at + k] + units[k];
    if (sum < MAX_UNITS && sum > -MAX_UNITS) sums[at + k] = sum;
    else spilled |= 1 << k;
  }
  return spilled;
}

/**
 * Adds the figures of a record that {@link addUnits} left out to exact parts, as decimals.
 *
 * @param parts the exact parts so far (undefined while there are none)
 * @param r the record
 * @param spilled the figures left out, as {@link addUnits} returned them
 * @returns the exact parts
 */
export function addExactFigures(parts: ExactParts | undefined, r: AccidentRecord, spilled: number): ExactParts | undefined {
  for (let k = 0; k < 5; k++) if (spilled & (1 << k)) parts = addExactPart(parts, k, toDecimal(r.figures[FIELDS[k]]));
  return parts;
}

/** Exact parts with a decimal added to figure k's. */
function addExactPart(parts: ExactParts | undefined, k: number, d: Decimal): ExactParts {
  const out = parts ?? [undefined, undefined, undefined, undefined, undefined];
  const sum = out[k];
  if (!sum) out[k] = d;
  else {
    const scale = Math.max(sum.scale, d.scale);
    out[k] = { coefficient: rescale(sum, scale) + rescale(d, scale), scale };
  }
  return out;
}

/** Running totals: accidents, the five figures, 较大 and above, and the first sheet row counted. */
export class TotalsSum {
  accidents = 0;
  larger = 0;
  /** Deaths, missing, injured, serious injuries and loss, in ten-thousandths. */
  readonly units = new Float64Array(5);
  /** Per figure, the exact part of figures that are not whole ten-thousandths (rare), as a decimal. */
  private exact: ExactParts | undefined;
  /** The first sheet row counted (for "first seen" orders). */
  firstRow = Infinity;

  /**
   * Counts one record.
   *
   * @param r the record
   */
  add(r: AccidentRecord): void {
    this.accidents++;
    if (r.largerOrAbove) this.larger++;
    if (r.row < this.firstRow) this.firstRow = r.row;
    const spilled = addUnits(this.units, 0, r.units);
    if (spilled) this.exact = addExactFigures(this.exact, r, spilled);
  }

  private addExact(k: number, d: Decimal): void {
    this.exact = addExactPart(this.exact, k, d);
  }

  /**
   * Adds another sum into this one (a day into its period).
   *
   * @param other the other sum
   */
  merge(other: TotalsSum): void {
    this.mergeParts(other.accidents, other.larger, other.firstRow, other.units, 0, other.exact);
  }

  /**
   * Adds a sum kept elsewhere (a slot of a SumTable) into this one, as {@link merge} does.
   *
   * @param accidents its accidents
   * @param larger its accidents of 较大 and above
   * @param firstRow its first sheet row
   * @param units an array holding its five figures in ten-thousandths
   * @param at where they start in it
   * @param exact its exact parts, if any
   */
  mergeParts(accidents: number, larger: number, firstRow: number, units: ArrayLike<number>, at: number, exact: ExactParts | undefined): void {
    this.accidents += accidents;
    this.larger += larger;
    if (firstRow < this.firstRow) this.firstRow = firstRow;
    for (let k = 0; k < FIELDS.length; k++) {
      const u = units[at + k];
      if (Math.abs(this.units[k] + u) < MAX_UNITS) this.units[k] += u;
      else this.addExact(k, { coefficient: BigInt(u), scale: 4 });
      const e = exact?.[k];
      if (e) this.addExact(k, e);
    }
  }

  /**
   * This sum less an earlier state of it (the records added since), exact as the sums are.
   *
   * @param earlier a {@link copy} of this sum taken before the records since were added
   * @returns the sum of the records added since, its firstRow unknown (Infinity)
   */
  less(earlier: TotalsSum): TotalsSum {
    const out = new TotalsSum();
    out.accidents = this.accidents - earlier.accidents;
    out.larger = this.larger - earlier.larger;
    for (let k = 0; k < FIELDS.length; k++) {
      out.units[k] = this.units[k] - earlier.units[k];
      const e = this.exact?.[k];
      const before = earlier.exact?.[k];
      if (!e && !before) continue;
      const scale = Math.max(e?.scale ?? 0, before?.scale ?? 0);
      const coefficient = (e ? rescale(e, scale) : 0n) - (before ? rescale(before, scale) : 0n);
      if (coefficient !== 0n) out.addExact(k, { coefficient, scale });
    }
    return out;
  }

  /** A copy of the sum as it stands. */
  copy(): TotalsSum {
    const out = new TotalsSum();
    out.merge(this);
    return out;
  }

  private figure(k: number): number {
    const e = this.exact?.[k];
    if (!e) return this.units[k] / 1e4;
    const scale = Math.max(e.scale, 4);
    return fromDecimal({ coefficient: rescale(e, scale) + rescale({ coefficient: BigInt(this.units[k]), scale: 4 }, scale), scale });
  }

  /** The totals as the model carries them. */
  totals(): AccidentTotals {
    return {
      accidents: this.accidents,
      deaths: this.figure(0),
      missing: this.figure(1),
      injured: this.figure(2),
      seriousInjured: this.figure(3),
      directLoss: this.figure(4),
      largerOrAbove: this.larger,
    };
  }
}

/**
 * The totals of some records.
 *
 * @param records the records (all counted)
 * @returns accidents, deaths, missing, injured, serious injuries, direct loss (万元), 较大 and above
 * @example accidentTotalsOf([]).accidents // 0
 */
export function accidentTotalsOf(records: Iterable<AccidentRecord>): AccidentTotals {
  const sum = new TotalsSum();
  for (const r of records) sum.add(r);
  return sum.totals();
}
