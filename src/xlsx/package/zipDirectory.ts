/**
 * The records of a zip's central directory, read from the bytes: the entry names (JSZip keeps one
 * entry per name, so a name written twice — two copies of a sheet with different figures — would
 * otherwise pass unseen) and where each entry lies, so the writer can copy an untouched entry as
 * it is (zipWriter.ts). One walk over the directory, each record at least 46 bytes: linear in the file.
 */
import { CENTRAL_RECORD, END_OF_DIRECTORY, ZIP64_END, ZIP64_LOCATOR } from "./zipSignatures";

/** A little-endian 16-bit field. */
export function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}

/** A little-endian 32-bit field, unsigned. */
export function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}

/** A 64-bit field as a number (exact up to 2^53; a zip that large is refused long before). */
function u64(b: Uint8Array, at: number): number {
  return u32(b, at) + u32(b, at + 4) * 2 ** 32;
}

/** Where the central directory starts, or undefined when the end record cannot be found. */
function directoryOffset(bytes: Uint8Array): number | undefined {
  // The end record is the last 22 bytes plus a comment of at most 65,535 bytes.
  for (let at = bytes.length - 22; at >= 0 && at >= bytes.length - 22 - 65535; at--) {
    if (u32(bytes, at) !== END_OF_DIRECTORY) continue;
    const offset = u32(bytes, at + 16);
    if (offset !== 0xffffffff) return offset;
    const locator = at - 20;
    if (locator < 0 || u32(bytes, locator) !== ZIP64_LOCATOR) return undefined;
    const end64 = u64(bytes, locator + 8);
    if (end64 + 56 > bytes.length || u32(bytes, end64) !== ZIP64_END) return undefined;
    return u64(bytes, end64 + 48);
  }
  return undefined;
}

/** One record of the central directory, where it lies in the file and what it says of its entry. */
export interface ZipRecord {
  /** The name, UTF-8 decoded. */
  readonly name: string;
  /** Where the central record starts and how long it is (name, extra field and comment included). */
  readonly at: number;
  readonly length: number;
  /** General-purpose flags (bit 3: sizes and checksum in a data descriptor after the data). */
  readonly flags: number;
  readonly compressedSize: number;
  /** Where the entry's local header starts. */
  readonly localOffset: number;
}

/**
 * Every central-directory record, in order, duplicates kept.
 *
 * @param bytes the whole zip file
 * @returns the records, or undefined when the directory cannot be found
 * @example zipRecords(bytes)?.[0].name // "[Content_Types].xml"
 */
export function zipRecords(bytes: Uint8Array): ZipRecord[] | undefined {
  const start = directoryOffset(bytes);
  if (start === undefined) return undefined;
  const decoder = new TextDecoder("utf-8");
  const records: ZipRecord[] = [];
  for (let at = start; at + 46 <= bytes.length && u32(bytes, at) === CENTRAL_RECORD;) {
    const nameLength = u16(bytes, at + 28);
    const length = 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    records.push({
      name: decoder.decode(bytes.subarray(at + 46, Math.min(bytes.length, at + 46 + nameLength))),
      at,
      length,
      flags: u16(bytes, at + 8),
      compressedSize: u32(bytes, at + 20),
      localOffset: u32(bytes, at + 42),
    });
    at += length;
  }
  return records;
}

/**
 * The names of every central-directory record, in order, duplicates kept.
 *
 * @param bytes the whole zip file
 * @returns the names (UTF-8 decoded), or undefined when the directory cannot be found
 * @example zipEntryNames(bytes) // ["[Content_Types].xml", "_rels/.rels", …]
 */
export function zipEntryNames(bytes: Uint8Array): string[] | undefined {
  return zipRecords(bytes)?.map((r) => r.name);
}

/**
 * The first name that occurs twice, ignoring case (OPC part names are case-insensitive), if any.
 *
 * @param names entry names
 * @returns the repeated name
 * @example repeatedName(["xl/a.xml", "XL/A.xml"]) // "XL/A.xml"
 */
export function repeatedName(names: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const name of names) {
    const key = name.toLowerCase();
    if (seen.has(key)) return name;
    seen.add(key);
  }
  return undefined;
}
