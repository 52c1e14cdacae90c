/**
 * The usual `<row r="2" spans="1:15" x14ac:dyDescent="0.25">` read in one pass, for the worksheet
 * scanner's fast path (sheetScanner.ts): the row's number and whether it is hidden, every other
 * attribute stepped over. A ledger has a row tag for every record; read through the general path
 * (markupEnd, localNameAt, eachAttribute) they cost about a third of the scanner's time.
 * Attributes are read as eachAttribute reads them (local names; `r` as digits, or as written).
 */
import { APOS, COLON, digitsAt, EQUALS, GT, isName, QUOTE, SLASH, textOf } from "./byteXml";

/** What a `<row>` tag says; one object reused from row to row. */
export interface RowTag {
  /** `r` − 1 from its digits (below 0 when it is not plain digits, or absent: -1). */
  index: number;
  hidden: boolean;
  /** `r` as written when it is not plain digits. */
  written: string | undefined;
  selfClosing: boolean;
}

/** A row tag with nothing read yet. */
export function emptyRowTag(): RowTag {
  return { index: -1, hidden: false, written: undefined, selfClosing: false };
}

/**
 * Reads a row tag from just after `<row`.
 *
 * @param row where the tag's values go
 * @returns the index past its `>`, -1 when the bytes end first, -2 when it needs the general path
 *   (an attribute not written name="value" or name='value')
 */
export function rowTagAt(b: Uint8Array, from: number, n: number, row: RowTag): number {
  row.index = -1;
  row.hidden = false;
  row.written = undefined;
  let j = from;
  for (;;) {
    while (j < n && b[j] <= 0x20) j++;
    if (j >= n) return -1;
    const c = b[j];
    if (c === GT || c === SLASH) {
      if (c === GT) {
        row.selfClosing = false;
        return j + 1;
      }
      if (j + 1 >= n) return -1;
      if (b[j + 1] !== GT) return -2;
      row.selfClosing = true;
      return j + 2;
    }
    let ns = j;
    while (j < n && b[j] !== EQUALS && b[j] > 0x20 && b[j] !== GT && b[j] !== SLASH) {
      if (b[j] === COLON) ns = j + 1;
      j++;
    }
    if (j + 1 >= n) return -1;
    const ne = j;
    const quote = b[j + 1];
    if (b[j] !== EQUALS || (quote !== QUOTE && quote !== APOS)) return -2;
    const vs = j + 2;
    j = vs;
    while (j < n && b[j] !== quote) j++;
    if (j >= n) return -1;
    if (ne - ns === 1 && b[ns] === 0x72 /* r */) {
      row.index = digitsAt(b, vs, j) - 1;
      if (row.index < 0) row.written = textOf(b, vs, j);
    } else if (isName(b, ns, ne, "hidden")) row.hidden = isName(b, vs, j, "1") || isName(b, vs, j, "true");
    j++;
  }
}
