/**
 * When a ledger's figures can be live formulas: COUNTIFS/SUMIFS over the ledger's own columns
 * count exactly the records the engine counts only where the cells they compare hold what the
 * engine reads. A text date ("2024年2月3日") is no date to COUNTIFS, a text number ("2") is no
 * number to SUMIFS, and a key criterion ("楚雄市") does not match "楚雄" or "楚雄市 ". This module
 * decides, from the counted records, which columns and keys a formula may rely on.
 * See docs/ledger-summary.md.
 */
import { cellAddress } from "../model/address";
import type { LedgerModel } from "../reader/model";
import { columnOf, FIGURE_FIELDS, KEY_FIELDS, within, type AccidentRecord } from "./accidentRecords";
import type { LedgerFormulaBasis } from "./breakdownTypes";

/** How many text-date cells 核对 names; the rest are counted. */
export const TEXT_DATE_CELLS = 20;

/**
 * Whether a text can stand as a COUNTIFS criterion matching only itself: no wildcard (* ? ~),
 * no leading comparison operator, not a number (a numeric criterion also matches number cells).
 *
 * @param text the key or the excluding text
 * @returns true when "text" as a criterion matches exactly the cells holding it (case aside)
 * @example isPlainCriterion("楚雄市") // true
 * @example isPlainCriterion("<>否") // false
 */
export function isPlainCriterion(text: string): boolean {
  return text !== "" && !/[*?~]/.test(text) && !/^[<>=]/.test(text) && !/^\s*[-+]?[\d.]/.test(text) && !/^(true|false)$/i.test(text);
}

function counted(records: readonly AccidentRecord[], ledger: Pick<LedgerModel, "current" | "previous">): AccidentRecord[] {
  return records.filter((r) => r.included && (within(r, ledger.current) || within(r, ledger.previous)));
}

/**
 * What a live formula over the ledger may rely on.
 *
 * @param records all the ledger's records
 * @param ledger the ledger (sheet, columns, periods)
 * @returns the date column and whether its counted cells are all real dates, the text-date cells,
 *   the excluding texts of 是否纳入统计, the figure columns SUMIFS reads right, and the keys COUNTIFS matches exactly
 * @example formulaBasis(records, ledger).datesLive // false when a counted record's date is "2024年2月3日"
 */
export function formulaBasis(records: readonly AccidentRecord[], ledger: Pick<LedgerModel, "sheet" | "columns" | "current" | "previous">): LedgerFormulaBasis {
  const dateColumn = columnOf(ledger, "date") ?? 0;
  const rows = counted(records, ledger);
  const text = rows.filter((r) => r.dateKind === "text");
  const includedColumn = columnOf(ledger, "included");
  // Every text that left a record out, as written: one "<>否" criterion per text.
  const excluded = new Set<string>();
  for (const r of records) if (!r.included) excluded.add(String(r.rawIncluded));
  const excludedTexts = [...excluded];
  const includedLive = excludedTexts.every(isPlainCriterion);
  const figureColumns: Record<string, number> = {};
  for (const f of FIGURE_FIELDS) {
    const column = columnOf(ledger, f);
    if (column !== undefined && rows.every((r) => !r.textFigures.includes(f))) figureColumns[f] = column;
  }
  const keyColumns: Record<string, { column: number; keys: string[] }> = {};
  for (const f of KEY_FIELDS) {
    const column = columnOf(ledger, f);
    if (column === undefined) continue;
    // Per row only the comparison with the written cell; the per-key tests run once per distinct key.
    const bad = new Set<string>();
    const all = new Set<string>();
    for (const r of rows) {
      const key = r.keys[f];
      all.add(key);
      if (r.rawKeys[f] !== key) bad.add(key);
    }
    const folded = new Map<string, string>();
    for (const key of all) {
      if (!isPlainCriterion(key)) bad.add(key);
      // COUNTIFS ignores case: two keys that differ only in case would count each other's records.
      const other = folded.get(key.toLowerCase());
      if (other !== undefined) bad.add(key).add(other);
      folded.set(key.toLowerCase(), key);
    }
    keyColumns[f] = { column, keys: [...all].filter((k) => !bad.has(k)) };
  }
  return {
    sheet: ledger.sheet,
    dateColumn,
    datesLive: includedLive && columnOf(ledger, "date") !== undefined && rows.every((r) => r.dateKind === "real"),
    textDates: { count: text.length, cells: text.slice(0, TEXT_DATE_CELLS).map((r) => cellAddress(r.row, dateColumn)) },
    ...(includedColumn !== undefined ? { included: { column: includedColumn, excludedTexts } } : {}),
    figureColumns,
    keyColumns,
  };
}
