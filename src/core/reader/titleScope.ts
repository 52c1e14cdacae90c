/**
 * What a table's title narrows its figures to: a weekly list titled …较大事故情况 holds 较大 accidents
 * only, a table titled 工矿商贸生产安全死亡事故（按行业） the 工矿商贸 accidents by industry. Every
 * figure of such a table is keyed by the title's level or field as well as by its row, so it is
 * never told as all accidents. A title naming two fields (道路交通和工矿商贸) or a level with 以上
 * narrows nothing it can name as one key. A field narrows a table only beside a wider one: a
 * workbook whose every table is of 道路交通 (a traffic police return) holds "the accidents" it counts.
 */
import type { ScopeKey, TableModel } from "./model";

const LEVEL = /(特别重大|重大|较大)(?:生产安全)?(?:死亡)?事故(?!隐患)/g;
const FIELDS = /工矿商贸|道路交通|道路运输|水上交通|铁路交通|渔业船舶|农业机械|煤矿|金属非金属矿山|非煤矿山|危险化学品|烟花爆竹|建筑施工|建筑业/g;

/**
 * The keys a title narrows a table to.
 *
 * @param title the table's title
 * @param keyKind what the table's rows are keyed by (a table keyed by indicator takes no field from its title)
 * @param rowLabels the rows' labels: rows that name levels or fields themselves (特别重大事故 | 重大事故 |
 *   较大事故合计 …) are not narrowed by the title's
 * @returns the keys, at most one level and one field
 * @example titleScope("2015年7月20日—7月26日较大事故情况", "industry", ["煤矿"]) // [{ dimension: "level", key: "较大", from: "title" }]
 * @example titleScope("工矿商贸生产安全死亡事故（按行业）", "industry", ["建筑业"]) // [{ dimension: "industry", key: "工矿商贸", from: "title" }]
 */
export function titleScope(title: string | undefined, keyKind: TableModel["keyKind"], rowLabels: readonly string[]): ScopeKey[] {
  if (!title || /以上|以下|及以上/.test(title)) return [];
  const keys: ScopeKey[] = [];
  const rowsSay = (re: RegExp) => rowLabels.some((label) => new RegExp(re.source).test(label));
  const levels = [...new Set([...title.matchAll(LEVEL)].map((m) => m[1]))];
  if (levels.length === 1 && !rowsSay(LEVEL)) keys.push({ dimension: "level", key: levels[0], from: "title" });
  const fields = [...new Set([...title.matchAll(FIELDS)].map((m) => m[0]))];
  if (fields.length === 1 && keyKind !== "indicator" && !rowLabels.some((label) => label.includes(fields[0])))
    keys.push({ dimension: "industry", key: fields[0], from: "title" });
  return keys;
}

/**
 * Drops the title's field from tables when no table of the workbook is wider (every table names the
 * same field): the field is then what the whole workbook counts, not a part of it.
 *
 * @param tables every table of the workbook
 * @returns the tables, a field kept only where another table lacks it
 * @example fieldsBesideAWhole([trafficOnly]) // its scope without 道路交通
 */
export function fieldsBesideAWhole(tables: readonly TableModel[]): TableModel[] {
  const fieldOf = (t: TableModel) => t.scope?.find((k) => k.from === "title" && k.dimension === "industry")?.key;
  return tables.map((t) => {
    const field = fieldOf(t);
    if (field === undefined || tables.some((other) => other !== t && fieldOf(other) !== field)) return t;
    const scope = t.scope!.filter((k) => !(k.from === "title" && k.dimension === "industry"));
    const { scope: _dropped, ...rest } = t;
    return scope.length ? { ...rest, scope } : rest;
  });
}
