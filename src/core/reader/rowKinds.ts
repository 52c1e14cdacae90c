/**
 * What each row of a sheet looks like before any table is found: blank, a title, a 填报 row,
 * a unit row, a code row (甲/乙/1/2/3…), a note (注：), a signature row, text only, or data.
 */
import { normalHeader } from "../registry/headerText";
import { isUnitRowText } from "../registry/units";
import { readCell } from "../numbers/readCell";
import { matchIndicator } from "../registry/matchIndicator";
import { changeRoleOf, parsePeriod } from "./periods";
import type { SheetGrid } from "./sheetGrid";

/** The look of one row. */
export type RowKind = "blank" | "title" | "fill" | "unit" | "code" | "note" | "signature" | "text" | "data";

const NUMBER_LIKE = /^[\s'"\u00a0\u3000]*[+\-−－]?[0-9０-９.．]/;
const NOTE = /^(注|说明|备注)[:：\d１-９.、]/;
const SIGNATURE = /(填表人|审核人|联系电话|制表人|统计人|填报人|单位负责人|负责人[:：]|审核[:：])/;
const FILL =
  /^(填报单位|填报日期|报送单位|制表单位|制表日期|统计截止|统计截至|截止日期|报送日期|填报时间|发布时间|发布日期|统计时间|统计日期|统计期间|统计时段|数据截至|截至|截止)/;
const CODE_WORDS = new Set(["甲", "乙", "丙", "丁", "戊"]);

const SECTION = /^([一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])/;
const TITLE_WORDS = /(统计表|情况表|汇总表|一览表|报表|情况统计|情况汇总)$/;

/** A lone header cell (a change or period header, an indicator) is not a title. */
function looksLikeHeader(text: string): boolean {
  if (changeRoleOf(text) || parsePeriod(text)) return true;
  const m = matchIndicator(text);
  return m !== undefined && m.confidence >= 0.7;
}

/**
 * Whether a cell value looks like a number (a number, or text starting with a digit).
 *
 * @param v a raw cell value
 * @returns true for 23, "24,101", "７３２．１６", "-50"
 * @example isNumberLike("３.0126万") // true
 */
export function isNumberLike(v: unknown): boolean {
  // The cheap test first; readCell only for text that starts like a number ("2024年1-6月" is not one).
  return typeof v === "number" || (typeof v === "string" && NUMBER_LIKE.test(v) && readCell(v).kind === "number");
}

function isCodeRow(cells: readonly unknown[]): boolean {
  if (cells.length < 3) return false;
  let words = 0;
  let expected = -1;
  for (const v of cells) {
    const t = normalHeader(v);
    if (CODE_WORDS.has(t)) {
      words++;
      continue;
    }
    if (!/^\d{1,3}$/.test(t)) return false;
    const n = Number(t);
    if (expected !== -1 && n !== expected) return false;
    expected = n + 1;
  }
  return words > 0 || normalHeader(cells[0]) === "1";
}

/**
 * Classifies one sheet row, looking at the columns from `left` to `right`.
 *
 * @param grid the sheet
 * @param row the sheet row
 * @param left first column to look at
 * @param right last column to look at
 * @returns the row's kind
 * @example rowKindOf(grid, 5, 0, 15) // "code" for 甲 | 乙 | 1 | 2 | 3 …
 */
export function rowKindOf(grid: SheetGrid, row: number, left: number, right: number): RowKind {
  const cells: unknown[] = [];
  let numbers = 0;
  let mergedWide = false;
  for (let c = left; c <= right; c++) {
    const v = grid.value(row, c);
    if (v === "" || (typeof v === "string" && v.trim() === "")) continue;
    cells.push(v);
    if (isNumberLike(v)) numbers++;
    const m = grid.mergeAt(row, c);
    if (m && m.columnCount >= 3) mergedWide = true;
  }
  if (cells.length === 0) return "blank";
  const first = normalHeader(cells[0]);
  if (NOTE.test(first)) return "note";
  if (cells.some((v) => typeof v === "string" && SIGNATURE.test(normalHeader(v)))) return "signature";
  if (cells.some((v) => typeof v === "string" && isUnitRowText(v))) return "unit";
  if (FILL.test(first) || cells.some((v) => typeof v === "string" && /^(填报单位|填报日期)/.test(normalHeader(v)))) return "fill";
  if (isCodeRow(cells)) return "code";
  if (numbers > 0) return "data";
  // A section heading (二、森林火灾, （一）4月份情况) starts a new table's title, whatever its length.
  if (cells.length === 1 && SECTION.test(first)) return "title";
  if (cells.length === 1 && (mergedWide || TITLE_WORDS.test(first) || (first.length >= 8 && !looksLikeHeader(first)))) return "title";
  return "text";
}
