/**
 * A1-style addresses for 0-based sheet coordinates.
 */

/**
 * The column letters of a 0-based column index.
 *
 * @param column 0 for A, 25 for Z, 26 for AA
 * @returns the letters
 * @example columnLetters(27) // "AB"
 */
export function columnLetters(column: number): string {
  let n = column + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * The A1 address of a 0-based cell.
 *
 * @param row 0-based row
 * @param column 0-based column
 * @returns e.g. "B5"
 * @example cellAddress(4, 1) // "B5"
 */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/**
 * The A1 address of a rectangle.
 *
 * @param row top row, 0-based
 * @param column left column, 0-based
 * @param rowCount rows, at least 1
 * @param columnCount columns, at least 1
 * @returns e.g. "A3:J15", or "B5" for one cell
 * @example rangeAddress(2, 0, 13, 10) // "A3:J15"
 */
export function rangeAddress(row: number, column: number, rowCount: number, columnCount: number): string {
  const start = cellAddress(row, column);
  if (rowCount === 1 && columnCount === 1) return start;
  return `${start}:${cellAddress(row + rowCount - 1, column + columnCount - 1)}`;
}

/**
 * A sheet name as a formula reference needs it. Always quoted: a bare name such as "A1"
 * or "R1C1" would read as a cell, and Excel, WPS and HyperFormula all accept quotes.
 *
 * @param name the sheet name
 * @returns 'name' with inner quotes doubled
 * @example quoteSheetName("事故分县统计") // "'事故分县统计'"
 */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * Parses an A1 cell address (no sheet) into 0-based coordinates.
 *
 * @param address e.g. "B5" or "$B$5"
 * @returns row and column, or undefined when it is not an address
 * @example parseCellAddress("B5") // { row: 4, column: 1 }
 */
export function parseCellAddress(address: string): { row: number; column: number } | undefined {
  // What /^\$?([A-Za-z]{1,3})\$?(\d+)$/ matches, read character by character: the layout passes parse
  // every merged area's corners many times over.
  const text = address.trim();
  const n = text.length;
  let i = 0;
  if (i < n && text.charCodeAt(i) === DOLLAR) i++;
  const lettersStart = i;
  let column = 0;
  for (; i < n && i - lettersStart < 4; i++) {
    const c = text.charCodeAt(i) & ~0x20; // a–z as A–Z (only those and A–Z land in A–Z)
    if (c < 0x41 || c > 0x5a) break;
    column = column * 26 + (c - 64);
  }
  const letters = i - lettersStart;
  if (letters < 1 || letters > 3) return undefined;
  if (i < n && text.charCodeAt(i) === DOLLAR) i++;
  const digitsStart = i;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return undefined;
  }
  if (i === digitsStart) return undefined;
  return { row: Number(text.slice(digitsStart)) - 1, column: column - 1 };
}

const DOLLAR = 0x24;
