/**
 * A row of a table keyed by indicator that counts one level of accidents (重大事故起数 | 1,
 * 较大事故死亡人数 | 267 under 生产安全事故起数 | 3415): the registry names its indicator (事故起数), and
 * the row is the 重大 part of that indicator's whole, never a second whole. The facts key it by the
 * level (facts/fromTable.ts) and the 核对 checks it against its whole (checks/ofWhichRows.ts): one rule.
 */
import { headerCore } from "../registry/headerText";
import type { TableModel } from "./tableModel";

/** 重大事故起数, 较大生产安全事故死亡人数 — never 一般事故隐患 (a hazard grade, not an accident level). */
const LEVEL_ROW = /^(特别重大|重大|较大|一般)(生产安全)?事故(?!隐患)/;

/**
 * The accident level a row label names at its start.
 *
 * @param label the row's label as cleaned
 * @returns 特别重大, 重大, 较大 or 一般; undefined for any other row
 * @example accidentLevelOfRow("重大事故死亡人数") // "重大"
 * @example accidentLevelOfRow("其中：较大事故起数") // "较大"
 */
export function accidentLevelOfRow(label: string): string | undefined {
  // "其中：较大事故起数" is the same level row as "较大事故起数".
  return LEVEL_ROW.exec(headerCore(label))?.[1];
}

/**
 * The whole a level row of a table keyed by indicator is part of: the first row of the same
 * indicator that names no level.
 *
 * @param table a table keyed by indicator
 * @param i the level row's index
 * @returns the whole's row index, or undefined (not a level row, or no such whole)
 * @example levelWholeOf(mem2025q1, 2) // 0: 重大事故起数 is part of 生产安全事故起数
 */
export function levelWholeOf(table: TableModel, i: number): number | undefined {
  const row = table.rows[i];
  if (table.keyKind !== "indicator" || !row.indicator || accidentLevelOfRow(row.label) === undefined) return undefined;
  const whole = table.rows.findIndex((r) => r.indicator === row.indicator && r.role === "data" && accidentLevelOfRow(r.label) === undefined);
  return whole >= 0 ? whole : undefined;
}
