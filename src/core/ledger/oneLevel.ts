/**
 * Whether every record a ledger counts states one and the same level of 较大 or above in its level
 * column (等级: 较大, 较大, 较大 …): the ledger is then a list of accidents of that level, as a title
 * …较大事故 says it is (reader/titleScope.ts), and its totals are that level's, never all accidents.
 * 一般 narrows nothing: a county's ledger of all its accidents is mostly 一般, and all of them may be.
 * A level derived from deaths (no level column) says nothing about what the list holds.
 */
import type { ScopeKey } from "../reader/model";
import type { AccidentRecord } from "./accidentRecords";

/** The levels a list of accidents may be kept for. */
const LIST_LEVELS = new Set(["特别重大", "重大", "较大"]);

/** Follows the counted records' stated levels as they go by. */
export class OneLevel {
  private level: string | undefined;
  private counted = 0;
  private mixed = false;

  /**
   * Notes one record.
   *
   * @param record a record of the ledger (those left out of the statistics are passed over)
   */
  add(record: AccidentRecord): void {
    if (!record.included || this.mixed) return;
    this.counted++;
    // The level's name without 事故 (as .replace(/事故$/, "") gives it, without a regular expression per row).
    const stated = record.keys.level;
    const level = record.levelStated ? (stated.endsWith("事故") ? stated.slice(0, -2) : stated) : undefined;
    if (level === undefined || (this.level !== undefined && level !== this.level)) this.mixed = true;
    else this.level = level;
  }

  /**
   * The level every counted record states, as a scope key, when it is one of 较大 or above.
   *
   * @returns the key, or undefined
   * @example new OneLevel().scope() // undefined (no record)
   */
  scope(): ScopeKey | undefined {
    if (this.mixed || this.counted === 0 || this.level === undefined || !LIST_LEVELS.has(this.level)) return undefined;
    return { dimension: "level", key: this.level, from: "column" };
  }
}
