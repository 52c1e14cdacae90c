/**
 * The records of an accident ledger (事故台账) as the breakdowns count them: one per non-blank row
 * between the ledger's first and last record, with its date, its group keys (县（市）, 行业,
 * 事故类型, 等级) and its figures read the way the ledger reader reads them, plus what a spreadsheet
 * formula over the same cells would see (a real date cell or text, a number cell or text).
 * See docs/ledger-summary.md.
 */
import type { LedgerField, LedgerModel } from "../reader/model";
import { matchRegion } from "../registry/regions";
import { BLANK_KEY } from "../registry/blankKey";
import type { LedgerKeys } from "./ledgerKeys";

/** The figures a ledger row carries. */
export const FIGURE_FIELDS = ["deaths", "missing", "injured", "serious_injured", "direct_loss"] as const;

/** One of the figure fields. */
export type FigureField = (typeof FIGURE_FIELDS)[number];

/** The key fields a breakdown groups by. */
export const KEY_FIELDS = ["region", "industry", "accident_type", "level"] as const;

/** One of the key fields. */
export type KeyField = (typeof KEY_FIELDS)[number];

/** What the key of a blank cell is (registry/blankKey.ts). */
export { BLANK_KEY };

/** One accident as the breakdowns count it. */
export interface AccidentRecord {
  /** Sheet row, 0-based. */
  readonly row: number;
  /** yyyy-mm-dd, when the date cell holds a readable date. */
  readonly date?: string;
  /** The date's id in {@link keyTable} (−1 without a date). */
  readonly day: number;
  /** "real": a number or date cell (COUNTIFS compares it); "text": a date typed as text; "none": no readable date. */
  readonly dateKind: "real" | "text" | "none";
  /** Whether 是否纳入统计 leaves the record in (a blank cell does). */
  readonly included: boolean;
  /** The 是否纳入统计 cell as written. */
  readonly rawIncluded: unknown;
  /** The group keys: region canonical (楚雄 → 楚雄市), the others cleaned; BLANK_KEY for a blank cell. */
  readonly keys: Readonly<Record<KeyField, string>>;
  /** The keys' ids in {@link keyTable}, in KEY_FIELDS order. */
  readonly keyIds: readonly number[];
  /** Bit k set when the cell of KEY_FIELDS[k] does not hold its key exactly ("楚雄" for 楚雄市): COUNTIFS on the key would miss it. */
  readonly inexactKeys: number;
  /** The ledger's days and keys the ids number. */
  readonly keyTable: LedgerKeys;
  /** Whether the level was written in the ledger (else derived from the thresholds). */
  readonly levelStated: boolean;
  /** Whether the level is 较大 or above. */
  readonly largerOrAbove: boolean;
  readonly figures: Readonly<Record<FigureField, number>>;
  /** The figures in whole ten-thousandths, in FIGURE_FIELDS order (NaN where one needs an exact decimal), for the running sums. */
  readonly units: Float64Array;
  /** Bit k set when the cell of FIGURE_FIELDS[k] is one SUMIFS reads otherwise: text read as a number ("2", "３"), or an error cell. */
  readonly textFigures: number;
  /** Bit k set when the cell of FIGURE_FIELDS[k] holds words, not a number or a missing mark (个别轻微伤): read as 0, and named. */
  readonly wordFigures: number;
}

/** Whether a record is dated within a range (yyyy-mm-dd, both ends included). */
export function within(r: AccidentRecord, range: { readonly start: string; readonly end: string }): boolean {
  return r.date !== undefined && r.date >= range.start && r.date <= range.end;
}

/** The column of a field in a ledger, or undefined. */
export function columnOf(ledger: Pick<LedgerModel, "columns">, field: LedgerField): number | undefined {
  return ledger.columns.find((c) => c.field === field)?.column;
}

/**
 * Whether a 是否纳入统计 cell leaves a record out: text starting with 否, 不, n/no or false, as the
 * ledger reader decides.
 *
 * @param raw the cell
 * @returns true when the record is left out
 * @example isExcludedCell("否") // true
 */
export function isExcludedCell(raw: unknown): boolean {
  return typeof raw === "string" && /^(否|不|n|no|false)/i.test(raw.normalize("NFKC").trim());
}

/**
 * The group key of a cell: the canonical region for 县（市）, the cleaned text otherwise.
 *
 * @param raw the cell
 * @param field the key field
 * @returns the key, BLANK_KEY for a blank cell
 * @example keyOfCell(" 楚雄 ", "region") // "楚雄市"
 */
export function keyOfCell(raw: unknown, field: LedgerField): string {
  const text = raw === undefined || raw === null ? "" : String(raw).normalize("NFKC").replace(/\s+/g, "");
  if (field === "region") return matchRegion(text)?.region ?? (text || BLANK_KEY);
  return text || BLANK_KEY;
}

/**
 * Whether a row holds nothing.
 *
 * @param cells the row
 * @returns true when every cell is blank
 * @example isBlankRow(["", null]) // true
 */
export function isBlankRow(cells: readonly unknown[]): boolean {
  // A loop, not every() with an arrow: this runs once per ledger row.
  for (let j = 0; j < cells.length; j++) {
    const v = cells[j];
    if (v !== "" && v !== null && v !== undefined) return false;
  }
  return true;
}
