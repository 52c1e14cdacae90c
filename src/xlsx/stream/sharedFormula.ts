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

type Piece =
  string | { readonly colAbs: string; readonly col: string; readonly column: number; readonly rowAbs: string; readonly row: string; readonly index: number };

/**
 * A formula read once into its text and its references, so that moving it to each cell of a
 * shared range costs a join rather than a scan of the whole text (a formula of 8,000 characters
 * shared over thousands of cells took seconds per thousand cells when scanned each time).
 *
 * @param formula the master cell's formula, without "="
 * @returns a function that moves it by rows and columns, as shiftFormula does
 * @example formulaShifter("B2+C2")(1, 0) // "B3+C3"
 */
export function formulaShifter(formula: string): (rows: number, columns: number) => string {
  const pieces: Piece[] = [];
  let last = 0;
  for (const m of formula.matchAll(REF)) {
    const [whole, literal, sheet, colAbs, col, rowAbs, row] = m;
    if (literal || sheet) continue;
    pieces.push(formula.slice(last, m.index), { colAbs, col, column: columnNumber(col), rowAbs, row, index: Number(row) });
    last = (m.index ?? 0) + whole.length;
  }
  pieces.push(formula.slice(last));
  return (rows, columns) => {
    if (rows === 0 && columns === 0) return formula;
    // One join, not a concatenation per piece: thousands of pieces per cell made ropes for the GC.
    const out = new Array<string>(pieces.length);
    for (let i = 0; i < pieces.length; i++) {
      const p = pieces[i];
      if (typeof p === "string") out[i] = p;
      else {
        const column = p.colAbs || columns === 0 ? p.col : columnName(p.column + columns);
        out[i] = p.colAbs + column + p.rowAbs + (p.rowAbs ? p.row : String(p.index + rows));
      }
    }
    return out.join("");
  };
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
  return formulaShifter(formula)(rows, columns);
}
