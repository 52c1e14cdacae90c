/**
 * The text of the element the worksheet scanner is reading (a `<v>`, an `<f>`, an inline
 * string's `<t>`). Almost always it lies in one span of one inflated chunk and is kept as that
 * span, so a number or a shared-string index is read from its digits without decoding; text cut
 * by a chunk boundary is joined as bytes and decoded once, and CDATA is taken literally.
 */
import { plainNumberAt, textOf } from "./byteXml";

/** One element's text, gathered piece by piece; reused from one element to the next. */
export class ElementText {
  private spanBytes: Uint8Array | undefined;
  private spanStart = 0;
  private spanEnd = 0;
  /** Decoded text so far, once more than one piece came (CDATA, or bytes before it). */
  private pieces: string | undefined;
  /** Joined bytes not yet decoded (the text was cut by a chunk boundary). */
  private pending: Uint8Array | undefined;

  /** Forgets the text: the next element starts empty. */
  reset(): void {
    this.spanBytes = undefined;
    this.spanStart = this.spanEnd = 0;
    this.pieces = undefined;
    this.pending = undefined;
  }

  /** Text bytes [s, e) of b; kept as a span until a second piece comes. */
  add(b: Uint8Array, s: number, e: number): void {
    if (e <= s) return;
    if (this.spanBytes === undefined && this.pieces === undefined) {
      this.spanBytes = b;
      this.spanStart = s;
      this.spanEnd = e;
      return;
    }
    // A second piece (the text was cut by a chunk boundary): join the bytes, decode once.
    const first = this.spanBytes ? this.spanBytes.subarray(this.spanStart, this.spanEnd) : new Uint8Array(0);
    const before = this.pending ?? first;
    const joined = new Uint8Array(before.length + e - s);
    joined.set(before);
    joined.set(b.subarray(s, e), before.length);
    this.pending = joined;
    this.spanBytes = undefined;
  }

  /** CDATA is taken literally: the bytes before it are decoded first (a CDATA boundary is a character boundary). */
  addLiteral(text: string): void {
    this.flushPending();
    this.pieces = (this.pieces ?? "") + text;
  }

  /** The text gathered, decoded ("" when none). */
  text(): string {
    if (this.pieces === undefined && this.pending === undefined) return this.spanBytes ? textOf(this.spanBytes, this.spanStart, this.spanEnd) : "";
    this.flushPending();
    return this.pieces ?? "";
  }

  /** The text read as a plain number from its bytes; NaN when it is not one or was not pure bytes (CDATA). */
  plainNumber(): number {
    if (this.pieces !== undefined) return NaN;
    if (this.pending !== undefined) return plainNumberAt(this.pending, 0, this.pending.length);
    return this.spanBytes !== undefined ? plainNumberAt(this.spanBytes, this.spanStart, this.spanEnd) : NaN;
  }

  private flushPending(): void {
    if (this.pending !== undefined) this.pieces = (this.pieces ?? "") + textOf(this.pending, 0, this.pending.length);
    else if (this.spanBytes !== undefined) this.pieces = (this.pieces ?? "") + textOf(this.spanBytes, this.spanStart, this.spanEnd);
    this.pending = undefined;
    this.spanBytes = undefined;
  }
}
