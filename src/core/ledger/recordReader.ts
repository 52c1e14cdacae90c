/**
 * An accident ledger's rows read into records (accidentRecords.ts says what a record holds), in
 * sheet order, the way the ledger reader reads them. Ledgers repeat the same days, counties,
 * industries and figure texts in every row, so each distinct text is read once per ledger and
 * remembered (up to a bound: memory never grows with the rows), and a key or a day is handed on as
 * its id in the ledger's {@link LedgerKeys}. A ledger has many rows, so the reader fills one record
 * in place instead of building objects per row: the record it returns is the next row's once it is
 * called again, and {@link readAccidentRecords} keeps copies.
 */
import type { SheetSnapshot } from "../model/snapshot";
import { readCell } from "../numbers/readCell";
import type { LedgerField, LedgerModel } from "../reader/model";
import { accidentLevel, isLargerOrAbove } from "./accidentLevel";
import { BLANK_KEY, FIGURE_FIELDS, isBlankRow, isExcludedCell, keyOfCell, type AccidentRecord } from "./accidentRecords";
import { plainDayNumber, readDate } from "./dates";
import { LedgerKeys } from "./ledgerKeys";
import { figureUnits } from "./totalsSum";

/** Distinct texts remembered per ledger for each memo of texts; past this many, a text is read each time. */
const TEXT_MEMO_LIMIT = 65536;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A date as read, shared by every row that holds it: yyyy-mm-dd, its id, and whether it was typed as text. */
interface DateReading {
  readonly iso?: string;
  readonly day: number;
  readonly kind: AccidentRecord["dateKind"];
}

/** A reading of some kind of text remembered per text, up to TEXT_MEMO_LIMIT texts (dates with their time of day are mostly all different). */
function memo<T>(read: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let v = seen.get(text);
    if (v === undefined) {
      v = read(text);
      if (seen.size < TEXT_MEMO_LIMIT) seen.set(text, v);
    }
    return v;
  };
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
 * ledger reader reads them, with per-ledger memos. Call it once per ledger and then for each of its
 * rows, in order; each call fills the same record.
 *
 * @param columns the ledger's columns (sheet columns)
 * @param originColumn the sheet column of a row's first cell
 * @param keyTable where the ledger's days and keys are numbered (the fold's, so it can use the ids)
 * @returns (cells, sheet row) → the record, valid until the next call
 * @example accidentRecordReader(ledger.columns, 0)(row, 7).keys.region // "楚雄市"
 */
