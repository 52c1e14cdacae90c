/**
 * Reading the XML of a large part straight from its inflated bytes, for the scanners of the
 * worksheet and the shared strings: the bytes are never decoded as a whole, only the few texts a
 * cell keeps. Here: the feeder that carries an unfinished tag over to the next chunk, where a tag
 * ends, its local name, its attributes, and text as a string (UTF-8, entities decoded).
 */
import { refuse } from "../package/limits";

export const LT = 0x3c;
export const GT = 0x3e;
export const SLASH = 0x2f;
export const QUOTE = 0x22;
export const APOS = 0x27;
export const EQUALS = 0x3d;
export const COLON = 0x3a;
const BANG = 0x21;
const QUESTION = 0x3f;
export const AMP = 0x26;
const CR = 0x0d;

/** No tag of a spreadsheet part comes near this; a longer one is a broken or hostile file. */
const MAX_TAG_BYTES = 1 << 20;

/**
 * A scanner of a part: reads what it can of `bytes` from `start` and says how far it got (the
 * rest comes back with the next chunk).
 */
export type ByteScan = (bytes: Uint8Array, start: number, final: boolean) => number;

/** How much of the next chunk is joined to a carried tag to finish it (no tag of a sheet is near this long). */
const HEAD_BYTES = 4096;

/**
 * The bytes as a plain Uint8Array over the same memory. Node's inflater hands out Buffers (a
 * subclass): the scanners' loops then met two kinds of array, their own carried bytes and the
 * chunks, and were compiled for both (and Buffer's `indexOf` and `subarray` cost a call into Node
 * each time); one kind keeps them as fast as the byte scan of the floor allows (issue 28).
 */
