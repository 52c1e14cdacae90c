/**
 * Which figures a table's notes call approximate ("注：…直接经济损失为约数。", "受灾人口、直接经济损失均为估算数"):
 * the 综述 then writes 约 before them, as the release does ("直接经济损失约5.236亿元"; docs/report-rules.md,
 * rule 28). Only an indicator the note names and a column of the table gives is marked; a note that names
 * figures ("全年1.3亿人次为发布的约数") marks nothing, since it does not say which cell.
 */
import { cleanHeader } from "../registry/headerText";
import type { TableModel } from "./model";

/** "X为约数", "X均为估算数", "X系概数": X before the word that calls it approximate. */
const APPROXIMATE = /([^。；;，,：:]+?)(?:均|都|皆)?(?:为|系|是|属)(?:约数|约值|概数|估算数|估计数|估算值)/g;
/** The separators of a list of names in X. */
const LIST = /[、和及与]/;

/**
 * The names a note's sentences call approximate, as written.
 *
 * @param texts the notes under a table (and its title)
 * @returns the names, in order, without repeats
 * @example approximateWords(["注：据初步统计。重大事故去年同期无。直接经济损失为约数。"]) // ["直接经济损失"]
 */
export function approximateWords(texts: readonly string[]): string[] {
  const words: string[] = [];
  for (const text of texts) {
    for (const m of cleanHeader(text).matchAll(APPROXIMATE)) {
      const subject = m[1].replace(/^(?:注|说明|备注)?\d*[.、．]?/, "").replace(/^(?:表中|本表|其中|以上|上述)/, "");
      // A note that names figures ("前三季度1.1亿、全年1.3亿人次") does not say which cell it means.
      if (/\d/.test(subject)) continue;
      for (const w of subject.split(LIST)) if (w && !words.includes(w)) words.push(w);
    }
  }
  return words;
}

/**
 * The indicators a table's columns (or, in a table keyed by indicator or read turned, its rows) name
 * with one of the approximate words; never a stated change of them.
 *
 * @param words what the notes call approximate (`approximateWords`)
 * @param table the table's columns and rows
 * @returns the indicator ids, without repeats; empty when none is named
 * @example approximateIndicators(["直接经济损失"], corpus16) // ["direct_loss"]
 */
export function approximateIndicators(words: readonly string[] | undefined, table: Pick<TableModel, "columns" | "rows">): string[] {
  const ids: string[] = [];
  if (!words?.length) return ids;
  const named = (text: string, id: string | undefined) => {
    if (id && words.some((w) => text.includes(w)) && !ids.includes(id)) ids.push(id);
  };
  for (const c of table.columns) {
    if (c.role !== "change_abs" && c.role !== "change_pct" && c.role !== "ignored") named(c.headerPath.map(cleanHeader).join(""), c.indicator);
  }
  for (const r of table.rows) if (!r.change) named(cleanHeader(r.label), r.indicator);
  return ids;
}