export function accidentRecordReader(
  columns: LedgerModel["columns"],
  originColumn: number,
  keyTable: LedgerKeys = new LedgerKeys(),
): (cells: readonly unknown[], row: number) => AccidentRecord {
  const index = new Map<LedgerField, number>();
  for (const c of columns) if (c.field !== "other" && !index.has(c.field)) index.set(c.field, c.column - originColumn);
  const column = (field: LedgerField) => index.get(field) ?? -1;
  const [dateAt, regionAt, industryAt, typeAt, levelAt, includedAt] = (["date", "region", "industry", "accident_type", "level", "included"] as const).map(
    column,
  );
  const figureAt = FIGURE_FIELDS.map(column);
  // A cell past a short row is blank, as in a dense grid.
  const at = (cells: readonly unknown[], j: number) => (j < 0 ? undefined : (cells[j] ?? ""));

  // A key cell gives its key's id, times two, plus one when the cell does not hold the key exactly.
  const keyCode = (k: number, field: LedgerField, raw: unknown): number => {
    const key = keyOfCell(raw, field);
    return 2 * keyTable.keyId(k, key) + (raw === key ? 0 : 1);
  };
  const keyReader = (k: number, field: LedgerField) => {
    const text = memo((raw) => keyCode(k, field, raw));
    let missing: number | undefined;
    // No such column: the same blank key on every row.
    return (raw: unknown): number => (typeof raw === "string" ? text(raw) : raw === undefined ? (missing ??= keyCode(k, field, raw)) : keyCode(k, field, raw));
  };
  const regionCode = keyReader(0, "region");
  const industryCode = keyReader(1, "industry");
  const typeCode = keyReader(2, "accident_type");
  // A level's name without 事故, its id and whether it is 较大 or above: once per distinct level, not per row.
  type LevelReading = { level: string; id: number; largerOrAbove: boolean };
  const levels = new Map<string, LevelReading>();
  const levelOf = (key: string): LevelReading => {
    let out = levels.get(key);
    if (out === undefined) {
      const level = key.replace(/事故$/, "");
      levels.set(key, (out = { level, id: keyTable.keyId(3, level), largerOrAbove: isLargerOrAbove(level) }));
    }
    return out;
  };
  // The level a cell states, or null when it is blank (the figures then give it).
  const statedLevel = (raw: unknown): LevelReading | null => {
    const key = keyOfCell(raw, "level");
    return key === BLANK_KEY ? null : levelOf(key);
  };
  const levelText = memo(statedLevel);

  const NO_DATE: DateReading = { day: -1, kind: "none" };
  const reading = (d: ReturnType<typeof readDate>): DateReading =>
    !d ? NO_DATE : { iso: d.iso, day: keyTable.dayId(d.iso), kind: d.fromText ? "text" : "real" };
  // A date cell's serial read once per day.
  const serials = new Map<number, DateReading>();
  const dateText = memo((raw) => reading(readDate(raw)));
  // A yyyy-mm-dd text, often with its own time of day (all different): remembered by its day, read with its first text.
  const plainDays = new Map<number, DateReading>();
  const plainDate = (raw: string, day: number): DateReading => {
    let out = plainDays.get(day);
    if (out === undefined) plainDays.set(day, (out = reading(readDate(raw))));
    return out;
  };
  const dateOf = (raw: unknown): DateReading => {
    if (typeof raw === "string") {
      const day = plainDayNumber(raw);
      return day < 0 ? dateText(raw) : plainDate(raw, day);
    }
    if (typeof raw !== "number") return reading(readDate(raw));
    const day = Math.floor(raw);
    let out = serials.get(day);
    if (out === undefined) {
      const iso = readDate(raw)?.iso;
      serials.set(day, (out = iso ? { iso, day: keyTable.dayId(iso), kind: "real" } : NO_DATE));
    }
    return out;
  };
  const excludedText = memo(isExcludedCell);
  const figureText = memo(figureOf);

  const figures: Mutable<AccidentRecord["figures"]> = { deaths: 0, missing: 0, injured: 0, serious_injured: 0, direct_loss: 0 };
  const keys: Mutable<AccidentRecord["keys"]> = { region: "", industry: "", accident_type: "", level: "" };
  const keyIds = [0, 0, 0, 0];
  const record: Mutable<AccidentRecord> = {
    row: 0,
    date: undefined,
    day: -1,
    dateKind: "none",
    included: true,
    rawIncluded: undefined,
    keys,
    keyIds,
    inexactKeys: 0,
    keyTable,
    levelStated: false,
    largerOrAbove: false,
    figures,
    units: new Float64Array(5),
    textFigures: 0,
    wordFigures: 0,
  };
  const fig = (cells: readonly unknown[], k: number): number => {
    const j = figureAt[k];
    const raw = j < 0 ? undefined : cells[j];
    // Numbers and blanks without readCell: most cells of a ledger.
    if (typeof raw === "number") return Number.isFinite(raw) ? raw : 0;
    if (raw === undefined || raw === null || raw === "") return 0;
    const { value, text, words } = typeof raw === "string" ? figureText(raw) : figureOf(raw);
    if (text) record.textFigures |= 1 << k;
    if (words) record.wordFigures |= 1 << k;
    return value;
  };
  return (cells, row) => {
    const date = dateOf(at(cells, dateAt));
    record.textFigures = 0;
    record.wordFigures = 0;
    figures.deaths = fig(cells, 0);
    figures.missing = fig(cells, 1);
    figures.injured = fig(cells, 2);
    figures.serious_injured = fig(cells, 3);
    figures.direct_loss = fig(cells, 4);
    const rawLevel = at(cells, levelAt);
    // No level column: every cell is blank (undefined), and every level is derived.
    const given = typeof rawLevel === "string" ? levelText(rawLevel) : rawLevel === undefined ? null : statedLevel(rawLevel);
    const level = given ?? levelOf(accidentLevel(figures.deaths + figures.missing, figures.serious_injured, figures.direct_loss));
    const region = regionCode(at(cells, regionAt));
    const industry = industryCode(at(cells, industryAt));
    const type = typeCode(at(cells, typeAt));
    const names = keyTable.keys;
    keys.region = names[0][region >> 1];
    keys.industry = names[1][industry >> 1];
    keys.accident_type = names[2][type >> 1];
    keys.level = level.level;
    keyIds[0] = region >> 1;
    keyIds[1] = industry >> 1;
    keyIds[2] = type >> 1;
    keyIds[3] = level.id;
    const rawIncluded = at(cells, includedAt);
    record.row = row;
    record.date = date.iso;
    record.day = date.day;
    record.dateKind = date.kind;
    record.included = !(typeof rawIncluded === "string" && excludedText(rawIncluded));
    record.rawIncluded = rawIncluded;
    record.inexactKeys = (region & 1) | ((industry & 1) << 1) | ((type & 1) << 2) | (rawLevel === level.level ? 0 : 8);
    record.levelStated = given !== null;
    record.largerOrAbove = level.largerOrAbove;
    figureUnits(record, record.units);
    return record;
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
    const r = read(cells, row);
    // The reader fills one record: each is kept as a copy.
    out.push({ ...r, keys: { ...r.keys }, keyIds: [...r.keyIds], figures: { ...r.figures }, units: r.units.slice() });
  }
  return out;
}
