/**
 * Small parts that come back byte for byte in the packages of one run — the relationships,
 * workbook and styles of a form's county returns, filled in from one template — inflated and
 * decoded once: the same compressed bytes always inflate to the same text. An entry is found by
 * its compressed bytes, compared in full; what the zip directory declares (size, checksum) is still
 * checked against each package's own directory by the package, as for a part inflated anew.
 */
import type { Crc32 } from "./crc32";

/** Parts larger than this compressed are inflated each time (a form's small parts are a few hundred bytes). */
const MAX_COMPRESSED_BYTES = 16 * 1024;
/** Past this many parts the memory starts over, so a run of unlike files never holds many. */
const MAX_PARTS = 256;

/** A part's text, and what its inflated bytes were (for the package's checks). */
export interface RepeatedPart {
  readonly text: string;
  readonly bytes: number;
  readonly crc32: number;
}

interface Held extends RepeatedPart {
  readonly compressed: Uint8Array;
}

const held = new Map<string, Held[]>();
let count = 0;

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The key of compressed bytes: their length and checksum (equal keys are then compared byte by byte). */
function keyOf(compressed: Uint8Array, crc32: Crc32): string | undefined {
  return compressed.length > MAX_COMPRESSED_BYTES ? undefined : `${compressed.length}:${crc32(compressed, 0)}`;
}

/**
 * The text a part's compressed bytes inflated to before, in this run.
 *
 * @param compressed the part's raw deflate bytes
 * @param crc32 the checksum function the package uses
 * @returns the text and its inflated size and checksum, or undefined when these bytes were not seen
 * @example knownPart(raw, crc32)?.text // "<?xml …><Relationships …"
 */
export function knownPart(compressed: Uint8Array, crc32: Crc32): RepeatedPart | undefined {
  const key = keyOf(compressed, crc32);
  return key === undefined ? undefined : held.get(key)?.find((h) => sameBytes(h.compressed, compressed));
}

/**
 * Remembers what a part's compressed bytes inflated to (after the package checked it whole).
 *
 * @param compressed the part's raw deflate bytes (copied)
 * @param crc32 the checksum function the package uses
 * @param part its text, inflated size and checksum
 */
export function rememberPart(compressed: Uint8Array, crc32: Crc32, part: RepeatedPart): void {
  const key = keyOf(compressed, crc32);
  if (key === undefined || knownPart(compressed, crc32)) return;
  if (count >= MAX_PARTS) {
    held.clear();
    count = 0;
  }
  held.set(key, [...(held.get(key) ?? []), { ...part, compressed: compressed.slice() }]);
  count++;
}
