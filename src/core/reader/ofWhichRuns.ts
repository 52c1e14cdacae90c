/**
 * Rows that continue an 其中 without saying so. Releases often write only the first part with the
 * word (商贸制造业 19 | 其中：化工 1 | 工贸八大行业 15 | 工商贸其他 3): the rows after it are parts of the
 * same row until they add up to it. They are taken as parts only on that evidence — the 其中 row and
 * the rows after it add up exactly to their parent in every counted column, never passing it — so a
 * following top-level row (其他行业 after 其中：道路运输业) is never swallowed. A row of zeros right after
 * parts that already add up (… 工商贸其他 3 | 烟花爆竹 0 under 商贸制造业 19) changes no sum: the figures
 * cannot tell a last part from the next row of the parent's level. Its name can: a second-level industry
 * of the parent by the national classification (registry/industries.ts: 烟花爆竹 under 商贸制造业) is
 * one more part. Any other such row stays a row of its own and is returned for a warning, never guessed.
 */
import type { ReadValue, RowMeaning } from "./model";
import type { DraftColumn } from "./headerColumns";
import { isIndustryChild } from "../registry/industries";

const FIGURE_ROLES = new Set(["current", "value"]);

/** A row that names an accident level (重大及以上事故 after 一般 and 较大): its name, not its figures, places it. */
const LEVEL_NAME = /^(特别重大|重大|较大|一般)(及以上|以上)?(生产安全)?事故/;

/** A row of zeros after parts that already add up to their parent: part or next row, the figures cannot tell. */
export interface ZeroAfterParts {
  readonly row: RowMeaning;
  readonly parent: RowMeaning;
}

/**
 * Marks as 其中 parts the data rows that, with the 其中 row before them, add up exactly to its parent.
 *
 * @param rows the table's rows (changed in place: such rows become of_which with the parent's partOf)
 * @param values the body's values, row by column
 * @param drafts the columns
 * @returns the rows of zeros right after such a run that neither the figures nor the classification place
 * @example continueOfWhich(rows, values, drafts) // 工贸八大行业, 工商贸其他, 烟花爆竹 (0) → of_which of 商贸制造业; []
 */
export function continueOfWhich(rows: RowMeaning[], values: readonly (readonly (ReadValue | null)[])[], drafts: readonly DraftColumn[]): ZeroAfterParts[] {
  const columns = drafts.flatMap((d, j) => (d.indicator && FIGURE_ROLES.has(d.role) && (d.measure === "count" || d.measure === "amount") ? [j] : []));
  const unplaced: ZeroAfterParts[] = [];
  if (columns.length === 0) return unplaced;
  const indexOfRow = new Map(rows.map((r, i) => [r.row, i]));
  const figure = (i: number, j: number) => values[i]?.[j]?.value ?? null;
  rows.forEach((row, k) => {
    if (row.role !== "of_which" || row.partOf === undefined) return;
    const p = indexOfRow.get(row.partOf);
    if (p === undefined || rows[p].role !== "data") return;
    const checked = columns.filter((j) => figure(p, j) !== null && figure(k, j) !== null);
    if (checked.length === 0 || !checked.some((j) => figure(p, j) !== 0)) return;
    const running = checked.map((j) => figure(k, j) as number);
    const reached = () => checked.every((j, n) => Math.abs(running[n] - (figure(p, j) as number)) < 1e-9);
    // The rows of zeros after the run's last part: one more part, or the next row of the parent's level?
    // The figures cannot say; a second-level industry of the parent's is one more part by its name.
    const zerosAfter = (last: number) => {
      for (let z = last + 1; z < rows.length && rows[z].role === "data"; z++) {
        const figures = checked.map((j) => figure(z, j));
        if (!figures.some((v) => v === 0) || figures.some((v) => v !== null && v !== 0) || LEVEL_NAME.test(rows[z].label)) return;
        if (isIndustryChild(rows[p].label, rows[z].label)) rows[z] = { ...rows[z], role: "of_which", partOf: row.partOf };
        else unplaced.push({ row: rows[z], parent: rows[p] });
      }
    };
    if (reached()) return zerosAfter(k);
    for (let m = k + 1; m < rows.length; m++) {
      if (rows[m].role !== "data") return;
      checked.forEach((j, n) => (running[n] += figure(m, j) ?? 0));
      if (checked.some((j, n) => running[n] > (figure(p, j) as number) + 1e-9)) return;
      if (!reached()) continue;
      for (let q = k + 1; q <= m; q++) rows[q] = { ...rows[q], role: "of_which", partOf: row.partOf };
      return zerosAfter(m);
    }
  });
  return unplaced;
}
