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

/** Numbers per slot: the five figures, accidents, 较大 and above, the first sheet row (64 bytes, a cache line). */
const STRIDE = 8;
const ACCIDENTS = 5;
const LARGER = 6;
const FIRST_ROW = 7;

/** Running sums by slot. */
export class SumTable {
  private size = 0;
  /**
   * Per slot, side by side (a record's sums are found in one place): deaths, missing, injured,
   * serious injuries and loss in ten-thousandths, then accidents, 较大 and above, the first sheet row.
   */
  private sums = new Float64Array(STRIDE * INITIAL_SLOTS);
  /** Per slot: its own flag (the fold's: some key cell of the slot's records does not hold the key exactly). */
  private flags = new Uint8Array(INITIAL_SLOTS);
  /** Per slot that has any: the exact parts of figures that are not whole ten-thousandths. */
  private readonly exact = new Map<number, ExactParts>();

  /** A new slot, its sum empty. */
  slot(): number {
    if (this.size === this.flags.length) this.grow();
    const s = this.size++;
    this.sums[STRIDE * s + FIRST_ROW] = Infinity;
    return s;
  }

  private grow(): void {
    const sums = new Float64Array(this.sums.length * 2);
    sums.set(this.sums);
    const flags = new Uint8Array(this.flags.length * 2);
    flags.set(this.flags);
    this.sums = sums;
    this.flags = flags;
  }

  /**
   * Counts one record in a slot.
   *
   * @param s the slot
   * @param r the record
   */
  add(s: number, r: AccidentRecord): void {
    const sums = this.sums;
    const at = STRIDE * s;
    sums[at + ACCIDENTS]++;
    if (r.largerOrAbove) sums[at + LARGER]++;
    if (r.row < sums[at + FIRST_ROW]) sums[at + FIRST_ROW] = r.row;
    const spilled = addUnits(sums, at, r.units);
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
    const at = STRIDE * s;
    const sums = this.sums;
    target.mergeParts(sums[at + ACCIDENTS], sums[at + LARGER], sums[at + FIRST_ROW], sums, at, this.exact.get(s));
  }
}
