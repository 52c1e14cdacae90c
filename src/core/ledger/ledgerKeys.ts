/**
 * The days and group keys of one accident ledger as small numbers (ids), given out in the order they
 * are first met. The record reader looks a cell's text up once per distinct text and hands the fold
 * the ids, so the fold finds a record's sums by index, never by looking its texts up again row by
 * row (accidentFold.ts). Ids grow with the ledger's distinct days and keys, never with its rows.
 */

/** The key fields, by number (KEY_FIELDS order: county, industry, type, level). */
const KEY_FIELD_COUNT = 4;

/** A ledger's days and keys, numbered. */
export class LedgerKeys {
  /** Per key field: its keys, by id. */
  readonly keys: string[][] = Array.from({ length: KEY_FIELD_COUNT }, () => []);
  private readonly keyIds: Map<string, number>[] = Array.from({ length: KEY_FIELD_COUNT }, () => new Map());
  /** The days (yyyy-mm-dd), by id. */
  readonly days: string[] = [];
  private readonly dayIds = new Map<string, number>();

  /**
   * The id of a key.
   *
   * @param k the key field's number
   * @param key the key
   * @returns its id, a new one the first time
   * @example new LedgerKeys().keyId(0, "楚雄市") // 0
   */
  keyId(k: number, key: string): number {
    const ids = this.keyIds[k];
    let id = ids.get(key);
    if (id === undefined) {
      id = this.keys[k].length;
      this.keys[k].push(key);
      ids.set(key, id);
    }
    return id;
  }

  /**
   * The id of a day.
   *
   * @param date yyyy-mm-dd
   * @returns its id, a new one the first time
   * @example new LedgerKeys().dayId("2024-06-01") // 0
   */
  dayId(date: string): number {
    let id = this.dayIds.get(date);
    if (id === undefined) {
      id = this.days.length;
      this.days.push(date);
      this.dayIds.set(date, id);
    }
    return id;
  }
}
