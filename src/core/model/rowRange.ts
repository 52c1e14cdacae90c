/**
 * A run of sheet rows (first to last, both included) as a set: what a ledger claims. A ledger of a
 * million rows claims them without a million-entry array or set.
 */

/** The rows something claims, looked up one at a time. */
export interface ClaimedRows extends Iterable<number> {
  has(row: number): boolean;
  readonly size: number;
}

/** Rows first…last; empty when last < first. */
export class RowRange implements ClaimedRows {
  constructor(
    readonly first: number,
    readonly last: number,
  ) {}

  has(row: number): boolean {
    return row >= this.first && row <= this.last;
  }

  get size(): number {
    return Math.max(0, this.last - this.first + 1);
  }

  *[Symbol.iterator](): Iterator<number> {
    for (let r = this.first; r <= this.last; r++) yield r;
  }
}

/** No rows. */
export const NO_ROWS: ClaimedRows = new RowRange(0, -1);
