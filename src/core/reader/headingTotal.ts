/**
 * A first row that names the table's whole without a 合计 word. Level and field tables of releases
 * often open with the field's own name over its parts (各类生产安全事故 45 | 其中：一般事故 43 | 较大事故 2 |
 * 重大及以上事故 0; corpus 08): that row is the whole of the table, as a 合计 row would be. It is taken so
 * only on evidence — its label, without 各类/全部/所有, names an indicator of the field the table's
 * columns count; an 其中 row of it follows at once; no figure below passes its own — and the rows after
 * it are then either all its 其中 parts, or, where together they add up exactly to it in every counted
 * column, its complete breakdown (data rows, as under a 合计). Otherwise the table is left as read.
 */
import { matchIndicator } from "../registry/matchIndicator";
import type { DraftColumn } from "./headerColumns";
import type { ReadValue, RowMeaning } from "./model";

const FIGURE_ROLES = new Set(["current", "previous", "value"]);
const GENERIC_WORDS = /^(各类|各种|全部|所有)/;
const OF_WHICH_WORD = /^其中[:：]?/;

/** Whether a label names the field the counted columns belong to (各类生产安全事故 over 事故起数 | 死亡人数). */
function namesTheField(label: string, domains: ReadonlySet<string>): boolean {
  const found = matchIndicator(label.replace(GENERIC_WORDS, ""));
  return found !== undefined && domains.has(found.indicator.domain);
}

/**
 * Makes the table's first row its total where it names the whole field and the rows below are its parts.
 *
 * @param rows the table's rows, classified (changed in place)
 * @param values the body's values, row by column
 * @param drafts the columns
 * @returns whether the first row was taken as the total
 * @example takeHeadingTotal(rows, values, drafts) // 各类生产安全事故 → total; 其中：一般事故, 较大事故, 重大及以上事故 → its parts
 */
export function takeHeadingTotal(rows: RowMeaning[], values: readonly (readonly (ReadValue | null)[])[], drafts: readonly DraftColumn[]): boolean {
  if (rows.length < 2 || rows.some((r) => r.role === "total" || r.role === "subtotal" || r.role === "sublevel")) return false;
  const [head, next] = rows;
  if (head.role !== "data" || head.region !== undefined || next.role !== "of_which" || next.partOf !== head.row) return false;
  const counted = drafts.flatMap((d, j) => (d.indicator && FIGURE_ROLES.has(d.role) && (d.measure === "count" || d.measure === "amount") ? [j] : []));
  const domains = new Set(counted.map((j) => drafts[j].indicator!.domain));
  if (counted.length === 0 || !namesTheField(head.label, domains)) return false;
  const figure = (i: number, j: number) => values[i]?.[j]?.value ?? null;
  const below = rows.slice(1);
  for (const j of counted) {
    const whole = figure(0, j);
    if (below.some((_r, k) => whole !== null && (figure(k + 1, j) ?? 0) > whole + 1e-9)) return false;
  }
  const allOfWhich = below.every((r) => r.role === "of_which" && r.partOf === head.row);
  const addsUp = counted.every((j) => {
    const whole = figure(0, j);
    const sum = below.reduce((s, _r, k) => s + (figure(k + 1, j) ?? 0), 0);
    return whole !== null && Math.abs(sum - whole) < 1e-9;
  });
  if (!allOfWhich && !addsUp) {
    // The 其中 list runs on over the rows below (其中：一般事故 | 较大事故 | 重大事故) where together they fall short of
    // the whole (a level may have no row of its own): they stay its parts, never added to it (200 + 13 was told as 213).
    // Rows that together pass it (道路交通 beside the levels) are not one list: the table is left as read.
    const within = counted.every((j) => below.reduce((sum, _r, k) => sum + (figure(k + 1, j) ?? 0), 0) <= (figure(0, j) ?? 0) + 1e-9);
    if (!within || !below.every((r) => r.role === "data" || (r.role === "of_which" && r.partOf === head.row))) return false;
    for (let i = 1; i < rows.length; i++) if (rows[i].role === "data") rows[i] = { ...rows[i], role: "of_which", partOf: head.row };
  }
  rows[0] = { ...head, role: "total" };
  if (addsUp) {
    // Parts that make up the whole are its breakdown, keyed by what they are (一般事故), as written (其中：一般事故).
    for (let i = 1; i < rows.length; i++) {
      const { partOf: _partOf, ...row } = rows[i];
      const label = row.label.replace(OF_WHICH_WORD, "");
      rows[i] = { ...row, role: "data", label, ...(row.text === undefined && label !== row.label ? { text: row.label } : {}) };
    }
  }
  return true;
}
