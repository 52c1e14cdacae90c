/**
 * Rows of a table keyed by indicator that name a kind before their indicator (洪涝和地质灾害直接经济损失
 * | 2451, 干旱灾害直接经济损失 | 206, … in the national bulletin, which states no total): each is the
 * loss of its kind, a part of the whole, and never the whole itself. A summary that took the first of
 * them as the year's direct economic loss would publish a figure the workbook does not support.
 */
import { headerCore } from "../registry/headerText";
import { indicatorById } from "../registry/indicators";
import type { TableModel } from "../reader/tableModel";
import { accidentLevelOfRow } from "../reader/levelRows";
import type { BreakdownKey } from "./breakdown";

/** Words before an indicator that say "all of it", not a kind (各类生产安全事故死亡人数 is the whole). */
const WHOLE_WORDS = /^(各类|全部|所有|全|总|合计|累计|本期|当期)?(生产安全)?(事故|灾害|自然灾害)?$/;

/**
 * The kind a row's label names before its indicator's own words.
 *
 * @param label the row's label
 * @param indicator the indicator the row was matched to
 * @returns the kind ("洪涝和地质灾害"), or undefined when the label is the indicator's words alone or a whole
 * @example kindBeforeIndicator("洪涝和地质灾害直接经济损失", "dz_direct_loss") // "洪涝和地质灾害"
 */
export function kindBeforeIndicator(label: string, indicator: string): string | undefined {
  const core = headerCore(label);
  const aliases = indicatorById(indicator)?.aliases ?? [];
  const alias = aliases.filter((a) => core.endsWith(headerCore(a))).sort((a, b) => b.length - a.length)[0];
  if (!alias) return undefined;
  const kind = core.slice(0, core.length - headerCore(alias).length).replace(/[的之]$/, "");
  return kind.length >= 2 && !WHOLE_WORDS.test(kind) ? kind : undefined;
}

/**
 * The kind key of a row of a table keyed by indicator, when the table has two or more rows of that
 * indicator and this one names a kind before it: a part of the whole (partOf ""), so it is never
 * told as the whole and never added to a whole the source does not state.
 *
 * @param table a table keyed by indicator
 * @param i the row's index
 * @returns the category key, or none
 * @example kindOfIndicatorRow(bulletin2023, 2) // [{ dimension: "category", key: "洪涝和地质灾害", partOf: "" }]
 */
export function kindOfIndicatorRow(table: TableModel, i: number): BreakdownKey[] {
  const row = table.rows[i];
  if (table.keyKind !== "indicator" || !row.indicator || accidentLevelOfRow(row.label) !== undefined) return [];
  const alike = table.rows.filter((r) => r.indicator === row.indicator && r.role !== "total" && accidentLevelOfRow(r.label) === undefined);
  if (alike.length < 2) return [];
  const kind = kindBeforeIndicator(row.label, row.indicator);
  return kind ? [{ dimension: "category", key: kind, label: row.label, partOf: "" }] : [];
}