export function plainBytes(bytes: Uint8Array): Uint8Array {
  return Object.getPrototypeOf(bytes) === Uint8Array.prototype ? bytes : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Feeds a scanner the chunks of a part. A tag cut by a chunk boundary is carried over and read
 * again with the next chunk; text is never carried (the scanners keep it as it comes), so the
 * work stays linear in the part's size.
 */
export class ChunkFeeder {
  private carry: Uint8Array | undefined;

  constructor(
    private readonly scan: ByteScan,
    private readonly part: string,
  ) {}

  push(piece: Uint8Array): void {
    const chunk = plainBytes(piece);
    let bytes = chunk;
    let start = 0;
    const carry = this.carry;
    if (carry) {
      // The carried tag is finished with the head of the chunk; the chunk itself is then read where
      // the head left off, so a chunk is never copied whole.
      const head = new Uint8Array(carry.length + Math.min(chunk.length, HEAD_BYTES));
      head.set(carry);
      head.set(chunk.subarray(0, head.length - carry.length), carry.length);
      const used = this.scan(head, 0, false);
      if (used > carry.length) start = used - carry.length;
      else {
        bytes = new Uint8Array(carry.length + chunk.length);
        bytes.set(carry);
        bytes.set(chunk, carry.length);
        start = used;
      }
    }
    const used = this.scan(bytes, start, false);
    this.carry = used < bytes.length ? bytes.slice(used) : undefined;
    if (this.carry && this.carry.length > MAX_TAG_BYTES) throw refuse.damaged(this.part, "xml");
  }

  /** The part has ended: what is carried is read as the last bytes (an unfinished tag is damage). */
  end(): void {
    this.scan(this.carry ?? new Uint8Array(0), 0, true);
    this.carry = undefined;
  }
}

/**
 * Where the markup that starts at `<` (index `at`) ends: the index just past it, or -1 when the
 * bytes end first. Quoted attribute values may hold ">"; comments, CDATA, processing instructions
 * and a DOCTYPE end at their own closers.
 */
export function markupEnd(b: Uint8Array, at: number, n: number): number {
  const c1 = b[at + 1];
  if (c1 === BANG) {
    if (b[at + 2] === 0x2d && b[at + 3] === 0x2d) return closerEnd(b, at + 4, n, "-->");
    if (b[at + 2] === 0x5b) return closerEnd(b, at + 2, n, "]]>");
  } else if (c1 === QUESTION) return closerEnd(b, at + 2, n, "?>");
  for (let i = at + 1; i < n; i++) {
    const c = b[i];
    if (c === GT) return i + 1;
    if (c === QUOTE || c === APOS) {
      const close = b.indexOf(c, i + 1);
      if (close < 0 || close >= n) return -1;
      i = close;
    }
  }
  return -1;
}

function closerEnd(b: Uint8Array, from: number, n: number, closer: string): number {
  const first = closer.charCodeAt(0);
  for (let i = b.indexOf(first, from); i >= 0 && i + closer.length <= n; i = b.indexOf(first, i + 1)) {
    let k = 1;
    while (k < closer.length && b[i + k] === closer.charCodeAt(k)) k++;
    if (k === closer.length) return i + closer.length;
  }
  return -1;
}

/** Whether the markup at `at` is a CDATA section (its text is the cell's, taken literally). */
export function isCdata(b: Uint8Array, at: number): boolean {
  return b[at + 1] === BANG && b[at + 2] === 0x5b && b[at + 3] === 0x43;
}

/**
 * The local name of a tag as [start, end) (the namespace prefix skipped): from just after `<` or
 * `</` to the first space, `/` or `>`.
 */
export function localNameAt(b: Uint8Array, from: number, end: number): [number, number] {
  let start = from;
  let i = from;
  for (; i < end; i++) {
    const c = b[i];
    if (c === COLON) start = i + 1;
    else if (c <= 0x20 || c === SLASH || c === GT) break;
  }
  return [start, i];
}

/** Whether bytes [start, end) spell an ASCII name. */
export function isName(b: Uint8Array, start: number, end: number, name: string): boolean {
  if (end - start !== name.length) return false;
  for (let k = 0; k < name.length; k++) if (b[start + k] !== name.charCodeAt(k)) return false;
  return true;
}

/**
 * Calls `onAttribute` with each attribute of a tag: its local name as [ns, ne) and its value as
 * [vs, ve), quotes excluded, entities not decoded.
 */
export function eachAttribute(b: Uint8Array, from: number, end: number, onAttribute: (ns: number, ne: number, vs: number, ve: number) => void): void {
  let i = from;
  while (i < end) {
    while (i < end && (b[i] <= 0x20 || b[i] === SLASH)) i++;
    if (i >= end || b[i] === GT) return;
    let ns = i;
    while (i < end && b[i] !== EQUALS && b[i] > 0x20 && b[i] !== GT) {
      if (b[i] === COLON) ns = i + 1;
      i++;
    }
    const ne = i;
    while (i < end && b[i] <= 0x20) i++;
    if (b[i] !== EQUALS) continue;
    i++;
    while (i < end && b[i] <= 0x20) i++;
    const quote = b[i];
    if (quote !== QUOTE && quote !== APOS) return;
    const close = b.indexOf(quote, i + 1);
    if (close < 0 || close >= end) return;
    onAttribute(ns, ne, i + 1, close);
    i = close + 1;
  }
}

/**
 * What a scanner checks of the XML's shape, as a parser would refuse it: no DOCTYPE (Excel never
 * writes one; entity declarations are how XML bombs get in), a root element, no tag left open or
 * closed twice, no tag cut off at the end. Element names are not matched pair by pair: a part cut
 * short or with a tag lost is caught by the depth, and the zip's CRC-32 catches damaged bytes.
 */
export class XmlShape {
  private depth = 0;
  private root = false;

  constructor(private readonly part: string) {}

  open(selfClosing: boolean): void {
    this.root = true;
    if (!selfClosing) this.depth++;
  }

  close(): void {
    if (--this.depth < 0) throw refuse.damaged(this.part, "xml");
  }

  /** `<!…>` that is not CDATA: a comment passes, a DOCTYPE is refused. */
  declaration(b: Uint8Array, at: number): void {
    if (b[at + 2] !== 0x2d) throw refuse.doctype(this.part);
  }

  cutShort(): never {
    throw refuse.damaged(this.part, "xml");
  }

  end(): void {
    if (this.depth !== 0 || !this.root) throw refuse.damaged(this.part, "xml");
  }
}

// ignoreBOM: each text is decoded on its own, and a cell whose text starts with U+FEFF keeps it
// (the default would drop it as if it began a document). Made on first use, so importing the
// reader (the in-memory host does) works where TextDecoder is missing until a file is read (jsdom).
let decoder: TextDecoder | undefined;

/**
 * Bytes [start, end) as a string: UTF-8, with the XML entities (&amp; &lt; &#x4E2D; …) decoded
 * unless `literal` (a CDATA section).
 */
export function textOf(b: Uint8Array, start: number, end: number, literal = false): string {
  let ascii = end - start <= 64;
  let entity = false;
  let carriageReturn = false;
  if (ascii)
    for (let i = start; i < end; i++) {
      const c = b[i];
      if (c >= 0x80) ascii = false;
      else if (c === AMP) entity = true;
      else if (c === CR) carriageReturn = true;
    }
  let text = ascii
    ? String.fromCharCode.apply(null, b.subarray(start, end) as unknown as number[])
    : (decoder ??= new TextDecoder("utf-8", { ignoreBOM: true })).decode(b.subarray(start, end));
  // XML reads a line break written as CR LF or CR as LF (before entities: &#13; stays a CR).
  if (carriageReturn || (!ascii && text.includes("\r"))) text = text.replace(/\r\n?/g, "\n");
  return !literal && (entity || (!ascii && text.includes("&"))) ? decodeEntities(text) : text;
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * Text with its XML entities decoded; an unknown or malformed one is kept as written (as a
 * non-strict parser does).
 *
 * @example decodeEntities("R&amp;D &#x4E2D;") // "R&D 中"
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body[0] !== "#") return NAMED[body] ?? whole;
    const code = body[1] === "x" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The non-negative integer spelled by bytes [start, end), or -1 when they are not all digits (or none). */
export function digitsAt(b: Uint8Array, start: number, end: number): number {
  if (end <= start || end - start > 15) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = b[i] - 0x30;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

const POW10 = Array.from({ length: 23 }, (_x, k) => 10 ** k);

/**
 * The number a plain decimal spells ("-12.5", "0.1", "45292"), exactly as `Number()` reads it, or
 * NaN when the bytes need the general path (an exponent, spaces, more than 15 digits): the digits
 * make an integer below 2^53 and one division by an exact power of ten rounds it correctly.
 */
export function plainNumberAt(b: Uint8Array, start: number, end: number): number {
  let i = start;
  const negative = b[i] === 0x2d;
  if (negative) i++;
  let n = 0;
  let digits = 0;
  let scale = -1;
  for (; i < end; i++) {
    const c = b[i];
    if (c === 0x2e && scale < 0) {
      scale = 0;
      continue;
    }
    const d = c - 0x30;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
    digits++;
    if (scale >= 0) scale++;
  }
  if (digits === 0 || digits > 15 || scale > 22) return NaN;
  const value = scale > 0 ? n / POW10[scale] : n;
  return negative ? -value : value;
}
