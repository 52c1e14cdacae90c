/**
 * Which stated changes and rates the 核对 compares: those whose every figure is in the table as a
 * number (the stated cell, the current figure and its base; the rate, its numerator and its
 * denominator). The checks judge these and only these (statedChange.ts, statedRowChanges.ts,
 * statedRate.ts), so a verdict counts them as checked relations and says the others were stated
 * and could not be checked (facts/checkScope.ts) — never one rule in two places.
 */
import type { TableModel } from "../reader/model";
import { changeFigures, statedChanges } from "./statedChange";
import { statedRowChanges } from "./statedRowChanges";
import { statedRates } from "./statedRate";
import { addressOf } from "./tableView";

/** The stated changes and rates the 核对 compares, and every cell those comparisons read, as "sheet!address". */
export interface ComparedCells {
  /** The stated change or rate cells compared (each one relation). */
  readonly stated: ReadonlySet<string>;
  /** Every cell a compared relation reads: the stated cell and the figures it is compared with (a 增减 that is a 幅度's base among them). */
  readonly read: ReadonlySet<string>;
}

/**
 * The stated changes and rates the 核对 compares, with the cells each comparison reads.
 *
 * @param tables the tables read
 * @returns the compared cells ("分行业!D3") and the cells they read
 * @example comparedCells([hubeiByIndustry]).stated.has("分行业!C5") // false: a 增减 beside 本期 with no 去年同期 column and no 幅度 is compared with nothing
 */
export function comparedCells(tables: readonly TableModel[]): ComparedCells {
  const stated = new Set<string>();
  const read = new Set<string>();
  for (const table of tables) {
    const at = (i: number, j: number) => `${table.sheet}!${addressOf(table, i, j)}`;
    const compared = (cell: readonly [number, number], figures: readonly (readonly [number, number])[]) => {
      stated.add(at(...cell));
      for (const f of [cell, ...figures]) read.add(at(...f));
    };
    for (const c of [...statedChanges(table), ...statedRowChanges(table)])
      if (changeFigures(table, c.role, c.at, c.derived)) compared(c.at.stated, [c.at.current, c.at.base]);
    for (const r of statedRates(table))
      compared(
        [r.row, r.column],
        [
          [r.row, r.numeratorColumn],
          [r.row, r.denominatorColumn],
        ],
      );
  }
  return { stated, read };
}
