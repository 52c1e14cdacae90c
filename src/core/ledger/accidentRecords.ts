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
import { accidentLevel, isLargerOrAbove } from "./accidentLevel";
import { readDate } from "./dates";
import { BLANK_KEY } from "../registry/blankKey";

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
  /** Whether the level is 较大 or above. */
  readonly largerOrAbove: boolean;
  readonly figures: Readonly<Record<FigureField, number>>;
  /** Figure fields whose cell SUMIFS reads otherwise: text read as a number ("2", "３"), or an error cell. */
  readonly textFigures: readonly FigureField[];
  /** Figure fields whose cell holds words, not a number or a missing mark (个别轻微伤): read as 0, and named. */
  readonly wordFigures: readonly FigureField[];
}

/** Distinct texts remembered per ledger for each memo of texts; past this many, a text is read each time. */
const TEXT_MEMO_LIMIT = 65536;

/** The shared empty list of text figures (most rows have none: no array per row). */
const NONE: FigureField[] = [];

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
 * The figure the engine reads, whether SUMIFS would read the cell otherwise (text numbers, error
 * cells), and whether the cell is words that are no figure at all (个别轻微伤; "—" and blanks are missing).
 */
function figureOf(raw: unknown): { value: number; text: boolean; words: boolean } {
  const reading = readCell(raw);
  if (reading.kind === "error") return { value: 0, text: true, words: false };
  if (reading.kind !== "number") return { value: 0, text: false, words: reading.kind === "text" };
  return { value: reading.value, text: typeof raw !== "number", words: false };
}

/**
 * The reader of one accident record from its row: the date, figures and keys read the way the
 * ledger reader reads them, with per-ledger memos (ledgers repeat the same days, counties and
 * industries in every row). Call it once per ledger and then for each of its rows, in order.
 *
 * @param columns the ledger's columns (sheet columns)
 * @param originColumn the sheet column of a row's first cell
 * @returns (cells, sheet row) → the record
 * @example accidentRecordReader(ledger.columns, 0)(row, 7).keys.region // "楚雄市"
 */
