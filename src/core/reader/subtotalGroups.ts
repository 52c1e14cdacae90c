/**
 * Which rows a 小计 or an "X合计" row totals. Bureaus write it after its group (煤矿 | 非煤矿山 | 小计)
 * or as the group's head, the parts under it (较大事故合计 14 | 煤矿 1 | 危险化学品 1 | … | 渔业船舶 1).
 * A group runs from the subtotal to the next 合计, 小计, blank row or end of the table. One table
 * writes its groups one way: the layout decides (a subtotal with rows on one side only), else the
 * figures (the rows on one side add up to it in every counted column, on the other side they do not).
 * A subtotal above its parts is their parent (they become parts of it, like townships under a county);
 * one below its parts stays a 小计 beside them. Either way it is never added to its parts. When
 * neither the layout nor the figures tell, the subtotal is still left out of every sum, it is not
 * checked, and a diagnostic says so — unless they are all 小计, which follow their rows as a rule (and as
 * before). An "X合计" whose group is every row of the table is the table's total.
 */
import type { ReadValue, RowMeaning } from "./model";
import type { DraftColumn } from "./headerColumns";
import { isNamedSubtotal } from "../registry/regions";

const FIGURE_ROLES = new Set(["current", "value"]);
/** The rows that close a group: another total or subtotal, a blank row. */
const BOUNDARY = new Set<RowMeaning["role"]>(["total", "subtotal", "blank"]);

type Direction = "above" | "below";

/** What became of the subtotals of one table. */
export interface SubtotalOutcome {
  /** The subtotals whose parts could not be told (left out of sums, not checked). */
  readonly unplaced: readonly RowMeaning[];
}

/** The data rows of the group on one side of a subtotal (其中 and lower rows belong to their data row). */
function runFrom(rows: readonly RowMeaning[], s: number, step: 1 | -1): number[] {
  const run: number[] = [];
  for (let i = s + step; i >= 0 && i < rows.length; i += step) {
    const role = rows[i].role;
    if (BOUNDARY.has(role)) break;
    if (role === "data") run.push(i);
  }
  return step === 1 ? run : run.reverse();
}

/**
 * Marks each subtotal's group. Rows are changed in place: a subtotal heading its group becomes the
 * parent (role data) of its parts (role sublevel, partOf its sheet row), labelled by the words before
 * 合计 (its text keeps what is written); a named subtotal of the whole table becomes its total.
 *
 * @param rows the table's rows, roles as read (a named subtotal such as 较大事故合计 reads as data)
 * @param values the body's values, row by column
 * @param drafts the columns
 * @returns the subtotals whose group could not be told
 * @example placeSubtotals(rows, values, drafts) // 较大事故合计 (corpus 24): parent of 煤矿 … 渔业船舶
 */
export function placeSubtotals(rows: RowMeaning[], values: readonly (readonly (ReadValue | null)[])[], drafts: readonly DraftColumn[]): SubtotalOutcome {
  // A named subtotal (较大事故合计) is read as data by its label alone: it is a subtotal here, where its rows show.
  const subtotals = rows.flatMap((r, i) => (r.role === "subtotal" || (r.role === "data" && isNamedSubtotal(r.label)) ? [i] : []));
  if (subtotals.length === 0) return { unplaced: [] };
  for (const s of subtotals) rows[s] = { ...rows[s], role: "subtotal", level: "group" };
  const columns = drafts.flatMap((d, j) => (d.indicator && FIGURE_ROLES.has(d.role) && (d.measure === "count" || d.measure === "amount") ? [j] : []));
  const figure = (i: number, j: number) => values[i]?.[j]?.value ?? null;
  const addsUp = (s: number, parts: readonly number[]): boolean => {
    const checked = columns.filter((j) => figure(s, j) !== null && parts.some((i) => figure(i, j) !== null));
    return (
      parts.length > 0 &&
      checked.length > 0 &&
      checked.every((j) => Math.abs(parts.reduce((sum, i) => sum + (figure(i, j) ?? 0), 0) - (figure(s, j) as number)) < 1e-6)
    );
  };
  const groups = subtotals.map((s) => ({ s, above: runFrom(rows, s, -1), below: runFrom(rows, s, 1) }));
  // A 小计 follows its rows unless its table shows otherwise: a slip in it is still found.
  const direction = directionOf(groups, addsUp) ?? (subtotals.every((s) => !isNamedSubtotal(rows[s].label)) ? "above" : undefined);
  const allData = rows.filter((r) => r.role === "data").length;
  const unplaced: RowMeaning[] = [];
  for (const { s, above, below } of groups) {
    const parts = direction === "above" ? above : direction === "below" ? below : [];
    const named = isNamedSubtotal(rows[s].label);
    if (direction === undefined) {
      rows[s] = { ...rows[s], partsUnknown: true };
      unplaced.push(rows[s]);
    } else if (named && parts.length === allData) {
      const { level: _group, ...rest } = rows[s];
      rows[s] = { ...rest, role: "total" };
    } else if (direction === "below") {
      const { level: _group, ...rest } = rows[s];
      rows[s] = { ...rest, role: "data", label: groupName(rows[s].label), text: rows[s].text ?? rows[s].label };
      for (const i of parts) rows[i] = { ...rows[i], role: "sublevel", partOf: rows[s].row };
    }
  }
  return { unplaced };
}

/** The name of a group from its subtotal's label: 较大事故合计 → 较大事故 (a bare 小计 keeps its word). */
function groupName(label: string): string {
  return label.replace(/(合计|小计)$/, "") || label;
}

/**
 * The side a table's subtotals total: the layout where it tells (a subtotal with rows on one side
 * only), else the figures (only one side adds up), else none.
 */
function directionOf(
  groups: readonly { s: number; above: readonly number[]; below: readonly number[] }[],
  addsUp: (s: number, parts: readonly number[]) => boolean,
): Direction | undefined {
  const heads = groups.some((g) => g.above.length === 0 && g.below.length > 0);
  const closes = groups.some((g) => g.below.length === 0 && g.above.length > 0);
  if (heads !== closes) return heads ? "below" : "above";
  if (heads && closes) return undefined;
  const below = groups.filter((g) => addsUp(g.s, g.below)).length;
  const above = groups.filter((g) => addsUp(g.s, g.above)).length;
  if (below !== above) return below > above ? "below" : "above";
  return undefined;
}
