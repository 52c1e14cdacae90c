/**
 * Cell helpers shared by the sections: number formats, section headings and header rows, and the
 * 本期 | 去年同期 | 增减 | 增减幅度 block written as live formulas with their computed results.
 */
import { cellAddress } from "../model/address";
import { exactDiff } from "../numbers/decimal";
import type { IndicatorPair } from "./facts";
import type { SummaryOptions } from "./options";
import { changePercentFormat } from "./precision";
import { DASH, type SheetBuilder } from "./sheetBuilder";

const NUMBERS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"];

/** The number format for a figure in this unit (two decimals for money, areas and rates). */
export function numberFormatFor(unit: string): string {
  // Units of ten thousand or more (万间 2.7, 亿元) keep their decimals: 2.7万间 is never shown as 3.
  return /万元|公顷|亿元|万人|%|^[万亿]/.test(unit) ? "#,##0.00" : "#,##0";
}

export { percentFormat } from "./precision";

/** The number in a written cell, or null for text and blanks. */
export function numeric(x: string | number | null): number | null {
  return typeof x === "number" && Number.isFinite(x) ? x : null;
}

/** Writes 本期 alone for one pair at (row, column), for figures that compare with nothing; returns the next column. */
export function writeCurrent(b: SheetBuilder, row: number, column: number, p: IndicatorPair): number {
  b.set(row, column, { ...b.ref(p.current), numberFormat: numberFormatFor(p.unit) });
  return column + 1;
}

/** Writes 本期, 去年同期, (增减,) 增减幅度 for one pair at (row, column); returns the next column. */
export function writeComparison(b: SheetBuilder, row: number, column: number, p: IndicatorPair, o: SummaryOptions, withDelta: boolean): number {
  const format = numberFormatFor(p.unit);
  b.set(row, column, { ...b.ref(p.current), numberFormat: format });
  b.set(row, column + 1, { ...b.ref(p.previous), numberFormat: format });
  return writeChange(b, row, column, format, o, withDelta);
}

/**
 * Writes (增减,) 增减幅度 after the 本期 and 去年同期 cells at (row, column) and (row, column + 1), as
 * formulas over them with their computed results; returns the next column.
 */
export function writeChange(b: SheetBuilder, row: number, column: number, format: string, o: SummaryOptions, withDelta: boolean): number {
  const c = cellAddress(row, column);
  const q = cellAddress(row, column + 1);
  const cn = numeric(b.rows[row][column].value);
  const pn = numeric(b.rows[row][column + 1].value);
  let next = column + 2;
  if (withDelta) {
    b.set(row, next, {
      formula: `=IFERROR(${c}-${q},"${DASH}")`,
      value: cn !== null && pn !== null ? exactDiff(cn, pn) : DASH,
      numberFormat: format,
    });
    next++;
  }
  const pct = cn !== null && pn !== null && pn !== 0 ? (cn - pn) / pn : DASH;
  b.set(row, next, {
    formula: `=IFERROR(IF(${q}=0,"${DASH}",(${c}-${q})/${q}),"${DASH}")`,
    value: pct,
    // The decimals the 综述 writes for this change (precision.ts: one rule for text and table).
    numberFormat: changePercentFormat(cn, pn, o),
  });
  return next + 1;
}

/** Writes a numbered section heading (一、… or 1. …) below what is there; returns its row. */
export function heading(b: SheetBuilder, index: number, text: string, width: number, o: SummaryOptions): number {
  const row = b.next + (b.next > 0 ? 1 : 0);
  b.set(row, 0, {
    value: o.language === "zh" ? `${NUMBERS[index] ?? index + 1}、${text}` : `${index + 1}. ${text}`,
  });
  b.style(row, 0, 1, width, "section");
  return row;
}

/** Writes a header row of column labels. */
export function header(b: SheetBuilder, row: number, labels: readonly string[]): void {
  labels.forEach((l, j) => b.set(row, j, { value: l }));
  b.style(row, 0, 1, labels.length, "header");
}

/**
 * The number format of a 核对 figure (填报值, 复核值): a whole number without a decimal point ("0.##"
 * showed 95 as "95."), others to two decimals at most.
 *
 * @param value the stated or recomputed figure, or the dash when there is none
 * @returns the format
 * @example findingFigureFormat(95) // "#,##0"
 * @example findingFigureFormat(89.58) // "#,##0.##"
 */
export function findingFigureFormat(value: number | string | null): string {
  return typeof value === "number" && !Number.isInteger(Math.round(value * 100) / 100) ? "#,##0.##" : "#,##0";
}
