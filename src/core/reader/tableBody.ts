/** Reading a table body: each numeric cell into its base unit, indicator-keyed rows, percent columns stored as fractions. */
import { readCell, type ReadNote } from "../numbers/readCell";
import { matchIndicator, withUnit } from "../registry/matchIndicator";
import { KNOWN_UNITS, parseUnit } from "../registry/units";
import type { AnomalyKind, IndicatorDomain, ReadValue, RowMeaning } from "./model";
import { type Context, anomaly } from "./tableContext";
import { type DraftColumn } from "./headerColumns";
import { MESSAGES } from "../messages";
import { shownDecimals } from "./shownDecimals";

const NOTE_PRIORITY: readonly [ReadNote, AnomalyKind][] = [
  ["unit", "unit-in-cell"],
  ["wan-multiplier", "wan-multiplier"],
  ["full-width", "full-width"],
  ["thousands-separator", "thousands-separator"],
  ["percent", "percent"],
  ["apostrophe", "apostrophe"],
  ["whitespace", "whitespace"],
  ["text-number", "text-number"],
];

/** A stated change written in words as no change: 持平, 同比持平, 基本持平 is not (it is not exactly zero). */
const UNCHANGED = /^(?:同比|与上年)?持平$/;

/** Reads one numeric cell into the column's base unit, recording what was normalised. */
export function readValue(ctx: Context, row: number, column: DraftColumn, factor: number): ReadValue {
  const raw = ctx.grid.value(row, column.column);
  const reading = readCell(raw);
  const percentColumn = column.role === "change_pct" || column.role === "rate";
  switch (reading.kind) {
    case "missing":
      return { value: null, raw, missingMarker: reading.marker };
    case "error":
      anomaly(ctx, "error-cell", row, column.column, MESSAGES.reader.errorCell(reading.error));
      return { value: null, raw };
    case "text":
      // "持平" typed in a 增减 or 同比(%) column is a change of zero, as the release means it (issue 22).
      if ((column.role === "change_abs" || column.role === "change_pct") && UNCHANGED.test(reading.text.replace(/\s/g, ""))) return { value: 0, raw };
      anomaly(ctx, "unreadable-cell", row, column.column, MESSAGES.reader.notANumber(String(raw)));
      return { value: null, raw };
    case "boolean":
      anomaly(ctx, "unreadable-cell", row, column.column, MESSAGES.reader.notANumber(String(raw)));
      return { value: null, raw };
    case "number": {
      let value = reading.value;
      if (reading.notes.includes("percent") && percentColumn) value = Number(`${value}e2`);
      else if (reading.unit && reading.unit.endsWith("元")) {
        // readCell already brought money to 万元, the base unit of every money indicator.
      } else if (reading.unit && column.indicator && column.indicator.units[reading.unit] !== undefined) {
        value *= column.indicator.units[reading.unit];
      } else if (factor !== 1) {
        value = Number((value * factor).toPrecision(15));
      }
      if (reading.notes.length > 0) {
        const kind = NOTE_PRIORITY.find(([note]) => reading.notes.includes(note))![1];
        anomaly(ctx, kind, row, column.column, MESSAGES.reader.readAs(String(raw), value, reading.notes));
      }
      // A stated percent keeps the decimals its cell shows ("0.0": −3 reads "3.0%", as the release prints it).
      const decimals = percentColumn ? shownDecimals(raw, formatAt(ctx, row, column.column)) : undefined;
      return decimals === undefined ? { value, raw } : { value, raw, decimals };
    }
  }
}

/**
 * In a table keyed by indicator, each row names its indicator and often its unit
 * ("直接经济损失（元）"): record the indicator and bring the row's values to the base unit.
 * `domain` gives the area of a row (its field, else the title's) for the words two areas share.
 */
export function keyRowsByIndicator(
  rows: RowMeaning[],
  values: (ReadValue | null)[][],
  drafts: DraftColumn[],
  unitCell?: (i: number) => string | undefined,
  domain?: (i: number) => IndicatorDomain | undefined,
): void {
  rows.forEach((row, i) => {
    // The unit in the label ("直接经济损失（元）") or in a 单位 column beside it ("万元").
    const cell = unitCell?.(i);
    const unit = parseUnit(row.label) ?? (cell && KNOWN_UNITS.includes(cell) ? cell : cell ? parseUnit(`（${cell}）`) : undefined);
    const area = domain?.(i);
    const found = matchIndicator(row.label, area ? { domain: area } : {});
    if (!found) return;
    // 行政处罚 with 万元 in its 单位 column is the amount (罚款), not the number of penalties.
    const m = withUnit(found, unit);
    rows[i] = { ...row, indicator: m.indicator.id, ...(unit ? { unit } : {}) };
    const factor = unit ? m.indicator.units[unit] : undefined;
    if (factor === undefined || factor === 1) return;
    values[i] = values[i].map((v, j) => {
      const role = drafts[j].role;
      // Percents (a stated change, a rate, a comparison with the mean of earlier years) keep no row unit.
      if (!v || v.value === null || role === "change_pct" || role === "rate" || drafts[j].meanOf) return v;
      return { ...v, value: Number((v.value * factor).toPrecision(15)) };
    });
  });
}

/** The number format of a cell of the grid being read, if it has one. */
function formatAt(ctx: Context, row: number, column: number): string | undefined {
  const format = ctx.grid.sheet.numberFormats?.[row - ctx.grid.top]?.[column - ctx.grid.left];
  return typeof format === "string" ? format : undefined;
}

/** A number format that scales by 100 ("0%", "0.0%"); a quoted or escaped % ("0.0\"%\"") does not. */
export function isPercentFormat(format: string): boolean {
  return /%/.test(format.replace(/"[^"]*"/g, "").replace(/\\./g, ""));
}

/**
 * Percent columns whose cells hold fractions (0.92 shown as 92% by a "0%" number format, or a
 * 整改率 column where every value is at most 1) are brought to percent units (92), like the
 * rest. Returns the indexes of the columns converted; they get `percentAsFraction: true`.
 */
export function percentFractions(ctx: Context, rows: RowMeaning[], values: (ReadValue | null)[][], drafts: DraftColumn[], transposed = false): Set<number> {
  const converted = new Set<number>();
  const formats = ctx.grid.sheet.numberFormats;
  drafts.forEach((d, j) => {
    if (d.role !== "change_pct" && d.role !== "rate") return;
    const numbers: number[] = [];
    let formatted = 0;
    rows.forEach((row, i) => {
      const v = values[i][j];
      if (!v || v.value === null || typeof v.raw !== "number") return;
      numbers.push(v.value);
      // A table read turned keeps a row's cells in a sheet column (tableCell.ts).
      const [sheetRow, sheetColumn] = transposed ? [d.column, row.row] : [row.row, d.column];
      const format = formats?.[sheetRow - ctx.grid.top]?.[sheetColumn - ctx.grid.left];
      if (typeof format === "string" && isPercentFormat(format)) formatted++;
    });
    if (numbers.length === 0) return;
    const byFormat = formatted === numbers.length;
    const byRange = d.role === "rate" && numbers.every((n) => n >= 0 && n <= 1) && numbers.some((n) => n > 0 && n < 1);
    if (!byFormat && !byRange) return;
    converted.add(j);
    rows.forEach((_row, i) => {
      const v = values[i][j];
      if (v && v.value !== null && typeof v.raw === "number") values[i][j] = { ...v, value: Number(`${v.value}e2`) };
    });
  });
  return converted;
}
