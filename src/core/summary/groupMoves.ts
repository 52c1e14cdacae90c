/**
 * How the rows of a by-county (or by-industry) table moved against a year earlier: which rows
 * can be compared at all (accidents and deaths stated in both periods, no open 核对 finding, no
 * error cell), and which of those rose or fell in both (双上升, 双下降). One rule for the facts
 * (`GroupTable.comparedRows`, the "10" of "10个县（市）中有7个…", a count the report traces) and
 * the 综述's county highlights (narrative/countyHighlights.ts); the rows that fell in both
 * (`GroupTable.bothDownRows`, the "7" of the same sentence, traced by the report to those rows' cells).
 */
import type { GroupRow, IndicatorPair } from "./facts";

/** A row's change in accidents and in deaths, where both periods of both are stated and usable. */
export interface RowMove {
  readonly row: GroupRow;
  readonly accidents: number;
  readonly deaths: number;
}

function delta(pairs: readonly IndicatorPair[], id: string): number | undefined {
  const p = pairs.find((x) => x.indicator === id);
  if (!p || p.current.check || p.current.error || p.previous.check || p.previous.error) return undefined;
  const [a, b] = [p.current.value, p.previous.value];
  return a === null || b === null || !Number.isFinite(a) || !Number.isFinite(b) ? undefined : a - b;
}

/**
 * The compared data rows with their changes in accidents and deaths.
 *
 * @param rows the rows of a group table
 * @returns one move per data row that has both figures in both periods, in table order
 * @example rowMoves(byRegion.rows).filter((m) => m.accidents < 0 && m.deaths < 0).length // 双下降 rows
 */
export function rowMoves(rows: readonly GroupRow[]): RowMove[] {
  return rows.flatMap((row) => {
    if (row.role !== "data") return [];
    const accidents = delta(row.pairs, "accident_count");
    const deaths = delta(row.pairs, "deaths");
    return accidents === undefined || deaths === undefined ? [] : [{ row, accidents, deaths }];
  });
}

/**
 * The labels of the compared rows where accidents and deaths both fell (双下降).
 *
 * @param rows the rows of a group table
 * @returns the labels, in table order
 * @example bothFell(byRegion.rows) // ["双柏县"]
 */
export function bothFell(rows: readonly GroupRow[]): string[] {
  return rowMoves(rows)
    .filter((m) => m.accidents < 0 && m.deaths < 0)
    .map((m) => m.row.label);
}

/**
 * The 双下降 count and its rows as a group table carries them.
 *
 * @param rows the rows of a group table
 * @returns bothDownRows and bothDownLabels
 */
export function bothDownOf(rows: readonly GroupRow[]): { bothDownRows: number; bothDownLabels: readonly string[] } {
  const labels = bothFell(rows);
  return { bothDownRows: labels.length, bothDownLabels: labels };
}
