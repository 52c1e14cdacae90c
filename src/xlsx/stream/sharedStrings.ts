/**
 * The shared-string table, read straight from its inflated bytes: the text of each `<si>` (runs
 * joined, phonetic guides left out), refusing once it passes the strings limit. Each string is
 * decoded once here; every cell that uses it gets the same string.
 */
import type { XlsxPackage } from "../package/openPackage";
import { refuse } from "../package/limits";
import { ChunkFeeder, GT, isCdata, isName, localNameAt, LT, markupEnd, SLASH, textOf, XmlShape, type ByteScan } from "./byteXml";

/** A scanner of the shared-strings part: calls `onString` with the text of each `<si>`. */
export function stringsScanner(onString: (text: string) => void, part = "xl/sharedStrings.xml"): ByteScan {
  const shape = new XmlShape(part);
  let inItem = false;
  let inText = false;
  let phonetic = 0;
  let current = "";
  // Text of one <t> cut by a chunk boundary: its bytes joined, decoded at </t>.
  let pending: Uint8Array | undefined;
  const flush = (): void => {
    if (pending) current += textOf(pending, 0, pending.length);
    pending = undefined;
  };
  const add = (b: Uint8Array, s: number, e: number, last: boolean): void => {
    if (last && !pending) {
      current += textOf(b, s, e);
      return;
    }
    const before = pending ?? new Uint8Array(0);
    const joined = new Uint8Array(before.length + e - s);
    joined.set(before);
    joined.set(b.subarray(s, e), before.length);
    pending = joined;
    if (last) flush();
  };
  return (b, start, final) => {
    const n = b.length;
    let i = start;
    while (i < n) {
      // A short loop finds the next "<" sooner than indexOf (a call per tag; the texts are short).
      let lt = i;
      while (lt < n && b[lt] !== LT) lt++;
      if (lt === n) lt = -1;
      const textEnd = lt < 0 ? n : lt;
      if (inText && textEnd > i) add(b, i, textEnd, lt >= 0);
      if (lt < 0) return n;
      // The usual item, <si><t>text</t></si>, read in one step.
      if (!inItem && phonetic === 0) {
        const end = plainItemAt(b, lt, n);
        if (end > 0) {
          shape.open(false);
          shape.open(false);
          shape.close();
          shape.close();
          onString(textOf(b, lt + 7, end - 9));
          i = end;
          continue;
        }
      }
      const end = markupEnd(b, lt, n);
      if (end < 0) {
        if (final) shape.cutShort();
        return lt;
      }
      const closing = b[lt + 1] === SLASH;
      if (b[lt + 1] === 0x21 /* ! */) {
        if (!isCdata(b, lt)) shape.declaration(b, lt);
        else if (inText) {
          flush();
          current += textOf(b, lt + 9, end - 3, true);
        }
      } else if (b[lt + 1] !== 0x3f /* ? */) {
        const [ns, ne] = localNameAt(b, closing ? lt + 2 : lt + 1, end);
        const selfClosing = !closing && b[end - 2] === SLASH;
        if (closing) shape.close();
        else shape.open(selfClosing);
        if (isName(b, ns, ne, "si")) {
          if (closing || selfClosing) {
            flush();
            onString(inItem || selfClosing ? current : "");
            inItem = false;
            current = "";
          } else {
            inItem = true;
            current = "";
          }
        } else if (isName(b, ns, ne, "t")) {
          if (closing) flush();
          inText = !closing && !selfClosing && inItem && phonetic === 0;
        } else if (isName(b, ns, ne, "rPh")) {
          if (closing) phonetic = Math.max(0, phonetic - 1);
          else if (!selfClosing) phonetic++;
        }
      }
      i = end;
    }
    if (final) shape.end();
    return n;
  };
}

const ITEM_OPEN = [LT, 0x73, 0x69, GT, LT, 0x74, GT]; // <si><t>
const ITEM_CLOSE = [LT, SLASH, 0x74, GT, LT, SLASH, 0x73, 0x69, GT]; // </t></si>

/**
 * Where the usual shared string `<si><t>text</t></si>` that starts at `at` ends (the index past
 * `</si>`), or -1 when the item is written any other way or the bytes end first (the general path
 * reads it): its text holds no markup, so it is the bytes between the tags.
 */
function plainItemAt(b: Uint8Array, at: number, n: number): number {
  if (at + 7 > n) return -1;
  for (let k = 0; k < 7; k++) if (b[at + k] !== ITEM_OPEN[k]) return -1;
  let j = at + 7;
  while (j < n && b[j] !== LT) j++;
  if (j + 9 > n) return -1;
  for (let k = 0; k < 9; k++) if (b[j + k] !== ITEM_CLOSE[k]) return -1;
  return j + 9;
}

/**
 * Reads the shared strings.
 *
 * @param pkg the package
 * @param part the shared-strings part, or undefined when there is none
 * @returns the strings in index order
 */
export async function readSharedStrings(pkg: XlsxPackage, part: string | undefined): Promise<string[]> {
  if (!part || !pkg.has(part)) return [];
  const strings: string[] = [];
  const limit = pkg.limits.maxStrings;
  const feeder = new ChunkFeeder(
    stringsScanner((text) => {
      strings.push(text);
      if (strings.length > limit) throw refuse.tooManyStrings(strings.length, limit);
    }, part),
    part,
  );
  await pkg.stream(part, (chunk) => feeder.push(chunk));
  feeder.end();
  return strings;
}
