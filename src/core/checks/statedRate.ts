/**
 * 核对: stated rates (整改率) against the rate recomputed from their counts.
 */
import { formatDecimal, roundedRatio } from "../numbers/decimal";
import { indicatorById } from "../registry/indicators";
import type { Finding, TableModel } from "../reader/model";
import { agreesWithRounding } from "./statedChange";
import { addressOf, columnLabel, isErrorCell, numberAt, rowLabel, show } from "./tableView";
import { MESSAGES } from "../messages";

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
  table.columns.forEach((column, j) => {
    if (column.role !== "rate" || !column.indicator) return;
    const definition = indicatorById(column.indicator);
    if (!definition?.numerator || !definition.denominator) return;
    const nj = table.columns.findIndex((c) => c.indicator === definition.numerator && (c.industry ?? "") === (column.industry ?? ""));
    const dj = table.columns.findIndex((c) => c.indicator === definition.denominator && (c.industry ?? "") === (column.industry ?? ""));
    if (nj < 0 || dj < 0) return;
    table.rows.forEach((row, i) => {
      if (row.role === "blank") return;
      const stated = numberAt(table, i, j);
      const numerator = numberAt(table, i, nj);
      const denominator = numberAt(table, i, dj);
      if (stated === undefined || numerator === undefined || denominator === undefined || denominator === 0) return;
      if ([j, nj, dj].some((k) => isErrorCell(table.values[i][k]))) return;
      if (agreesWithRounding(stated, numerator, denominator)) return;
      const cell = addressOf(table, i, j);
      const sources = [addressOf(table, i, nj), addressOf(table, i, dj)];
      const recomputed = (numerator / denominator) * 100;
      const shown = formatDecimal(roundedRatio(numerator, denominator, 100, 2), true);
      findings.push({
        kind: "stated_rate_mismatch",
        severity: "error",
        sheet: table.sheet,
        cell,
        sources,
        stated,
        recomputed,
        message: MESSAGES.checks.statedRateWrong(
          { row: rowLabel(row), cell, column: columnLabel(column) },
          show(stated),
          sources[0],
          sources[1],
          show(numerator),
          show(denominator),
          shown,
        ),
      });
    });
  });
  return findings;
}
