/**
 * The A1 references inside a formula, found once for every reader of formulas: the report follows
 * them to their sources (src/core/report/sheetRanges.ts), and the printed summary moves the
 * sheet's own references when it inserts a table's header rows above a page (summary/headerCopies.ts).
 */
import { parseCellAddress } from "./address";

/** A cell: "B5", "$B$5". */
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;

/**
 * A cell or range with its sheet ('quoted' or a bare name: groups 1–2, cells 3–4), or without one
 * (cells 5–6); never a function name such as LOG10( . Global: use it with matchAll or replace.
 */
export const FORMULA_REFERENCE = new RegExp(
  String.raw`(?:'((?:[^']|'')+)'|([\w.\u3400-\u9fff]+))!(${CELL})(?::(${CELL}))?(?![\w(])|(?<![\w'!$.])(${CELL})(?::(${CELL}))?(?![\w(!])`,
  "g",
);

/** String literals, whose text is never a reference. */
const STRING_LITERAL = /"(?:[^"]|"")*"/g;

/**
 * A formula with its string literals emptied, so references can be looked for without finding one in a text.
 *
 * @param formula the formula
 * @returns the formula with each literal as ""
 * @example withoutStrings('=IF(B5="A1",1,0)') // '=IF(B5="",1,0)'
 */
export function withoutStrings(formula: string): string {
  return formula.replace(STRING_LITERAL, '""');
}

/**
 * Moves the references to the formula's own sheet (those without a sheet name) that point into the
 * first `columns` columns to the rows `rowOf` gives: what Excel does to a formula when cells there
 * are inserted and the cells below shift down. References to other sheets and the texts of string
 * literals are left as they are. The printed summary moves each formula once, with every inserted
 * header copy counted in `rowOf` (summary/headerCopies.ts).
 *
 * @param formula the formula ("=IFERROR((B41-C41)/C41,"—")")
 * @param columns the 0-based columns before this one move
 * @param rowOf the 0-based row a 0-based row moves to
 * @returns the formula with its references moved
 * @example moveLocalRows("=SUM(B5:B60)+'表'!B50", 10, (r) => (r >= 39 ? r + 2 : r)) // "=SUM(B5:B62)+'表'!B50"
 */
export function moveLocalRows(formula: string, columns: number, rowOf: (row: number) => number): string {
  const moveCell = (cell: string): string => {
    const parsed = parseCellAddress(cell);
    if (!parsed || parsed.column >= columns) return cell;
    const row = rowOf(parsed.row);
    if (row === parsed.row) return cell;
    const [, column, dollar] = /^(\$?[A-Za-z]{1,3})(\$?)/.exec(cell)!;
    return `${column}${dollar}${row + 1}`;
  };
  const moveCode = (code: string) =>
    code.replace(FORMULA_REFERENCE, (match, _quoted, _bare, qualifiedFirst: string | undefined, _q2, first: string | undefined, second: string | undefined) =>
      qualifiedFirst !== undefined || first === undefined ? match : second ? `${moveCell(first)}:${moveCell(second)}` : moveCell(first),
    );
  // Literals are kept; only the code between them moves.
  let out = "";
  let last = 0;
  for (const m of formula.matchAll(STRING_LITERAL)) {
    out += moveCode(formula.slice(last, m.index)) + m[0];
    last = m.index! + m[0].length;
  }
  return out + moveCode(formula.slice(last));
}
