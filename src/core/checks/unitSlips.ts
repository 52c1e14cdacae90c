/**
 * 核对: a figure about 10,000 times its column's others — 元 typed into a 万元 column, or 万
 * dropped — said only when the workbook itself bears it out: the stated 合计 agrees once the figure
 * is read as 1/10,000 of itself, or the row's own parts (the forms' relations) or its year-ago figure
 * do. The largest values of a skewed column (one county's flood loss) are no evidence of anything,
 * and are never flagged.
 */
import { exactDiff, exactSum } from "../numbers/decimal";
import { relationsAmong } from "../registry/forms/relations";
import type { Finding, TableModel } from "../reader/model";
import { addressOf, columnLabel, dataRows, numberAt, rowLabel, show, totalRows } from "./tableView";
import { finding } from "./finding";
import { MESSAGES, type Message } from "../messages";

const AMOUNT_ROLES = new Set(["current", "previous", "value"]);
/** How far "about 10,000 times" reaches. */
const LOW = 3000;
const HIGH = 30000;

/**
 * The median of sorted values with the one at `skip` left out: every value is judged against the
 * others, and one sort per column serves them all (a province's table has thousands of rows).
 */
function medianWithout(sorted: Float64Array, skip: number): number {
  const m = sorted.length - 1;
  const at = (k: number): number => sorted[k < skip ? k : k + 1];
  return m % 2 ? at(m >> 1) : (at(m / 2 - 1) + at(m / 2)) / 2;
}

/** A figure about 10,000 times the others of its column: a candidate, not yet a finding. */
export interface SlipCandidate {
  /** Row index in the table. */
  readonly i: number;
  readonly v: number;
  /** The figure over the median of the column's other positive figures. */
  readonly ratio: number;
}

/**
 * The figures of one column between 3,000 and 30,000 times the median of the others (at least
 * four other positive figures are needed to judge), in row order. One sort per column.
 *
 * @param table a table
 * @param j the column
 * @returns the candidates
 * @example slipCandidates(lossTableWith9860900, 0)[0].ratio // 8081 (9860900 ÷ 1220.255)
 */
export function slipCandidates(table: TableModel, j: number): SlipCandidate[] {
  const positive = dataRows(table)
    .map((i) => ({ i, v: numberAt(table, i, j) ?? 0 }))
    .filter((x) => x.v > 0);
  if (positive.length < 5) return [];
  positive.sort((a, b) => a.v - b.v);
  const sorted = Float64Array.from(positive, (x) => x.v);
  const found: SlipCandidate[] = [];
  positive.forEach(({ i, v }, rank) => {
    const ratio = v / medianWithout(sorted, rank);
    if (ratio >= LOW && ratio <= HIGH) found.push({ i, v, ratio });
  });
  // In row order, as the table reads.
  return found.sort((a, b) => a.i - b.i);
}

/** Whether a and b agree within the tolerance. */
const near = (a: number, b: number, tolerance: number) => Math.abs(exactDiff(a, b)) <= tolerance;

/**
 * What in the workbook bears a slip out, if anything: the 合计 row, the row's parts or whole, the
 * row's year-ago figure.
 */
function evidenceFor(table: TableModel, i: number, j: number, value: number, meant: number, data: readonly number[]): Message | undefined {
  const column = table.columns[j];
  const tolerance = 0.01 * (data.length + 1);
  const total = totalRows(table)[0];
  const stated = total === undefined ? undefined : numberAt(table, total, j);
  if (stated !== undefined) {
    const sum = exactSum(data.map((r) => numberAt(table, r, j) ?? 0));
    if (!near(sum, stated, tolerance) && near(exactDiff(sum, value) + meant, stated, tolerance))
      return MESSAGES.checks.unitSlipTotal(addressOf(table, total, j), show(stated));
  }
  // The row's own relations of the forms (直接经济损失 = its categories): they hold only with the figure read in 万.
  const slot = new Map<string, number>();
  table.columns.forEach((c, k) => {
    if (c.indicator && c.role === column.role && (c.periodLabel ?? "") === (column.periodLabel ?? "") && !slot.has(c.indicator)) slot.set(c.indicator, k);
  });
  for (const relation of relationsAmong(new Set(slot.keys()))) {
    if (relation.kind !== "sum" || !relation.parts.every((p) => slot.has(p))) continue;
    const cells = [relation.total, ...relation.parts].map((id) => slot.get(id)!);
    if (!cells.includes(j)) continue;
    const figure = (k: number) => (k === j ? meant : (numberAt(table, i, k) ?? 0));
    const asWritten = (k: number) => numberAt(table, i, k) ?? 0;
    const holds = (read: (k: number) => number) => near(read(cells[0]), exactSum(cells.slice(1).map(read)), tolerance);
    if (holds(figure) && !holds(asWritten))
      return MESSAGES.checks.unitSlipParts(
        addressOf(table, i, cells[0]),
        cells.slice(1).map((k) => addressOf(table, i, k)),
      );
  }
  // The same row a year earlier, in the same column's unit.
  const previous = table.columns.findIndex((c) => c.role === "previous" && c.indicator === column.indicator && c.periodGroup === column.periodGroup);
  if (column.role === "current" && previous >= 0) {
    const before = numberAt(table, i, previous);
    if (before !== undefined && before > 0 && value / before >= LOW && meant / before <= 5 && meant / before >= 0.2)
      return MESSAGES.checks.unitSlipPrevious(addressOf(table, i, previous), show(before));
  }
  return undefined;
}

/**
 * Flags data cells between 3,000 and 30,000 times the median of the other data rows of their
 * column (at least four other positive values are needed to judge), when the workbook bears the
 * slip out (evidenceFor); a large figure with no such evidence is left alone.
 *
 * @param table a table
 * @returns the findings; `recomputed` is the value ÷ 10000, what was probably meant
 * @example checkUnitSlips(lossTableWith9860900AndItsTotal)[0].recomputed // 986.09
 */
export function checkUnitSlips(table: TableModel): Finding[] {
  const findings: Finding[] = [];
  const data = dataRows(table);
  table.columns.forEach((column, j) => {
    if (!AMOUNT_ROLES.has(column.role) || !column.indicator) return;
    if (column.measure && column.measure !== "count" && column.measure !== "amount") return;
    for (const { i, v, ratio } of slipCandidates(table, j)) {
      const meant = Number(`${v}e-4`);
      const evidence = evidenceFor(table, i, j, v, meant, data);
      if (!evidence) continue;
      const cell = addressOf(table, i, j);
      findings.push(
        finding(
          table.sheet,
          "unit_slip",
          { cell, sources: [], stated: v, recomputed: meant },
          MESSAGES.checks.unitSlip({ row: rowLabel(table.rows[i]), cell, column: columnLabel(column) }, show(v), Math.round(ratio), show(meant), evidence),
        ),
      );
    }
  });
  return findings;
}
