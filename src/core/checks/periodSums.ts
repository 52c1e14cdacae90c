/**
 * 核对 across periods (issue 19.6): the quarters (or months, or halves) of a year add up to the
 * year; a cumulative figure never falls from one period to the next (1—3月 ≤ 1—6月 ≤ 前三季度 ≤
 * 全年). Periods come from the columns' resolved spans (column.period, SHAPES' columnPeriods.ts),
 * so a table with periods in rows is checked the same way. Only added-up indicators (counts and
 * amounts) are looked at: rates and shares of a quarter never add up to the year's.
 */
import { exactDiff, exactSum, toDecimal } from "../numbers/decimal";
import type { PeriodSpan } from "../periods/period";
import { indicatorById } from "../registry/indicators";
import { roundingTolerance } from "../registry/forms/tolerance";
import type { Finding, TableModel } from "../reader/model";
import { MESSAGES } from "../messages";
import { addressOf, columnLabel, isErrorCell, numberAt, rowLabel, show } from "./tableView";
import { finding } from "./finding";

const FIGURE_ROLES = new Set(["current", "previous", "value"]);
/** Spans that are one stretch of months, never a running total, and so can tile a longer one. */
const PIECES = new Set(["month", "quarter", "half", "months"]);

interface Slot {
  readonly j: number;
  readonly kind: string;
  readonly year: number;
  readonly first: number;
  readonly last: number;
}

function slotOf(span: PeriodSpan | undefined, j: number): Slot | undefined {
  if (!span || span.year === undefined || span.kind === "range" || span.kind === "day") return undefined;
  const first = span.kind === "year" ? 1 : span.startMonth;
  const last = span.kind === "year" ? 12 : (span.endMonth ?? span.startMonth);
  if (first === undefined || last === undefined || last < first) return undefined;
  // A year whose later months are empty is not a whole year yet: nothing to add up to it. A 累计
  // resolved to January–March (its year not complete) is a whole 1—3月, and its months add up to it.
  if (span.complete === false && span.kind !== "cumulative") return undefined;
  return { j, kind: span.kind, year: span.year, first, last };
}

/** The pieces that tile a span month by month without overlap, finest first; undefined if none do. */
function tiling(whole: Slot, slots: readonly Slot[]): Slot[] | undefined {
  const pieces = slots.filter((s) => s !== whole && PIECES.has(s.kind) && s.year === whole.year && s.first >= whole.first && s.last <= whole.last);
  const out: Slot[] = [];
  let next = whole.first;
  while (next <= whole.last) {
    const candidates = pieces.filter((p) => p.first === next && !(p.first === whole.first && p.last === whole.last));
    if (candidates.length === 0) return undefined;
    const finest = candidates.reduce((a, b) => (b.last < a.last ? b : a));
    out.push(finest);
    next = finest.last + 1;
  }
  return out.length > 1 ? out : undefined;
}

/**
 * How far figures written rounded (1.1万间, 3270.9亿元) may miss their sum: half a step of the last
 * written digit per figure. Whole numbers in their own unit (起, 人) are exact: nothing.
 */
function writtenRounding(table: TableModel, i: number, slots: readonly Slot[]): number {
  let tolerance = 0;
  for (const { j } of slots) {
    const cell = table.values[i][j];
    const raw = typeof cell?.raw === "number" && Number.isFinite(cell.raw) ? cell.raw : undefined;
    if (raw === undefined || cell?.value === null || cell?.value === undefined) continue;
    // The decimals it is written with, read as the 核对's stated-change check reads them (numbers/decimal).
    const decimals = toDecimal(raw).scale;
    const scale = raw !== 0 ? cell.value / raw : 1;
    if (decimals === 0 && Math.abs(scale - 1) < 1e-9) continue;
    tolerance += (0.5 * scale) / 10 ** decimals;
  }
  return tolerance;
}

/**
 * Finds rows where a year (or a half, or a 1—n月) differs from the sum of its quarters or months,
 * and where a running total falls.
 *
 * @param table a table
 * @returns the findings
 * @example checkPeriodSums(mem2019Quarters)[0].cell // "G8": 全年 3270.9 against quarters adding to 3200.9
 */
export function checkPeriodSums(table: TableModel): Finding[] {
  const findings: Finding[] = [];
  const slots = table.columns.flatMap((c, j) => (FIGURE_ROLES.has(c.role) ? (slotOf(c.period?.span, j) ?? []) : []));
  if (slots.length < 2) return findings;
  table.rows.forEach((row, i) => {
    if (row.role === "blank" || row.change) return;
    const sameIndicator = (j: number) => table.columns[j].indicator ?? row.indicator;
    const valueAt = (j: number) => (isErrorCell(table.values[i][j]) ? undefined : numberAt(table, i, j));
    for (const whole of slots) {
      const indicator = sameIndicator(whole.j);
      if (!indicator || indicatorById(indicator)?.aggregation !== "sum") continue;
      const stated = valueAt(whole.j);
      if (stated === undefined) continue;
      const parts = tiling(whole, slots)?.filter((p) => sameIndicator(p.j) === indicator);
      if (!parts || parts.some((p) => valueAt(p.j) === undefined)) continue;
      const recomputed = exactSum(parts.map((p) => valueAt(p.j)!));
      const column = table.columns[whole.j];
      const tolerance = Math.max(
        roundingTolerance(column.unit ?? indicatorById(indicator)?.baseUnit, column.unitFactor),
        writtenRounding(table, i, [whole, ...parts]),
      );
      if (Math.abs(exactDiff(stated, recomputed)) <= tolerance) continue;
      const cell = addressOf(table, i, whole.j);
      const sources = parts.map((p) => addressOf(table, i, p.j));
      // The parts named as they are (各月合计, corpus 45), never 各分项 (rows).
      const kinds = parts.map((p) => table.columns[p.j].period?.span?.kind);
      const over = kinds.every((k) => k === "quarter")
        ? "quarters"
        : kinds.every((k) => k === "month" || k === "months" || k === "cumulative")
          ? "months"
          : "periods";
      findings.push({
        ...finding(
          table.sheet,
          "total_mismatch",
          { cell, sources, stated, recomputed },
          MESSAGES.checks.periodsDoNotAdd({ row: rowLabel(row), cell, column: columnLabel(column) }, show(stated), show(recomputed), sources),
        ),
        over,
      });
    }
    // Running totals from the same first month: each later one at least the one before.
    const running = slots.filter((s) => s.first === 1).sort((a, b) => a.last - b.last || a.j - b.j);
    for (let k = 1; k < running.length; k++) {
      const [before, after] = [running[k - 1], running[k]];
      const indicator = sameIndicator(after.j);
      if (before.year !== after.year || before.last === after.last || indicator !== sameIndicator(before.j)) continue;
      if (!indicator || indicatorById(indicator)?.aggregation !== "sum") continue;
      const [earlier, later] = [valueAt(before.j), valueAt(after.j)];
      if (earlier === undefined || later === undefined || later >= earlier || later < 0) continue;
      const cell = addressOf(table, i, after.j);
      const source = addressOf(table, i, before.j);
      findings.push(
        finding(
          table.sheet,
          "impossible_value",
          { cell, sources: [source], stated: later, recomputed: earlier },
          MESSAGES.checks.runningTotalFalls(
            { row: rowLabel(row), cell, column: columnLabel(table.columns[after.j]) },
            show(later),
            source,
            columnLabel(table.columns[before.j]),
            show(earlier),
          ),
        ),
      );
    }
  });
  return findings;
}
