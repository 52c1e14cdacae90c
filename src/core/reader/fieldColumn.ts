/**
 * 领域 | 指标 | 单位 | 2025年一季度: a table keyed by indicator whose first column says which field
 * each row belongs to (安全生产 down six rows, then 自然灾害). The 指标 column names the rows; the
 * field column is the rows' category, and it decides the words both fields use: 死亡人数 and
 * 直接经济损失 under 自然灾害 are the disaster's (domainAliases), under 安全生产 the accidents'.
 * Without this rule the field column, first and headed like a key, keyed the table as "industry"
 * and nothing was read.
 */
import { cleanHeader, headerCore } from "../registry/headerText";
import { matchIndicator } from "../registry/matchIndicator";
import type { DraftColumn } from "./headerColumns";
import type { IndicatorDomain } from "./model";
import type { SheetGrid } from "./sheetGrid";
import { titleDomain } from "../registry/titleDomain";

const INDICATOR_HEADER = /^(指标|指标名称|统计指标|项目)$/;
/** How many body rows are looked at: enough to tell, and linear in the table's width. */
const SAMPLE = 40;

function cells(grid: SheetGrid, column: number, firstBody: number, lastBody: number): string[] {
  const out: string[] = [];
  for (let r = firstBody; r <= Math.min(lastBody, firstBody + SAMPLE - 1); r++) out.push(cleanHeader(grid.value(r, column)));
  return out;
}

/**
 * The field column and the indicator column of such a table, the field column made the rows'
 * category: a key column headed 指标 (or 项目) whose cells mostly name indicators, after a key column
 * whose cells repeat (each value over two rows or more on average).
 *
 * @param grid the sheet
 * @param drafts the columns as described (the field column's role becomes "category")
 * @param firstBody the first body row
 * @param lastBody the last row of the sheet
 * @returns the indicator column (the table's key), or undefined when the table is not of this shape
 * @example indicatorKeyAfterField(grid, drafts, 2, 13)?.column // 1 for 领域 | 指标 | 单位 | 2025年一季度
 */
export function indicatorKeyAfterField(grid: SheetGrid, drafts: DraftColumn[], firstBody: number, lastBody: number): DraftColumn | undefined {
  const keys = drafts.filter((d) => d.role === "key");
  const key = keys.find((d) => INDICATOR_HEADER.test(headerCore(d.path[d.path.length - 1] ?? "")));
  if (!key) return undefined;
  const field = keys.find((d) => d.column < key.column && !INDICATOR_HEADER.test(headerCore(d.path[d.path.length - 1] ?? "")));
  if (!field) return undefined;
  const names = cells(grid, key.column, firstBody, lastBody).filter((t) => t !== "");
  const fields = cells(grid, field.column, firstBody, lastBody).filter((t) => t !== "");
  if (names.length < 2 || fields.length === 0) return undefined;
  if (names.filter((t) => matchIndicator(t)).length * 2 < names.length) return undefined;
  if (new Set(fields).size * 2 > fields.length) return undefined;
  field.role = "category";
  return key;
}

/**
 * The field a row's category names (安全生产 → accidents, 自然灾害 → disasters), for the words both fields use.
 *
 * @param category the category cell as cleaned
 * @returns the domain, or undefined
 * @example fieldDomain("安全生产") // "accident"
 */
export function fieldDomain(category: string | undefined): IndicatorDomain | undefined {
  if (!category) return undefined;
  return titleDomain(category) ?? (/安全生产|生产安全/.test(category) ? "accident" : undefined);
}
