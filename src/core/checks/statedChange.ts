/**
 * 核对: stated changes (增减, 同比增减幅度(%)) against the ones recomputed from the two periods.
 */
import { exactDiff, formatDecimal, roundedRatio, toDecimal } from "../numbers/decimal";
import type { ColumnMeaning, Finding, RowMeaning, TableModel } from "../reader/model";
import { addressOf, columnLabel, isErrorCell, numberAt, rowLabel, show } from "./tableView";
import { MESSAGES } from "../messages";
import { finding } from "./finding";

/** Decimals a stated figure was written with (at most 4). */
function statedDecimals(x: number): number {
  return Math.min(4, toDecimal(x).scale);
}

/**
 * Whether a stated percent is the exact one rounded as bureaus round: half-up or truncated
 * (layout D truncates) to the decimals it was written with.
 *
 * @param stated the stated percent (15 for 15%)
 * @param numerator exact numerator of the ratio
 * @param denominator exact denominator
 * @returns true when it agrees
 * @example agreesWithRounding(33.3, 1, 3) // true
 */
export function agreesWithRounding(stated: number, numerator: number, denominator: number): boolean {
  const decimals = statedDecimals(stated);
  const text = formatDecimal(toDecimal(stated), true);
  return (
    formatDecimal(roundedRatio(numerator, denominator, 100, decimals, "half_up"), true) === text ||
    formatDecimal(roundedRatio(numerator, denominator, 100, decimals, "truncate"), true) === text
  );
}

function partner(table: TableModel, column: ColumnMeaning, role: "current" | "value" | "previous" | "previous_period" | "change_abs"): number {
  // In a monthly report the month's 增减幅度 compares 当月 with 去年同月, the cumulative one its own columns.
  return table.columns.findIndex(
    (c) =>
      c.role === role &&
      c.indicator === column.indicator &&
      (c.industry ?? "") === (column.industry ?? "") &&
      c.periodGroup === column.periodGroup &&
      (role !== "change_abs" || c.comparison === column.comparison),
  );
}

/**
 * How far a figure may be from what it stands for because it is written rounded, relative to it:
 * half its last written decimal over itself (0.7 → 0.05 / 0.7; "12.7万" → 0.05 / 12.7). A whole
 * number is taken as exact.
 */
function roundingSpread(raw: unknown): number {
  const text = typeof raw === "number" ? String(raw) : typeof raw === "string" ? (/\d+(?:\.\d+)?/.exec(raw.normalize("NFKC"))?.[0] ?? "") : "";
  const dot = text.indexOf(".");
  if (dot < 0 || /e/i.test(text)) return 0;
  const written = Math.abs(Number(text));
  return written === 0 ? 0 : (0.5 * 10 ** -(text.length - dot - 1)) / written;
}

/**
 * Whether a stated percent change lies within what rounded figures allow: the release figured it
 * from unrounded ones (0.7 → 0.56 gives −20.0%, the release's −20.4% from 0.703 → 0.560 is right).
 */
function withinFigureRounding(stated: number, current: number, previous: number, currentRaw: unknown, previousRaw: unknown): boolean {
  const [rc, rp] = [roundingSpread(currentRaw), roundingSpread(previousRaw)];
  if ((rc === 0 && rp === 0) || current <= 0 || previous <= 0 || rp >= 1) return false;
  const lowest = ((current * (1 - rc)) / (previous * (1 + rp)) - 1) * 100;
  const highest = ((current * (1 + rc)) / (previous * (1 - rp)) - 1) * 100;
  const own = 0.5 * 10 ** -statedDecimals(stated);
  return stated >= lowest - own && stated <= highest + own;
}

/** The number a text cell with its own unit was written with ("0.5元" → 0.5), if it is one. */
function writtenNumber(raw: unknown): number | undefined {
  if (typeof raw !== "string") return undefined;
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*[^\d\s.]+\s*$/.exec(raw);
  return m ? Number(m[1]) : undefined;
}

