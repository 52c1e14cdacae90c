/**
 * The records of an accident ledger (事故台账) as the breakdowns count them: one per non-blank row
 * between the ledger's first and last record, with its date, its group keys (县（市）, 行业,
 * 事故类型, 等级) and its figures read the way the ledger reader reads them, plus what a spreadsheet
 * formula over the same cells would see (a real date cell or text, a number cell or text).
 * See docs/ledger-summary.md.
 */
import type { SheetSnapshot } from "../model/snapshot";
import { readCell } from "../numbers/readCell";
import type { LedgerField, LedgerModel } from "../reader/model";
import { matchRegion } from "../registry/regions";
import { accidentLevel } from "./accidentLevel";
import { readDate } from "./dates";

/** The figures a ledger row carries. */
export const FIGURE_FIELDS = ["deaths", "missing", "injured", "serious_injured", "direct_loss"] as const;

/** One of the figure fields. */
export type FigureField = (typeof FIGURE_FIELDS)[number];

/** The key fields a breakdown groups by. */
export const KEY_FIELDS = ["region", "industry", "accident_type", "level"] as const;

/** One of the key fields. */
export type KeyField = (typeof KEY_FIELDS)[number];

/** What the key of a blank cell is. */
export const BLANK_KEY = "（未填）";

/** One accident as the breakdowns count it. */
export interface AccidentRecord {
  /** Sheet row, 0-based. */
  readonly row: number;
  /** yyyy-mm-dd, when the date cell holds a readable date. */
  readonly date?: string;
  /** "real": a number or date cell (COUNTIFS compares it); "text": a date typed as text; "none": no readable date. */
  readonly dateKind: "real" | "text" | "none";
  /** Whether 是否纳入统计 leaves the record in (a blank cell does). */
  readonly included: boolean;
  /** The 是否纳入统计 cell as written. */
  readonly rawIncluded: unknown;
  /** The group keys: region canonical (楚雄 → 楚雄市), the others cleaned; BLANK_KEY for a blank cell. */
  readonly keys: Readonly<Record<KeyField, string>>;
  /** The key cells as written, for deciding whether COUNTIFS on the key matches them. */
  readonly rawKeys: Readonly<Record<KeyField, unknown>>;
  /** Whether the level was written in the ledger (else derived from the thresholds). */
  readonly levelStated: boolean;
  readonly figures: Readonly<Record<FigureField, number>>;
  /** Figure fields whose cell SUMIFS reads otherwise: text read as a number ("2", "３"), or an error cell. */
  readonly textFigures: readonly FigureField[];
}

/** The shared empty list of text figures (most rows have none: no array per row). */
const NONE: FigureField[] = [];

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

/** The figure the engine reads, and whether SUMIFS would read the cell otherwise (text numbers, error cells). */
function figureOf(raw: unknown): { value: number; text: boolean } {
  const reading = readCell(raw);
  if (reading.kind === "error") return { value: 0, text: true };
  if (reading.kind !== "number") return { value: 0, text: false };
  return { value: reading.value, text: typeof raw !== "number" };
}

/**
 * Reads the accident records of a ledger from its sheet.
 *
 * @param sheet the ledger's sheet
 * @param ledger the ledger the reader found on it (columns, first and last row)
 * @returns the records in sheet order, blank rows skipped
 * @example readAccidentRecords(sheet, ledger).length // ledger.recordCount
 */
export function readAccidentRecords(sheet: SheetSnapshot, ledger: Pick<LedgerModel, "columns" | "firstRow" | "lastRow">): AccidentRecord[] {
  const index = new Map<LedgerField, number>();
  for (const c of ledger.columns) if (c.field !== "other" && !index.has(c.field)) index.set(c.field, c.column - sheet.originColumn);
  const at = (cells: readonly unknown[], field: LedgerField) => {
    const j = index.get(field);
    return j === undefined ? undefined : cells[j];
  };
  const hasLevel = index.has("level");
  const memo = new Map<string, string>();
  const key = (raw: unknown, field: LedgerField) => {
    if (typeof raw !== "string") return keyOfCell(raw, field);
    const k = `${field}\u0000${raw}`;
    let v = memo.get(k);
    if (v === undefined) memo.set(k, (v = keyOfCell(raw, field)));
    return v;
  };
  const out: AccidentRecord[] = [];
  for (let row = ledger.firstRow; row <= ledger.lastRow; row++) {
    const cells = sheet.values[row - sheet.originRow];
    if (!cells || cells.every((v) => v === "" || v === null || v === undefined)) continue;
    const rawDate = at(cells, "date");
    const date = readDate(rawDate);
    const figures = {} as Record<FigureField, number>;
    let textFigures: FigureField[] = NONE;
    for (const f of FIGURE_FIELDS) {
      const { value, text } = figureOf(at(cells, f));
      figures[f] = value;
      if (text) textFigures = [...textFigures, f];
    }
    const rawKeys = {} as Record<KeyField, unknown>;
    const keys = {} as Record<KeyField, string>;
    for (const f of KEY_FIELDS) {
      rawKeys[f] = at(cells, f);
      keys[f] = key(rawKeys[f], f);
    }
    const stated = hasLevel && keys.level !== BLANK_KEY;
    keys.level = stated ? keys.level.replace(/事故$/, "") : accidentLevel(figures.deaths + figures.missing, figures.serious_injured, figures.direct_loss);
    const rawIncluded = at(cells, "included");
    out.push({
      row,
      date: date?.iso,
      dateKind: !date ? "none" : date.fromText ? "text" : "real",
      included: !isExcludedCell(rawIncluded),
      rawIncluded,
      keys,
      rawKeys,
      levelStated: stated,
      figures,
      textFigures,
    });
  }
  return out;
}
