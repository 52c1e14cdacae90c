/**
 * One `<c>` of a worksheet part as the byte scanner reads it (sheetScanner.ts), and the readers of
 * its attributes straight from the bytes: the A1 reference and the type letter.
 */
import { digitsAt, isName, QUOTE } from "./byteXml";

/** The cell types of `<c t="…">` the grid tells apart ("n" when absent). */
export type CellType = "n" | "s" | "str" | "inlineStr" | "b" | "e" | "other";

/** One `<c>` as read; the scanner reuses one object, so a handler copies what it keeps. */
export interface ScannedCell {
  /** 0-based, from `r`; -1 when the cell has no reference (the next column of the row). */
  row: number;
  column: number;
  type: CellType;
  style: number;
  /** Whether the cell has a `<v>` or an inline string. */
  hasValue: boolean;
  /** The value of a number or shared-string cell read from its digits (the index for "s"); NaN when it is not plain. */
  number: number;
  /** The value as text, where `number` is NaN (or the type is not "n" or "s"). */
  text: string | undefined;
  /** The formula text, undefined when the cell has none ("" for a shared formula's follower). */
  formula: string | undefined;
  /** `<f t="shared" si="…">`: the group, undefined for an ordinary formula. */
  sharedIndex: string | undefined;
}

/** A cell with nothing read yet. */
export function emptyCell(): ScannedCell {
  return { row: -1, column: -1, type: "n", style: 0, hasValue: false, number: NaN, text: undefined, formula: undefined, sharedIndex: undefined };
}

/** Makes the reused cell empty again at the next `<c>`. */
export function clearCell(cell: ScannedCell): void {
  cell.row = -1;
  cell.column = -1;
  cell.type = "n";
  cell.style = 0;
  cell.hasValue = false;
  cell.number = NaN;
  cell.text = undefined;
  cell.formula = undefined;
  cell.sharedIndex = undefined;
}

/**
 * Reads a `<c>` attribute the grid needs (r, t, s) from its name byte and value bytes [vs, ve).
 *
 * @param cell the cell being read
 * @param name the attribute's one-letter name (other names are ignored by the caller)
 */
export function cellAttribute(cell: ScannedCell, b: Uint8Array, name: number, vs: number, ve: number): void {
  if (name === 0x72 /* r */) refAt(b, vs, ve, cell);
  else if (name === 0x74 /* t */) cell.type = typeAt(b, vs, ve);
  else if (name === 0x73 /* s */) cell.style = digitsAt(b, vs, ve);
}

/** Sets the cell's 0-based row and column from an A1 reference in bytes [s, e) ("$" allowed); leaves them when it is not one. */
function refAt(b: Uint8Array, s: number, e: number, cell: ScannedCell): void {
  let i = s;
  if (b[i] === 0x24) i++;
  let column = 0;
  for (; i < e; i++) {
    const c = b[i];
    if (c >= 65 && c <= 90) column = column * 26 + c - 64;
    else break;
  }
  if (b[i] === 0x24) i++;
  const row = digitsAt(b, i, e);
  if (column === 0 || row <= 0) return;
  cell.row = row - 1;
  cell.column = column - 1;
}

function typeAt(b: Uint8Array, s: number, e: number): CellType {
  if (e - s === 1) {
    const c = b[s];
    return c === 0x73 ? "s" : c === 0x6e ? "n" : c === 0x62 ? "b" : c === 0x65 ? "e" : "other";
  }
  if (isName(b, s, e, "str")) return "str";
  if (isName(b, s, e, "inlineStr")) return "inlineStr";
  return "other";
}

/*
 * The usual attributes of a cell, read from the first byte of their value in one pass (the
 * scanner's fast path). Each returns the index of the closing quote once it has set the cell, -2
 * when the value is not the plain form (the general reading, cellAttribute, decides: nothing was
 * set), and -1 when the bytes end first.
 */

/** `r="B2"`: capital letters then up to 15 digits, neither empty, the row not 0. */
export function plainRefAt(b: Uint8Array, from: number, n: number, cell: ScannedCell): number {
  let i = from;
  let column = 0;
  for (; i < n; i++) {
    const c = b[i];
    if (c >= 65 && c <= 90) column = column * 26 + c - 64;
    else break;
  }
  const digitsFrom = i;
  let row = 0;
  for (; i < n; i++) {
    const d = b[i] - 0x30;
    if (d >= 0 && d <= 9) row = row * 10 + d;
    else break;
  }
  if (i >= n) return -1;
  if (b[i] !== QUOTE || column === 0 || row === 0 || i - digitsFrom > 15) return -2;
  cell.row = row - 1;
  cell.column = column - 1;
  return i;
}

/** `s="3"`: 1 to 15 digits. */
export function plainStyleAt(b: Uint8Array, from: number, n: number, cell: ScannedCell): number {
  let i = from;
  let style = 0;
  for (; i < n; i++) {
    const d = b[i] - 0x30;
    if (d >= 0 && d <= 9) style = style * 10 + d;
    else break;
  }
  if (i >= n) return -1;
  if (b[i] !== QUOTE || i === from || i - from > 15) return -2;
  cell.style = style;
  return i;
}

/** `t="s"`, the shared-string type of most text cells (the other types take the general reading). */
export function plainTypeAt(b: Uint8Array, from: number, n: number, cell: ScannedCell): number {
  if (from + 1 >= n) return -1;
  if (b[from] !== 0x73 /* s */ || b[from + 1] !== QUOTE) return -2;
  cell.type = "s";
  return from + 1;
}
