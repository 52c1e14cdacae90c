/**
 * The package written back as a zip file. An entry the input holds and nobody changed is copied
 * as it lies in the input — local header, compressed data, data descriptor and central record —
 * without inflating or deflating it: the user's sheets stay byte for byte what they were, and a
 * million-row sheet costs a copy, not a round trip through a deflater. Only the new and edited
 * parts (the summary sheet, its charts, workbook.xml …) are deflated, with the host's deflater
 * (Node's zlib in the command line, the browser's CompressionStream in the workbench), or stored
 * when the host has none. The file is handed out as its pieces (views on the input and the new
 * parts), so the command line writes them one after another without a second copy of the input.
 */
import { u16, u32, type ZipRecord } from "./zipDirectory";
import type { Crc32 } from "./crc32";
import { CENTRAL_RECORD, DATA_DESCRIPTOR, END_OF_DIRECTORY, LOCAL_HEADER } from "./zipSignatures";

/** Sizes and offsets at this value say the real one is in a zip64 field. */
const ZIP64_MARK = 0xffffffff;
/** The largest a plain (not zip64) zip can describe. */
const MAX_PLAIN = 0xfffffffe;
const MAX_ENTRIES = 0xffff;
/** Method 8 (deflate) or 0 (stored). */
const DEFLATE = 8;
const STORED = 0;
/** Version 2.0: deflate. */
const VERSION = 20;
/** Bit 11: the name is UTF-8. */
const UTF8_NAME = 0x0800;
/** 1980-01-01 00:00, the DOS date Excel gives every part it writes. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** Raw deflate (no zlib header) of a whole part. */
export type RawDeflater = (data: Uint8Array) => Uint8Array | Promise<Uint8Array>;

/** One entry of the written zip: an input entry copied as it is, or new content. */
export type ZipEntryOut = { readonly name: string; readonly copy: CopiedEntry } | { readonly name: string; readonly data: Uint8Array };

/** Where an input entry lies: its local record (header, data, descriptor) and its central record. */
export interface CopiedEntry {
  readonly local: Uint8Array;
  readonly central: Uint8Array;
}

/**
 * Where an untouched entry lies in the input, when it can be copied as it is: a plain (not zip64)
 * entry whose local header agrees with its central record. Otherwise undefined, and the writer
 * deflates the part's content anew.
 *
 * @param bytes the input file
 * @param record the entry's central record (zipRecords)
 * @returns the entry's local record and central record, views on `bytes`
 */
export function copiedEntry(bytes: Uint8Array, record: ZipRecord): CopiedEntry | undefined {
  const { localOffset: at, compressedSize } = record;
  if (at === ZIP64_MARK || compressedSize === ZIP64_MARK || at + 30 > bytes.length || u32(bytes, at) !== LOCAL_HEADER) return undefined;
  const nameLength = u16(bytes, at + 26);
  if (nameLength !== u16(bytes, record.at + 28)) return undefined;
  for (let i = 0; i < nameLength; i++) if (bytes[at + 30 + i] !== bytes[record.at + 46 + i]) return undefined;
  const extraLength = u16(bytes, at + 28);
  // A zip64 field in the local header makes the data descriptor's sizes 8 bytes long: not copied, deflated anew.
  if (hasZip64Field(bytes, at + 30 + nameLength, extraLength)) return undefined;
  let end = at + 30 + nameLength + extraLength + compressedSize;
  // The data descriptor (bit 3): checksum and two sizes, with or without its signature.
  if (record.flags & 0x08) end += end + 4 <= bytes.length && u32(bytes, end) === DATA_DESCRIPTOR ? 16 : 12;
  if (end > bytes.length) return undefined;
  return { local: bytes.subarray(at, end), central: bytes.subarray(record.at, record.at + record.length) };
}

/** Whether an extra field holds a zip64 record (header id 1). */
function hasZip64Field(bytes: Uint8Array, from: number, length: number): boolean {
  const end = Math.min(bytes.length, from + length);
  for (let at = from; at + 4 <= end; at += 4 + u16(bytes, at + 2)) if (u16(bytes, at) === 0x0001) return true;
  return false;
}

/** A new entry's compressed bytes and what its headers say. */
interface Written {
  readonly name: Uint8Array;
  readonly flags: number;
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  readonly body: Uint8Array;
}

function put16(out: Uint8Array, at: number, v: number): void {
  out[at] = v & 0xff;
  out[at + 1] = (v >>> 8) & 0xff;
}

function put32(out: Uint8Array, at: number, v: number): void {
  put16(out, at, v & 0xffff);
  put16(out, at + 2, v >>> 16);
}

