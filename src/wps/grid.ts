/**
 * What a block read through ET gives back, as the rows of plain values the core reads. WPS
 * returns one cell's Value2 as a scalar and a block's as rows of values — or, on some builds, as a
 * wrapper with a 1-based Item(r, c); blanks may come back as undefined or null (COM's Empty) and
 * error cells as COM error numbers (VBA's CVErr). Each of these becomes what Office.js gives:
 * "" for a blank and "#N/A" etc. for an error.
 */

/** Excel's error texts by COM error number (HRESULT 0x800A07D0 + the error's code). */
export const COM_ERROR_TEXT: Readonly<Record<number, string>> = {
  [-2146826288]: "#NULL!",
  [-2146826281]: "#DIV/0!",
  [-2146826273]: "#VALUE!",
  [-2146826265]: "#REF!",
  [-2146826259]: "#NAME?",
  [-2146826252]: "#NUM!",
  [-2146826246]: "#N/A",
};

/**
 * One cell's value as the core reads it.
 *
 * @param value what ET gave
 * @returns "" for a blank, the error's text for a COM error number, the value otherwise
 * @example plainValue(-2146826246) // "#N/A"
 */
export function plainValue(value: unknown): unknown {
  if (value === undefined || value === null) return "";
  if (typeof value === "number" && COM_ERROR_TEXT[value] !== undefined) return COM_ERROR_TEXT[value];
  return value;
}

/** A block read wrapped by WPS: a 1-based Item(r, c). */
interface ItemBlock {
  Item(row: number, column?: number): unknown;
}

function isItemBlock(value: unknown): value is ItemBlock {
  return typeof value === "object" && value !== null && typeof (value as ItemBlock).Item === "function";
}

/**
 * A block read as rows × columns of plain values, whatever form WPS returned it in.
 *
 * @param value a scalar (one cell), rows of values, one row as a flat array, or an Item(r, c) wrapper
 * @param rows rows of the range read
 * @param columns columns of the range read
 * @param plain how each cell becomes a plain value
 * @returns rows of values, exactly rows × columns
 * @example toGrid([[1, undefined]], 1, 2) // [[1, ""]]
 */
export function toGrid(value: unknown, rows: number, columns: number, plain: (v: unknown) => unknown = plainValue): unknown[][] {
  const out: unknown[][] = new Array(rows);
  if (isItemBlock(value)) {
    for (let r = 0; r < rows; r++) {
      const row = (out[r] = new Array(columns));
      for (let c = 0; c < columns; c++) row[c] = plain(value.Item(r + 1, c + 1));
    }
    return out;
  }
  if (!Array.isArray(value)) {
    // One cell: a scalar. A scalar for a larger block would be a host error; fill nothing but it.
    for (let r = 0; r < rows; r++) out[r] = new Array(columns).fill("");
    if (rows > 0 && columns > 0) out[0][0] = plain(value);
    return out;
  }
  const flat = rows === 1 && value.length === columns && !value.some(Array.isArray);
  for (let r = 0; r < rows; r++) {
    const source = flat ? value : value[r];
    const row = (out[r] = new Array(columns));
    for (let c = 0; c < columns; c++) row[c] = plain(Array.isArray(source) ? source[c] : undefined);
  }
  return out;
}

/**
 * A Formula block as Office.js's `formulas` gives it: the formula where a cell has one, the value
 * (already read) where it has none — ET gives a constant's text instead.
 *
 * @param formulas the Formula block, as rows
 * @param values the Value2 block read for the same range, as plain rows
 * @returns rows of formulas and values
 */
export function formulaGrid(formulas: unknown[][], values: unknown[][]): unknown[][] {
  return formulas.map((row, r) => row.map((f, c) => (typeof f === "string" && f.startsWith("=") && f.length > 1 ? f : values[r][c])));
}