/** Where a change's base comes from: a column of its own, or this period less the stated 增减 (本期 | 增减 | 幅度 tables). */
interface Base {
  readonly column: number;
  readonly derived: boolean;
}

function baseOf(table: TableModel, column: ColumnMeaning): Base | undefined {
  // 环比 compares with 上月, 同比 with the same period a year earlier.
  const own = partner(table, column, column.comparison === "previous_period" ? "previous_period" : "previous");
  if (own >= 0) return { column: own, derived: false };
  if (column.role !== "change_pct") return undefined;
  const delta = partner(table, column, "change_abs");
  return delta >= 0 ? { column: delta, derived: true } : undefined;
}

/** Where one stated change stands: its cell, the current figure's and the base's (row, column) in the table. */
export interface ChangeCells {
  readonly stated: readonly [number, number];
  readonly current: readonly [number, number];
  readonly base: readonly [number, number];
}

/** The figures one stated change is compared with, as the 核对 reads them. */
export interface ChangeFigures {
  readonly stated: number;
  readonly current: number;
  /** The base cell's number: last year's figure, or the stated 增减 when the base is derived. */
  readonly other: number;
  readonly previous: number;
  readonly delta: number;
}

/**
 * The figures a stated change is compared with, when the table holds them all: the stated cell,
 * the current figure and the base are numbers, none an error cell, and a percent has a base other
 * than 0 (a stated percent against a zero base is left alone: some bureaus write Δ×100%, a habit,
 * not an arithmetic slip). Undefined means the change is not compared (checkScope.ts says so).
 *
 * @param table the table
 * @param role change_abs (增减) or change_pct (幅度 in percent)
 * @param at the stated, current and base cells
 * @param derived whether the base cell is a stated 增减 (last year = this year − 增减) rather than last year's figure
 * @returns the figures, or undefined when one is missing
 * @example changeFigures(table, "change_pct", { stated: [2, 3], current: [2, 1], base: [2, 2] })?.previous // 20
 */
export function changeFigures(table: TableModel, role: "change_abs" | "change_pct", at: ChangeCells, derived = false): ChangeFigures | undefined {
  const stated = numberAt(table, ...at.stated);
  const current = numberAt(table, ...at.current);
  const other = numberAt(table, ...at.base);
  if (stated === undefined || current === undefined || other === undefined) return undefined;
  if ([at.stated, at.current, at.base].some(([i, j]) => isErrorCell(table.values[i][j]))) return undefined;
  // A derived base: last year = this year − the stated 增减 (本期 3, 减少2 → 去年 5).
  const previous = derived ? exactDiff(current, other) : other;
  const delta = derived ? other : exactDiff(current, previous);
  if (role === "change_pct" && previous === 0) return undefined;
  return { stated, current, other, previous, delta };
}

/**
 * The finding of one stated change, if it disagrees with its figures. A "—" (no number) is not
 * compared, nor a stated percent against a zero base (changeFigures).
 *
 * @param table the table
 * @param role change_abs (增减) or change_pct (幅度 in percent)
 * @param row the row named in the message
 * @param column the column named in the message
 * @param at the stated, current and base cells
 * @param derived whether the base cell is a stated 增减 (last year = this year − 增减) rather than last year's figure
 * @returns the finding, or undefined when it agrees or cannot be judged
 */