export function accidentRecordReader(columns: LedgerModel["columns"], originColumn: number): (cells: readonly unknown[], row: number) => AccidentRecord {
  const index = new Map<LedgerField, number>();
  for (const c of columns) if (c.field !== "other" && !index.has(c.field)) index.set(c.field, c.column - originColumn);
  const column = (field: LedgerField) => index.get(field) ?? -1;
  const [dateAt, regionAt, industryAt, typeAt, levelAt, includedAt] = (["date", "region", "industry", "accident_type", "level", "included"] as const).map(
    column,
  );
  const figureAt = FIGURE_FIELDS.map(column);
  // A cell past a short row is blank, as in a dense grid.
  const at = (cells: readonly unknown[], j: number) => (j < 0 ? undefined : (cells[j] ?? ""));
  const hasLevel = levelAt >= 0;
  // Memos per read: ledgers repeat the same days, counties and industries in every row.
  const memo = (field: LedgerField) => {
    const seen = new Map<string, string>();
    return (raw: unknown): string => {
      if (typeof raw !== "string") return keyOfCell(raw, field);
      let v = seen.get(raw);
      if (v === undefined) {
        v = keyOfCell(raw, field);
        if (seen.size < TEXT_MEMO_LIMIT) seen.set(raw, v);
      }
      return v;
    };
  };
  const regionKey = memo("region");
  const industryKey = memo("industry");
  const typeKey = memo("accident_type");
  const levelKey = memo("level");
  // A level's name without 事故, and whether it is 较大 or above: once per distinct level, not per row.
  const levels = new Map<string, { level: string; largerOrAbove: boolean }>();
  const levelOf = (key: string) => {
    let out = levels.get(key);
    if (out === undefined) {
      const level = key.replace(/事故$/, "");
      levels.set(key, (out = { level, largerOrAbove: isLargerOrAbove(level) }));
    }
    return out;
  };
  // A date read once per day or text, and its reading shared by every row that holds it.
  type DateReading = { iso?: string; kind: AccidentRecord["dateKind"] };
  const NO_DATE: DateReading = { kind: "none" };
  const days = new Map<number, DateReading>();
  const texts = new Map<string, DateReading>();
  const reading = (d: ReturnType<typeof readDate>): DateReading => (!d ? NO_DATE : { iso: d.iso, kind: d.fromText ? "text" : "real" });
  const dateOf = (raw: unknown): DateReading => {
    if (typeof raw === "number") {
      const day = Math.floor(raw);
      let out = days.get(day);
      if (out === undefined) {
        const iso = readDate(raw)?.iso;
        days.set(day, (out = iso ? { iso, kind: "real" } : NO_DATE));
      }
      return out;
    }
    if (typeof raw !== "string") return reading(readDate(raw));
    let out = texts.get(raw);
    if (out === undefined) {
      out = reading(readDate(raw));
      // Dates with their time of day ("2024-01-06 07:40") are mostly all different: the memo stops
      // growing with the rows once it holds this many.
      if (texts.size < TEXT_MEMO_LIMIT) texts.set(raw, out);
    }
    return out;
  };
  const excludedTexts = new Map<string, boolean>();
  const excluded = (raw: unknown): boolean => {
    if (typeof raw !== "string") return false;
    let out = excludedTexts.get(raw);
    if (out === undefined) {
      out = isExcludedCell(raw);
      if (excludedTexts.size < TEXT_MEMO_LIMIT) excludedTexts.set(raw, out);
    }
    return out;
  };
  let textFigures: FigureField[] = NONE;
  let wordFigures: FigureField[] = NONE;
  // Text figures ("2", "—") repeat: each text is read once per ledger.
  const textFigure = new Map<string, { value: number; text: boolean; words: boolean }>();
  const fig = (cells: readonly unknown[], k: number): number => {
    const raw = at(cells, figureAt[k]);
    // Numbers and blanks without readCell: most cells of a ledger.
    if (typeof raw === "number") return Number.isFinite(raw) ? raw : 0;
    if (raw === undefined || raw === null || raw === "") return 0;
    let reading = typeof raw === "string" ? textFigure.get(raw) : undefined;
    if (!reading) {
      reading = figureOf(raw);
      if (typeof raw === "string" && textFigure.size < TEXT_MEMO_LIMIT) textFigure.set(raw, reading);
    }
    const { value, text, words } = reading;
    if (text) textFigures = [...textFigures, FIGURE_FIELDS[k]];
    if (words) wordFigures = [...wordFigures, FIGURE_FIELDS[k]];
    return value;
  };
  return (cells, row) => {
    const date = dateOf(at(cells, dateAt));
    textFigures = NONE;
    wordFigures = NONE;
    const figures = { deaths: fig(cells, 0), missing: fig(cells, 1), injured: fig(cells, 2), serious_injured: fig(cells, 3), direct_loss: fig(cells, 4) };
    const rawKeys = { region: at(cells, regionAt), industry: at(cells, industryAt), accident_type: at(cells, typeAt), level: at(cells, levelAt) };
    const givenLevel = levelKey(rawKeys.level);
    const stated = hasLevel && givenLevel !== BLANK_KEY;
    const level = levelOf(stated ? givenLevel : accidentLevel(figures.deaths + figures.missing, figures.serious_injured, figures.direct_loss));
    const keys = {
      region: regionKey(rawKeys.region),
      industry: industryKey(rawKeys.industry),
      accident_type: typeKey(rawKeys.accident_type),
      level: level.level,
    };
    const rawIncluded = at(cells, includedAt);
    return {
      row,
      date: date.iso,
      dateKind: date.kind,
      included: !excluded(rawIncluded),
      rawIncluded,
      keys,
      rawKeys,
      levelStated: stated,
      largerOrAbove: level.largerOrAbove,
      figures,
      textFigures,
      wordFigures,
    };
  };
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
  const read = accidentRecordReader(ledger.columns, sheet.originColumn);
  const out: AccidentRecord[] = [];
  for (let row = ledger.firstRow; row <= ledger.lastRow; row++) {
    const cells = sheet.values[row - sheet.originRow];
    if (!cells || isBlankRow(cells)) continue;
    out.push(read(cells, row));
  }
  return out;
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
