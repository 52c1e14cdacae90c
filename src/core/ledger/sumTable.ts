/**
 * Many running sums of accident records kept in flat arrays, one numbered slot per sum: what a
 * {@link TotalsSum} holds (accidents, 较大 and above, the first sheet row, the five figures in whole
 * ten-thousandths and their rare exact parts), with no object per sum. The fold keeps one slot per
 * day and key (accidentFold.ts); a period's sums are then read out into TotalsSum objects, exact as
 * TotalsSum's own sums are, since both add through the same {@link addUnits}.
 */
import type { AccidentRecord } from "./accidentRecords";
import { addExactFigures, addUnits, type ExactParts, type TotalsSum } from "./totalsSum";

/** Slots the arrays start with; they double as slots are taken. */
const INITIAL_SLOTS = 256;

/** Running sums by slot. */
export class SumTable {
  private size = 0;
  /** Per slot: accidents, 较大 and above, the first sheet row counted. */
  private counts = new Float64Array(3 * INITIAL_SLOTS);
  /** Per slot: deaths, missing, injured, serious injuries and loss, in ten-thousandths. */
  private units = new Float64Array(5 * INITIAL_SLOTS);
  /** Per slot: its own flag (the fold's: some key cell of the slot's records does not hold the key exactly). */
  private flags = new Uint8Array(INITIAL_SLOTS);
  /** Per slot that has any: the exact parts of figures that are not whole ten-thousandths. */
  private readonly exact = new Map<number, ExactParts>();

  /** A new slot, its sum empty. */
  slot(): number {
    if (this.size === this.flags.length) this.grow();
    const s = this.size++;
    this.counts[3 * s + 2] = Infinity;
    return s;
  }

  private grow(): void {
    const counts = new Float64Array(this.counts.length * 2);
    counts.set(this.counts);
    const units = new Float64Array(this.units.length * 2);
    units.set(this.units);
    const flags = new Uint8Array(this.flags.length * 2);
    flags.set(this.flags);
    this.counts = counts;
    this.units = units;
    this.flags = flags;
  }

  /**
   * Counts one record in a slot.
   *
   * @param s the slot
   * @param r the record
   */
  add(s: number, r: AccidentRecord): void {
    const counts = this.counts;
    const c = 3 * s;
    counts[c]++;
    if (r.largerOrAbove) counts[c + 1]++;
    if (r.row < counts[c + 2]) counts[c + 2] = r.row;
    const spilled = addUnits(this.units, 5 * s, r.units);
    if (spilled) this.exact.set(s, addExactFigures(this.exact.get(s), r, spilled)!);
  }

  /** Sets a slot's flag. */
  flag(s: number): void {
    this.flags[s] = 1;
  }

  /** Whether a slot's flag is set. */
  flagged(s: number): boolean {
    return this.flags[s] === 1;
  }

  /**
   * Adds a slot's sum into a TotalsSum.
   *
   * @param target the sum to add to
   * @param s the slot
   */
  mergeInto(target: TotalsSum, s: number): void {
    const c = 3 * s;
    target.mergeParts(this.counts[c], this.counts[c + 1], this.counts[c + 2], this.units, 5 * s, this.exact.get(s));
  }
}