export function statedChangeFinding(
  table: TableModel,
  role: "change_abs" | "change_pct",
  row: RowMeaning,
  column: ColumnMeaning,
  at: ChangeCells,
  derived = false,
): Finding | undefined {
  const figures = changeFigures(table, role, at, derived);
  if (!figures) return undefined;
  const { stated, current, other, previous, delta } = figures;
  const cell = addressOf(table, ...at.stated);
  const sources = [addressOf(table, ...at.current), addressOf(table, ...at.base)];
  const place = { row: rowLabel(row), cell, column: columnLabel(column) };
  const found = (kind: Finding["kind"], recomputed: number, message: Finding["message"]): Finding =>
    finding(table.sheet, kind, { cell, sources, stated, recomputed }, message, kind === "rounding" ? "info" : "error");
  if (role === "change_abs") {
    if (Math.abs(exactDiff(stated, delta)) <= 0.005) return undefined;
    return found("stated_delta_mismatch", delta, MESSAGES.checks.statedChangeWrong(place, show(stated), sources[0], sources[1], show(delta)));
  }
  if (agreesWithRounding(stated, delta, previous)) return undefined;
  // 0.5元 typed in a 万元 column: the change was figured from the number as written; the unit is
  // the slip, and the total's finding says so.
  const written = writtenNumber(table.values[at.current[0]][at.current[1]]?.raw);
  if (derived && written !== undefined && written !== current) {
    const before = exactDiff(written, other);
    if (before !== 0 && agreesWithRounding(stated, other, before)) return undefined;
  }
  const recomputed = (delta / previous) * 100;
  const shown = formatDecimal(roundedRatio(delta, previous, 100, 1), true);
  const rawOf = ([i, j]: readonly [number, number]) => table.values[i][j]?.raw;
  if (!derived && withinFigureRounding(stated, current, previous, rawOf(at.current), rawOf(at.base)))
    return found("rounding", recomputed, MESSAGES.checks.percentWithinRounding(place, show(stated), sources[0], sources[1], shown));
  // The commonest slip of a stated 幅度: the change divided by this year's figure, the wrong year's base.
  const wrongBase = current !== 0 && agreesWithRounding(stated, delta, current);
  return found(
    "stated_change_mismatch",
    recomputed,
    wrongBase
      ? MESSAGES.checks.percentOnWrongBase(place, show(stated), show(delta), sources[0], show(current), show(previous), shown)
      : derived
        ? MESSAGES.checks.percentFromDelta(place, show(stated), sources[0], sources[1], show(previous), shown)
        : MESSAGES.checks.statedPercentWrong(place, show(stated), sources[0], sources[1], shown),
  );
}

/** One stated change of a table and the cells it compares (its figures may still be missing: changeFigures). */
export interface StatedChange {
  readonly role: "change_abs" | "change_pct";
  readonly row: RowMeaning;
  readonly column: ColumnMeaning;
  readonly at: ChangeCells;
  readonly derived: boolean;
}

/**
 * The stated 增减 and 增减幅度(%) cells of a table's change columns, each with the cells it compares.
 *
 * @param table a table
 * @returns one entry per stated change cell in a column whose current and base columns are known
 * @example statedChanges(layoutA).length // 2 × the data rows for a table with 增减 and 幅度 beside 本期 | 去年同期
 */
export function statedChanges(table: TableModel): StatedChange[] {
  const changes: StatedChange[] = [];
  table.columns.forEach((column, j) => {
    const role = column.role;
    if (role !== "change_pct" && role !== "change_abs") return;
    // Without an indicator there is no telling which columns it compares, unless the rows name the
    // indicators (指标 | 本期 | 去年同期 | 增减幅度, or periods in rows read turned).
    if (!column.indicator && table.keyKind !== "indicator") return;
    // 本期, or the one figure a table with only 增减 and 幅度 beside it states.
    const cj = partner(table, column, "current") >= 0 ? partner(table, column, "current") : partner(table, column, "value");
    const base = baseOf(table, column);
    if (cj < 0 || !base) return;
    table.rows.forEach((row, i) => {
      if (row.role === "blank") return;
      changes.push({ role, row, column, at: { stated: [i, j], current: [i, cj], base: [i, base.column] }, derived: base.derived });
    });
  });
  return changes;
}

/**
 * Finds stated 增减 and 增减幅度(%) cells that disagree with current and previous.
 *
 * @param table a table
 * @returns the findings
 * @example checkStatedChanges(layoutAWith25InG7)[0].recomputed // 33.333…
 */
export function checkStatedChanges(table: TableModel): Finding[] {
  return statedChanges(table).flatMap((c) => statedChangeFinding(table, c.role, c.row, c.column, c.at, c.derived) ?? []);
}
