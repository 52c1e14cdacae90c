/**
 * Shared formulas: Excel stores `B2+C2` once on the first cell and only a reference on the
 * others; each of them means the formula moved by its offset from the first cell (relative
 * references shift, `$`-anchored parts stay).
 */

const REF = /("(?:[^"]|"")*")|('(?:[^']|'')*'!)|(?<![A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)([0-9]{1,7})(?![A-Za-z0-9_(])/g;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function columnName(n: number): string {
  let s = "";
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * Moves a formula by a number of rows and columns.
 *
 * @param formula the master cell's formula, without "="
 * @param rows rows to move down (negative: up)
 * @param columns columns to move right
 * @returns the moved formula; string literals and quoted sheet names are left alone
 * @example shiftFormula("SUM(B2:C2)*$A$1", 3, 0) // "SUM(B5:C5)*$A$1"
 */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  return formula.replace(REF, (whole, literal: string, sheet: string, colAbs: string, col: string, rowAbs: string, row: string) => {
    if (literal || sheet) return whole;
    const c = colAbs ? col : columnName(columnNumber(col) + columns);
    const r = rowAbs ? row : String(Number(row) + rows);
    return `${colAbs}${c}${rowAbs}${r}`;
  });
}
