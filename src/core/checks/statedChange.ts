/**
 * 核对: stated changes (增减, 同比增减幅度(%)) against the ones recomputed from the two periods.
 */
import { exactDiff, formatDecimal, roundedRatio, toDecimal } from "../numbers/decimal";
import type { ColumnMeaning, Finding, TableModel } from "../reader/model";
import { addressOf, columnLabel, isErrorCell, numberAt, rowLabel, show } from "./tableView";
import { MESSAGES } from "../messages";

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

/**
 * Finds stated 增减 and 增减幅度(%) cells that disagree with current and previous.
 * A "—" is right exactly when the previous value is 0; a stated percent against a zero base is
 * left alone (some bureaus write Δ×100%, a habit, not an arithmetic slip).
 *
 * @param table a table
 * @returns the findings
 * @example checkStatedChanges(layoutAWith25InG7)[0].recomputed // 33.333…
 */
export function checkStatedChanges(table: TableModel): Finding[] {
  const findings: Finding[] = [];
  table.columns.forEach((column, j) => {
    if (column.role !== "change_pct" && column.role !== "change_abs") return;
    // Without an indicator there is no telling which columns it compares, unless the rows name the
    // indicators (指标 | 本期 | 去年同期 | 增减幅度, or periods in rows read turned).
    if (!column.indicator && table.keyKind !== "indicator") return;
    // 本期, or the one figure a table with only 增减 and 幅度 beside it states.
    const cj = partner(table, column, "current") >= 0 ? partner(table, column, "current") : partner(table, column, "value");
    const base = baseOf(table, column);
    if (cj < 0 || !base) return;
    const pj = base.column;
    table.rows.forEach((row, i) => {
      if (row.role === "blank") return;
      const stated = numberAt(table, i, j);
      const current = numberAt(table, i, cj);
      const other = numberAt(table, i, pj);
      if (stated === undefined || current === undefined || other === undefined) return;
      if ([j, cj, pj].some((k) => isErrorCell(table.values[i][k]))) return;
      const cell = addressOf(table, i, j);
      const sources = [addressOf(table, i, cj), addressOf(table, i, pj)];
      // A derived base: last year = this year − the stated 增减 (本期 3, 减少2 → 去年 5).
      const previous = base.derived ? exactDiff(current, other) : other;
      const delta = base.derived ? other : exactDiff(current, previous);
      if (column.role === "change_abs") {
        if (Math.abs(exactDiff(stated, delta)) <= 0.005) return;
        findings.push({
          kind: "stated_delta_mismatch",
          severity: "error",
          sheet: table.sheet,
          cell,
          sources,
          stated,
          recomputed: delta,
          message: MESSAGES.checks.statedChangeWrong(
            { row: rowLabel(row), cell, column: columnLabel(column) },
            show(stated),
            sources[0],
            sources[1],
            show(delta),
          ),
        });
        return;
      }
      if (previous === 0) return;
      if (agreesWithRounding(stated, delta, previous)) return;
      // 0.5元 typed in a 万元 column: the change was figured from the number as written; the unit is
      // the slip, and the total's finding says so.
      const written = writtenNumber(table.values[i][cj]?.raw);
      if (base.derived && written !== undefined && written !== current) {
        const before = exactDiff(written, other);
        if (before !== 0 && agreesWithRounding(stated, other, before)) return;
      }
      const recomputed = (delta / previous) * 100;
      const at = { row: rowLabel(row), cell, column: columnLabel(column) };
      const shown = formatDecimal(roundedRatio(delta, previous, 100, 1), true);
      // The commonest slip of a stated 幅度: the change divided by this year's figure, the wrong year's base.
      const wrongBase = current !== 0 && agreesWithRounding(stated, delta, current);
      findings.push({
        kind: "stated_change_mismatch",
        severity: "error",
        sheet: table.sheet,
        cell,
        sources,
        stated,
        recomputed,
        message: wrongBase
          ? MESSAGES.checks.percentOnWrongBase(at, show(stated), show(delta), sources[0], show(current), show(previous), shown)
          : base.derived
            ? MESSAGES.checks.percentFromDelta(at, show(stated), sources[0], sources[1], show(previous), shown)
            : MESSAGES.checks.statedPercentWrong(at, show(stated), sources[0], sources[1], shown),
      });
    });
  });
  return findings;
}
