/**
 * 核对: stated rates (整改率) against the rate recomputed from their counts.
 */
import { formatDecimal, roundedRatio } from "../numbers/decimal";
import { indicatorById } from "../registry/indicators";
import { isBelow, isSumPartOf } from "../registry/forms/relations";
import type { Finding, TableModel } from "../reader/model";
import { agreesWithRounding } from "./statedChange";
import { addressOf, columnLabel, isErrorCell, numberAt, rowLabel, show } from "./tableView";
import { finding } from "./finding";
import { MESSAGES } from "../messages";

/**
 * The column a rate divides: the exact indicator nearest to the rate's left (else anywhere), or
 * else the nearest column to its left whose indicator stands in for it.
 */
function operand(table: TableModel, j: number, id: string, standsFor: (other: string) => boolean): number {
  const industry = table.columns[j].industry ?? "";
  const usable = (k: number) => (table.columns[k].industry ?? "") === industry && !!table.columns[k].indicator;
  for (let k = j - 1; k >= 0; k--) if (usable(k) && table.columns[k].indicator === id) return k;
  const anywhere = table.columns.findIndex((c, k) => usable(k) && c.indicator === id);
  if (anywhere >= 0) return anywhere;
  for (let k = j - 1; k >= 0; k--) if (usable(k) && table.columns[k].role !== "rate" && standsFor(table.columns[k].indicator!)) return k;
  return -1;
}

/** One stated rate the 核对 compares: its cell and its numerator's and denominator's, with their numbers. */
export interface StatedRate {
  readonly row: number;
  readonly column: number;
  readonly numeratorColumn: number;
  readonly denominatorColumn: number;
  readonly stated: number;
  readonly numerator: number;
  readonly denominator: number;
}

/**
 * The stated rates of a table whose numerator and denominator are in the same row, all three
 * numbers (no error cell) and the denominator other than 0: the rates the 核对 compares.
 *
 * @param table a table
 * @returns one entry per compared rate cell
 * @example statedRates(sample隐患)[0].denominator // 411
 */
export function statedRates(table: TableModel): StatedRate[] {
  const rates: StatedRate[] = [];
  table.columns.forEach((column, j) => {
    if (column.role !== "rate" || !column.indicator) return;
    const definition = indicatorById(column.indicator);
    if (!definition?.numerator || !definition.denominator) return;
    // 一般隐患（项） | 已整改（项） | 一般隐患整改率 | 重大隐患（项） | 已整改（项） | 重大隐患整改率: a part of
    // the denominator (一般隐患 of 隐患) or a broader word for the numerator (已整改 for 重大隐患已整改) serves
    // where the exact indicator is missing, the nearest to the rate's left.
    const nj = operand(table, j, definition.numerator, (id) => isBelow(definition.numerator!, id));
    const dj = operand(table, j, definition.denominator, (id) => isSumPartOf(id, definition.denominator!));
    if (nj < 0 || dj < 0) return;
    table.rows.forEach((row, i) => {
      if (row.role === "blank") return;
      const stated = numberAt(table, i, j);
      const numerator = numberAt(table, i, nj);
      const denominator = numberAt(table, i, dj);
      if (stated === undefined || numerator === undefined || denominator === undefined || denominator === 0) return;
      if ([j, nj, dj].some((k) => isErrorCell(table.values[i][k]))) return;
      rates.push({ row: i, column: j, numeratorColumn: nj, denominatorColumn: dj, stated, numerator, denominator });
    });
  });
  return rates;
}

/**
 * Finds stated rates that disagree with numerator ÷ denominator × 100 at the precision they
 * were written with (92 and 92.0 and 91.97 all agree with 378 / 411).
 *
 * @param table a table
 * @returns the findings
 * @example checkStatedRates(sample隐患)[0].cell // "G9"
 */
export function checkStatedRates(table: TableModel): Finding[] {
  const findings: Finding[] = [];
  for (const { row: i, column: j, numeratorColumn: nj, denominatorColumn: dj, stated, numerator, denominator } of statedRates(table)) {
    if (agreesWithRounding(stated, numerator, denominator)) continue;
    const cell = addressOf(table, i, j);
    const sources = [addressOf(table, i, nj), addressOf(table, i, dj)];
    const recomputed = (numerator / denominator) * 100;
    const shown = formatDecimal(roundedRatio(numerator, denominator, 100, 2), true);
    findings.push(
      finding(
        table.sheet,
        "stated_rate_mismatch",
        { cell, sources, stated, recomputed },
        MESSAGES.checks.statedRateWrong(
          { row: rowLabel(table.rows[i]), cell, column: columnLabel(table.columns[j]) },
          show(stated),
          sources[0],
          sources[1],
          show(numerator),
          show(denominator),
          shown,
        ),
      ),
    );
  }
  return findings;
}
