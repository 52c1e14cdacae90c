/**
 * The label outputs show for a table row: the canonical region name where the row is a region,
 * else the key cell's text as the user wrote it (inner spaces and every character kept: "Chuxiong
 * City" is never "ChuxiongCity"). Matching keeps using the cleaned `label`.
 */
import type { RowMeaning } from "./model";

/**
 * What a row is called in the summary, the 综述 and the 核对's messages.
 *
 * @param row the row
 * @returns its region, or its text as written
 * @example shownLabel({ row: 5, label: "ChuxiongCity", text: "Chuxiong City", role: "data" }) // "Chuxiong City"
 */
export function shownLabel(row: Pick<RowMeaning, "region" | "text" | "label">): string {
  return row.region ?? row.text ?? row.label;
}
