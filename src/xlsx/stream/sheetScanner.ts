/**
 * The worksheet part read as cells straight from its inflated bytes: rows (with `r` and
 * `hidden`), cells (reference, type, style, value, formula), merged areas and column widths.
 * Everything else in the part is stepped over. A general XML parser cost twice the time of
 * inflating the part; this reads the few elements a grid needs and decodes only their text (a
 * shared-string index or a plain number is read from the digits themselves).
 */
import {
  AMP,
  APOS,
  COLON,
  digitsAt,
  eachAttribute,
  EQUALS,
  GT,
  isCdata,
  isName,
  localNameAt,
  LT,
  markupEnd,
  plainNumberAt,
  QUOTE,
  SLASH,
  textOf,
  XmlShape,
  type ByteScan,
} from "./byteXml";
import { ElementText } from "./elementText";
import { emptyRowTag, rowTagAt } from "./rowTag";
import { cellAttribute, clearCell, emptyCell, plainRefAt, plainStyleAt, plainTypeAt, type ScannedCell } from "./scannedCell";

export type { CellType, ScannedCell } from "./scannedCell";

/** What the scanner reports. */
export interface SheetTokens {
  /**
   * A `<row>`: its 0-based index from `r` (-1 when absent), whether it is hidden, and `r` as
   * written when it is not plain digits (the reader's bound decides what it is).
   */
  row(index: number, hidden: boolean, written?: string): void;
  /** The end of a row. */
  rowEnd(): void;
  cell(cell: ScannedCell): void;
  /** A `<mergeCell ref>`. */
  merge(ref: string): void;
  /** A `<col>`: its min, max (1-based) and width attributes as written. */
  column(min: string | undefined, max: string | undefined, width: string | undefined): void;
}

/** Where the text of the element being read goes. */
const enum Collect {
  None,
  Value,
  Formula,
  Inline,
}

/**
 * A scanner of a worksheet part for {@link ChunkFeeder}.
 *
 * @param tokens what to call with rows, cells, merges and column widths
 * @returns the scan function
 */