/** The common part of a local header (at 4) and a central record (at 6): version … name length. */
function putFields(out: Uint8Array, at: number, w: Written): void {
  put16(out, at, VERSION);
  put16(out, at + 2, w.flags);
  put16(out, at + 4, w.method);
  put16(out, at + 6, 0);
  put16(out, at + 8, DOS_DATE);
  put32(out, at + 10, w.crc);
  put32(out, at + 14, w.body.length);
  put32(out, at + 18, w.size);
  put16(out, at + 22, w.name.length);
}

/**
 * The zip file of some entries, in order, as the pieces it is made of: an entry copied from the
 * input is a view on the input's bytes (no copy), a new entry its header and deflated bytes, then
 * the central directory. Writing the pieces one after another gives the file, so a command line
 * writes a million-row ledger's summary without holding a second copy of the ledger.
 *
 * @param entries the entries: copied from the input, or new content
 * @param tools the checksum and, where the host has one, a raw deflater (else new parts are stored)
 * @returns the pieces; throws past what a plain zip can describe (65,535 entries, 4 GB)
 * @example await zipPieces([{ name: "a.xml", data: bytes }], { crc32 })
 */
export async function zipPieces(entries: readonly ZipEntryOut[], tools: { readonly crc32: Crc32; readonly deflateRaw?: RawDeflater }): Promise<Uint8Array[]> {
  if (entries.length > MAX_ENTRIES) throw new Error(`zip: ${entries.length} entries`);
  const encoder = new TextEncoder();
  const parts: (CopiedEntry | Written)[] = [];
  for (const entry of entries) {
    if ("copy" in entry) {
      parts.push(entry.copy);
      continue;
    }
    const name = encoder.encode(entry.name);
    const deflated = tools.deflateRaw ? await tools.deflateRaw(entry.data) : undefined;
    const stored = !deflated || deflated.length >= entry.data.length;
    const body = stored ? entry.data : deflated;
    const flags = entry.name.split("").some((c) => c.charCodeAt(0) > 0x7f) ? UTF8_NAME : 0;
    parts.push({ name, flags, method: stored ? STORED : DEFLATE, crc: tools.crc32(entry.data, 0), size: entry.data.length, body });
  }
  const pieces: Uint8Array[] = [];
  const offsets: number[] = [];
  let at = 0;
  for (const part of parts) {
    offsets.push(at);
    if ("local" in part) {
      pieces.push(part.local);
      at += part.local.length;
      continue;
    }
    const header = new Uint8Array(30 + part.name.length);
    put32(header, 0, LOCAL_HEADER);
    putFields(header, 4, part);
    header.set(part.name, 30);
    pieces.push(header, part.body);
    at += header.length + part.body.length;
  }
  const directory = at;
  const directorySize = parts.reduce((sum, part) => sum + ("local" in part ? part.central.length : 46 + part.name.length), 0);
  if (directory + directorySize + 22 > MAX_PLAIN) throw new Error(`zip: ${directory + directorySize + 22} bytes`);
  const out = new Uint8Array(directorySize + 22);
  at = 0;
  parts.forEach((part, i) => {
    if ("local" in part) {
      // The input's central record as it is, pointing at the entry's new place.
      out.set(part.central, at);
      put32(out, at + 42, offsets[i]);
      at += part.central.length;
      return;
    }
    put32(out, at, CENTRAL_RECORD);
    put16(out, at + 4, VERSION);
    putFields(out, at + 6, part);
    // Extra field, comment, disk, internal and external attributes: none.
    put32(out, at + 42, offsets[i]);
    out.set(part.name, at + 46);
    at += 46 + part.name.length;
  });
  put32(out, at, END_OF_DIRECTORY);
  put16(out, at + 8, entries.length);
  put16(out, at + 10, entries.length);
  put32(out, at + 12, directorySize);
  put32(out, at + 16, directory);
  pieces.push(out);
  return pieces;
}

/**
 * Pieces joined into one file.
 *
 * @param pieces the pieces (zipPieces)
 * @returns their bytes one after another
 * @example joinPieces(await zipPieces(entries, tools))
 */
export function joinPieces(pieces: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(pieces.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

/**
 * The zip file of some entries, in order, in one buffer.
 *
 * @param entries the entries: copied from the input, or new content
 * @param tools the checksum and, where the host has one, a raw deflater
 * @returns the file's bytes
 * @example await writeZip([{ name: "a.xml", data: bytes }], { crc32 })
 */
export async function writeZip(entries: readonly ZipEntryOut[], tools: { readonly crc32: Crc32; readonly deflateRaw?: RawDeflater }): Promise<Uint8Array> {
  return joinPieces(await zipPieces(entries, tools));
}