export function sheetScanner(tokens: SheetTokens, part: string): ByteScan {
  const shape = new XmlShape(part);
  // The text of the element being read.
  const text = new ElementText();
  let collect = Collect.None;
  let inInline = false;
  let phonetic = 0;
  const cell = emptyCell();
  const rowTag = emptyRowTag();

  /** At `</v>`: the digits of a number or shared-string index read as they are, any other value decoded. */
  const finishValue = (): void => {
    cell.number = cell.type === "n" || cell.type === "s" ? text.plainNumber() : NaN;
    cell.text = Number.isNaN(cell.number) ? text.text() : undefined;
    text.reset();
  };

  const startCell = (): void => {
    clearCell(cell);
    text.reset();
  };

  /**
   * The common `<c r="B2" s="1" t="s">` read in one pass from just after `<c`: the index past its
   * `>`, -1 when the chunk ends first, -2 when it needs the general path (a prefixed attribute
   * that matters, a quote missing).
   */
  const fastCellOpen = (b: Uint8Array, from: number, n: number): number => {
    startCell();
    let j = from;
    for (;;) {
      while (j < n && b[j] <= 0x20) j++;
      if (j >= n) return -1;
      const c = b[j];
      if (c === GT) {
        shape.open(false);
        return j + 1;
      }
      if (c === SLASH) {
        if (j + 1 >= n) return -1;
        if (b[j + 1] !== GT) return -2;
        shape.open(true);
        tokens.cell(cell);
        return j + 2;
      }
      // The usual r="B2", s="3" and t="s", written name="value", read as their bytes go by; anything else as below.
      if (j + 3 < n && b[j + 1] === EQUALS && b[j + 2] === QUOTE) {
        const at = j + 3;
        const close =
          c === 0x72 /* r */
            ? plainRefAt(b, at, n, cell)
            : c === 0x73 /* s */
              ? plainStyleAt(b, at, n, cell)
              : c === 0x74 /* t */
                ? plainTypeAt(b, at, n, cell)
                : -2;
        if (close === -1) return -1;
        if (close >= 0) {
          j = close + 1;
          continue;
        }
      }
      const ns = j;
      while (j < n && b[j] !== EQUALS && b[j] > 0x20 && b[j] !== GT && b[j] !== COLON) j++;
      if (j >= n) return -1;
      if (b[j] === COLON) return -2;
      const ne = j;
      while (j < n && b[j] <= 0x20) j++;
      if (j >= n) return -1;
      if (b[j] !== EQUALS) return -2;
      j++;
      while (j < n && b[j] <= 0x20) j++;
      if (j >= n) return -1;
      const quote = b[j];
      if (quote !== QUOTE && quote !== APOS) return -2;
      const vs = j + 1;
      j = vs;
      while (j < n && b[j] !== quote) j++;
      if (j >= n) return -1;
      if (ne - ns === 1) cellAttribute(cell, b, b[ns], vs, j);
      j++;
    }
  };

  /**
   * The common `<v>digits</v>` read from just after `<v>`: the index past `</v>`, or -1 when it
   * needs the general path (an entity, CDATA, the chunk ending).
   */
  const fastValue = (b: Uint8Array, from: number, n: number): number => {
    let j = from;
    while (j < n && b[j] !== LT && b[j] !== AMP) j++;
    if (j + 3 >= n || b[j] !== LT || b[j + 1] !== SLASH || b[j + 2] !== 0x76 || b[j + 3] !== GT) return -1;
    cell.hasValue = true;
    const plain = cell.type === "n" || cell.type === "s";
    cell.number = plain ? plainNumberAt(b, from, j) : NaN;
    cell.text = Number.isNaN(cell.number) ? textOf(b, from, j) : undefined;
    return j + 4;
  };

  /**
   * The usual body of a cell, `<v>…</v></c>`, read from just after the cell's `>` without going
   * round the main loop for each tag: the index past what it read (past `</c>` when the cell was
   * reported), or `from` when the body takes the general path.
   */
  const fastCellBody = (b: Uint8Array, from: number, n: number): number => {
    if (from + 2 >= n || b[from] !== LT || b[from + 1] !== 0x76 /* v */ || b[from + 2] !== GT) return from;
    const end = fastValue(b, from + 3, n);
    if (end < 0) return from;
    if (end + 3 >= n || b[end] !== LT || b[end + 1] !== SLASH || b[end + 2] !== 0x63 /* c */ || b[end + 3] !== GT) return end;
    shape.close();
    tokens.cell(cell);
    text.reset();
    return end + 4;
  };

  const openTag = (b: Uint8Array, from: number, end: number): void => {
    const selfClosing = b[end - 2] === SLASH;
    shape.open(selfClosing);
    const [ns, ne] = localNameAt(b, from, end);
    const length = ne - ns;
    const first = b[ns];
    if (length === 1 && first === 0x63 /* c */) {
      startCell();
      eachAttribute(b, ne, end, (as, ae, vs, ve) => {
        if (ae - as === 1) cellAttribute(cell, b, b[as], vs, ve);
      });
      if (selfClosing) tokens.cell(cell);
    } else if (length === 1 && first === 0x76 /* v */) {
      text.reset();
      cell.hasValue = true;
      if (selfClosing) {
        cell.number = NaN;
        cell.text = "";
      } else collect = Collect.Value;
    } else if (length === 1 && first === 0x66 /* f */) {
      cell.formula = "";
      let shared = false;
      let group: string | undefined;
      eachAttribute(b, ne, end, (as, ae, vs, ve) => {
        if (isName(b, as, ae, "t")) shared = isName(b, vs, ve, "shared");
        else if (isName(b, as, ae, "si")) group = textOf(b, vs, ve);
      });
      cell.sharedIndex = shared ? group : undefined;
      if (!selfClosing) {
        text.reset();
        collect = Collect.Formula;
      }
    } else if (length === 1 && first === 0x74 /* t */) {
      if (inInline && phonetic === 0 && !selfClosing) collect = Collect.Inline;
    } else if (length === 3 && isName(b, ns, ne, "row")) {
      let index = -1;
      let hidden = false;
      let written: string | undefined;
      eachAttribute(b, ne, end, (as, ae, vs, ve) => {
        if (ae - as === 1 && b[as] === 0x72) {
          index = digitsAt(b, vs, ve) - 1;
          if (index < 0) written = textOf(b, vs, ve);
        } else if (isName(b, as, ae, "hidden")) hidden = isName(b, vs, ve, "1") || isName(b, vs, ve, "true");
      });
      tokens.row(index < 0 ? -1 : index, hidden, written);
      if (selfClosing) tokens.rowEnd();
    } else if (length === 2 && isName(b, ns, ne, "is")) {
      text.reset();
      cell.hasValue = true;
      cell.number = NaN;
      cell.text = "";
      inInline = !selfClosing;
    } else if (length === 3 && isName(b, ns, ne, "rPh")) {
      if (!selfClosing) phonetic++;
    } else if (length === 9 && isName(b, ns, ne, "mergeCell")) {
      eachAttribute(b, ne, end, (as, ae, vs, ve) => {
        if (isName(b, as, ae, "ref")) tokens.merge(textOf(b, vs, ve));
      });
    } else if (length === 3 && isName(b, ns, ne, "col")) {
      let min: string | undefined;
      let max: string | undefined;
      let width: string | undefined;
      eachAttribute(b, ne, end, (as, ae, vs, ve) => {
        if (isName(b, as, ae, "min")) min = textOf(b, vs, ve);
        else if (isName(b, as, ae, "max")) max = textOf(b, vs, ve);
        else if (isName(b, as, ae, "width")) width = textOf(b, vs, ve);
      });
      tokens.column(min, max, width);
    }
  };

  const closeTag = (b: Uint8Array, from: number, end: number): void => {
    shape.close();
    const [ns, ne] = localNameAt(b, from, end);
    const length = ne - ns;
    const first = b[ns];
    if (length === 1 && first === 0x76 /* v */) {
      finishValue();
      collect = Collect.None;
    } else if (length === 1 && first === 0x63 /* c */) {
      tokens.cell(cell);
      text.reset();
      collect = Collect.None;
    } else if (length === 1 && first === 0x66 /* f */) {
      if (collect === Collect.Formula) {
        cell.formula = text.text();
        text.reset();
      }
      collect = Collect.None;
    } else if (length === 1 && first === 0x74 /* t */) {
      if (collect === Collect.Inline) collect = Collect.None;
    } else if (length === 3 && isName(b, ns, ne, "row")) tokens.rowEnd();
    else if (length === 2 && isName(b, ns, ne, "is")) {
      cell.text = text.text();
      text.reset();
      inInline = false;
      collect = Collect.None;
    } else if (length === 3 && isName(b, ns, ne, "rPh")) phonetic = Math.max(0, phonetic - 1);
  };

  return (b, start, final) => {
    const n = b.length;
    let i = start;
    while (i < n) {
      // Tags mostly follow one another: a short loop finds the next "<" sooner than indexOf.
      let lt = i;
      while (lt < n && b[lt] !== LT) lt++;
      if (lt === n) lt = -1;
      const textEnd = lt < 0 ? n : lt;
      // Text of a collecting element; an inline string's text under a phonetic guide is not the cell's.
      if (collect !== Collect.None && textEnd > i && !(collect === Collect.Inline && phonetic > 0)) text.add(b, i, textEnd);
      if (lt < 0) return n;
      // The few tags of almost every cell first, without the general path's steps.
      const second = b[lt + 1];
      if (collect === Collect.None && lt + 3 < n) {
        const third = b[lt + 2];
        if (second === 0x63 /* c */ && (third <= 0x20 || third === GT || third === SLASH)) {
          const end = fastCellOpen(b, lt + 2, n);
          if (end === -1 && !final) return lt;
          if (end >= 0) {
            i = b[end - 2] === SLASH ? end : fastCellBody(b, end, n);
            continue;
          }
        } else if (second === 0x76 /* v */ && third === GT) {
          const end = fastValue(b, lt + 3, n);
          if (end >= 0) {
            i = end;
            continue;
          }
        } else if (second === SLASH && third === 0x63 /* c */ && b[lt + 3] === GT) {
          shape.close();
          tokens.cell(cell);
          text.reset();
          i = lt + 4;
          continue;
        } else if (second === 0x72 /* r */ && third === 0x6f /* o */ && b[lt + 3] === 0x77 /* w */ && lt + 4 < n) {
          const after = b[lt + 4];
          const end = after <= 0x20 || after === GT || after === SLASH ? rowTagAt(b, lt + 4, n, rowTag) : -2;
          if (end === -1 && !final) return lt;
          if (end >= 0) {
            shape.open(rowTag.selfClosing);
            tokens.row(rowTag.index < 0 ? -1 : rowTag.index, rowTag.hidden, rowTag.written);
            if (rowTag.selfClosing) tokens.rowEnd();
            i = end;
            continue;
          }
        } else if (second === SLASH && third === 0x72 /* r */ && lt + 5 < n && b[lt + 3] === 0x6f && b[lt + 4] === 0x77 && b[lt + 5] === GT) {
          shape.close();
          tokens.rowEnd();
          i = lt + 6;
          continue;
        }
      }
      const end = markupEnd(b, lt, n);
      if (end < 0) {
        if (final) shape.cutShort();
        return lt;
      }
      if (second === SLASH) closeTag(b, lt + 2, end);
      else if (second === 0x21 /* ! */) {
        if (isCdata(b, lt)) {
          if (collect !== Collect.None) text.addLiteral(textOf(b, lt + 9, end - 3, true));
        } else shape.declaration(b, lt);
      } else if (second !== 0x3f /* ? */) openTag(b, lt + 1, end);
      i = end;
    }
    if (final) shape.end();
    return n;
  };
}
