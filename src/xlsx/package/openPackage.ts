/**
 * An .xlsx/.xlsm package opened for reading and for adding parts, in Node and in a browser.
 * JSZip reads the central directory only; a part is inflated when asked for, through a counter
 * that stops at the limit whatever the zip headers claim, and its CRC-32 and size are checked
 * against the directory when it ends. Parts nobody touches are written back as they lie in the
 * input file, headers and compressed bytes (zipWriter.ts), so they stay byte for byte the same — after
 * {@link XlsxPackage.verifyAll} has checked them too, so damage is never copied silently. A name
 * that occurs twice in the directory is refused: the figures would come from one copy and the
 * written file would keep the other.
 */
import JSZip from "jszip";
import { checkSignature } from "./sniff";
import { crc32 as jsCrc32, type Crc32 } from "./crc32";
import { asRefusal, refuse, resolveLimits, XlsxRefusal, type XlsxLimits } from "./limits";
import { repeatedName, zipRecords, type ZipRecord } from "./zipDirectory";
import { knownPart, rememberPart } from "./repeatedParts";
import { copiedEntry, zipPieces, type RawDeflater, type ZipEntryOut } from "./zipWriter";
import { streamDeflateRaw } from "./streamDeflate";

/** What the zip directory declares for an entry (JSZip keeps it on its private `_data`). */
interface DeclaredSizes {
  readonly compressedSize?: number;
  readonly uncompressedSize?: number;
  readonly crc32?: number;
}

const MB = 1024 * 1024;

/** The largest part read whole into one string (workbook, relationships, styles, content types). */
export const MAX_TEXT_PART_BYTES = 128 * MB;

/** JSZip's chunked reader of one entry (public API, missing from its typings). */
interface StreamHelper {
  on(event: "data", callback: (chunk: Uint8Array) => void): StreamHelper;
  on(event: "error", callback: (error: Error) => void): StreamHelper;
  on(event: "end", callback: () => void): StreamHelper;
  pause(): StreamHelper;
  resume(): StreamHelper;
}

/** What JSZip read from the zip directory, as unsigned numbers (it reads 32-bit fields as signed). */
function declaredSizes(file: JSZip.JSZipObject): { compressed?: number; uncompressed?: number; crc32?: number } {
  const d = (file as unknown as { _data?: DeclaredSizes })._data ?? {};
  const unsigned = (n: number | undefined): number | undefined => (typeof n !== "number" ? undefined : n < 0 ? n + 2 ** 32 : n);
  return { compressed: unsigned(d.compressedSize), uncompressed: unsigned(d.uncompressedSize), crc32: unsigned(d.crc32) };
}

/** Whether an entry name could escape the folder it is unpacked into. */
export function unsafeEntryName(name: string): boolean {
  return name.startsWith("/") || name.includes("\\") || /^[a-zA-Z]:/.test(name) || name.split("/").some((s) => s === "..");
}

/** A raw-deflate inflater that hands out chunks as it goes (Node's zlib in the command line). */
export type RawInflater = (compressed: Uint8Array, onChunk: (chunk: Uint8Array) => void) => Promise<void>;

/** Faster tools a host may lend the package (the command line lends Node's zlib). */
export interface PackageTools {
  readonly inflateRaw?: RawInflater;
  readonly crc32?: Crc32;
  /** The deflater of new and edited parts when the package is written (else the browser's CompressionStream, where it has one). */
  readonly deflateRaw?: RawDeflater;
  /** A loader of the zip that gives what `JSZip.loadAsync(bytes, { checkCRC32: false })` gives, faster (the command line's, src/cli/zipLoad.ts). */
  readonly loadZip?: (bytes: Uint8Array) => Promise<JSZip>;
}

/** What JSZip keeps of a compressed entry it has not touched (private; read only when present). */
interface RawEntry {
  readonly compressedContent?: unknown;
  readonly compression?: { readonly magic?: string };
}

const DEFLATE_MAGIC = "\x08\x00";

/** Whether an entry is still the input's (JSZip keeps its compressed bytes until the entry is replaced). */
function untouched(file: JSZip.JSZipObject): boolean {
  return (file as unknown as { _data?: RawEntry })._data?.compressedContent instanceof Uint8Array;
}

/** An untouched entry's raw deflate bytes (JSZip keeps them until the entry is replaced), else undefined. */
function deflatedBytes(file: JSZip.JSZipObject): Uint8Array | undefined {
  const raw = (file as unknown as { _data?: RawEntry })._data;
  return raw?.compressedContent instanceof Uint8Array && raw.compression?.magic === DEFLATE_MAGIC ? raw.compressedContent : undefined;
}

/** An opened package. */
export class XlsxPackage {
  readonly zip: JSZip;
  readonly limits: XlsxLimits;
  /** A faster inflater than JSZip's own, where the host has one (optional). */
  private readonly inflateRaw?: RawInflater;
  private readonly crc32: Crc32;
  private readonly deflateRaw?: RawDeflater;
  /** The input file and its directory: untouched entries are copied from there when the package is written. */
  private readonly input: Uint8Array;
  private readonly records: readonly ZipRecord[];
  /** Bytes inflated so far, over every part read. */
  private inflated = 0;
  /** Parts read to their end whose checksum and size matched the directory. */
  private readonly verified = new Set<string>();

  private constructor(zip: JSZip, limits: XlsxLimits, tools: PackageTools, input: Uint8Array, records: readonly ZipRecord[]) {
    this.zip = zip;
    this.limits = limits;
    this.inflateRaw = tools.inflateRaw;
    this.crc32 = tools.crc32 ?? jsCrc32;
    this.deflateRaw = tools.deflateRaw;
    this.input = input;
    this.records = records;
  }

  /**
   * Opens a package, refusing what is not one or is hostile (see {@link checkSignature}, path
   * traversal, declared sizes over the limits).
   *
   * @param bytes the file
   * @param limits the limits; defaults for those not given
   * @param tools a faster inflater and CRC-32 than JSZip's (the command line passes Node's zlib); a
   *   bare function is the inflater alone
   * @returns the package
   * @example const pkg = await XlsxPackage.open(fs.readFileSync("楚雄.xlsx"))
   */
  static async open(bytes: Uint8Array, limits: Partial<XlsxLimits> = {}, tools: RawInflater | PackageTools = {}): Promise<XlsxPackage> {
    checkSignature(bytes);
    const lent = typeof tools === "function" ? undefined : tools.loadZip;
    let zip: JSZip;
    try {
      zip = await (lent ? lent(bytes) : JSZip.loadAsync(bytes, { checkCRC32: false }));
    } catch {
      throw refuse.damagedZip();
    }
    const records = zipRecords(bytes);
    if (!records) throw refuse.damagedZip();
    const repeated = repeatedName(records.map((r) => r.name));
    if (repeated !== undefined) throw refuse.damaged(repeated, "duplicateEntry");
    const resolved = resolveLimits(limits);
    let total = 0;
    zip.forEach((_path, file) => {
      const original = (file as unknown as { unsafeOriginalName?: string }).unsafeOriginalName ?? file.name;
      if (unsafeEntryName(original)) throw refuse.pathTraversal(original);
      const sizes = declaredSizes(file);
      const size = sizes.uncompressed ?? 0;
      total += size;
      if (size > resolved.maxUncompressedBytes || total > resolved.maxUncompressedBytes) throw refuse.zipBomb(original, size, resolved.maxUncompressedBytes);
      if (size > MB && sizes.compressed && size / sizes.compressed > resolved.maxRatio) throw refuse.zipRatio(original, size / sizes.compressed);
    });
    if (!zip.file("[Content_Types].xml")) throw refuse.notWorkbook("[Content_Types].xml");
    if (!zip.file("xl/workbook.xml") && zip.file(/\.bin$/i).some((f) => /(^|\/)workbook\.bin$/i.test(f.name))) throw refuse.xlsb();
    return new XlsxPackage(zip, resolved, typeof tools === "function" ? { inflateRaw: tools } : tools, bytes, records);
  }

  /**
   * The package as a file, in pieces to be written one after another (zipWriter.ts): the input's
   * untouched entries as views on the input's bytes (never inflated or deflated again), new and
   * edited parts deflated, then the directory. Call {@link verifyAll} first: a damaged entry must
   * not be copied.
   *
   * @returns the file's pieces, in order
   * @example fs.writeFileSync(out, joinPieces(await pkg.pieces()))
   */
  async pieces(): Promise<Uint8Array[]> {
    const records = new Map(this.records.map((r) => [r.name, r]));
    const entries: ZipEntryOut[] = [];
    for (const file of Object.values(this.zip.files)) {
      const record = untouched(file) ? records.get(file.name) : undefined;
      const copy = record && copiedEntry(this.input, record);
      if (copy) entries.push({ name: file.name, copy });
      else if (!file.dir) entries.push({ name: file.name, data: await file.async("uint8array") });
    }
    return zipPieces(entries, { crc32: this.crc32, deflateRaw: this.deflateRaw ?? streamDeflateRaw() });
  }

  /** Whether the package holds a part. */
  has(name: string): boolean {
    return this.zip.file(name) !== null;
  }

  /** The size a part declares for itself in the zip directory (undefined when the package has no such part). */
  declaredSize(name: string): number | undefined {
    const file = this.zip.file(name);
    return file ? declaredSizes(file).uncompressed : undefined;
  }

  /** Every part name. */
  names(): string[] {
    return Object.keys(this.zip.files).filter((n) => !this.zip.files[n].dir);
  }

  /**
   * Inflates a part chunk by chunk, counting bytes against the limit.
   *
   * @param name the part name ("xl/worksheets/sheet1.xml")
   * @param onChunk called with each inflated chunk, in order
   * @returns when the part is done; rejects with a zip-bomb refusal at the limit
   */
  async stream(name: string, onChunk: (chunk: Uint8Array) => void): Promise<void> {
    const file = this.zip.file(name);
    if (!file) throw refuse.notWorkbook(name);
    // An entry that inflates past the size the zip declares for it is lying about its size.
    const declared = declaredSizes(file);
    let partBytes = 0;
    let crc = 0;
    const take = (chunk: Uint8Array): void => {
      this.inflated += chunk.length;
      partBytes += chunk.length;
      if (declared.uncompressed !== undefined && partBytes > declared.uncompressed) throw refuse.zipLies(name, declared.uncompressed);
      if (this.inflated > this.limits.maxUncompressedBytes) throw refuse.zipBomb(name, this.inflated, this.limits.maxUncompressedBytes);
      crc = this.crc32(chunk, crc);
      try {
        onChunk(chunk);
      } catch (error) {
        // The reader of the part failed: its own refusal, or an internal error naming the part.
        throw asRefusal(error, name);
      }
    };
    await this.inflate(file, take);
    if (declared.uncompressed !== undefined && partBytes !== declared.uncompressed) throw refuse.damaged(name, "size");
    if (declared.crc32 !== undefined && crc !== declared.crc32) throw refuse.damaged(name, "crc");
    this.verified.add(name);
  }

  /**
   * Checks every part not read so far (inflating it within the limits, checksum and size against
   * the directory): the summary writer copies those parts as they are, and must not copy damage.
   *
   * @returns when every part is sound; rejects with the damaged part's refusal
   */
  async verifyAll(): Promise<void> {
    for (const name of this.names()) if (!this.verified.has(name)) await this.stream(name, () => undefined);
  }

  /** Inflates one entry, chunk by chunk, into `take`; a failure of the inflater is damage. */
  private inflate(file: JSZip.JSZipObject, take: (chunk: Uint8Array) => void): Promise<void> {
    const name = file.name;
    const deflated = deflatedBytes(file);
    if (this.inflateRaw && deflated)
      return this.inflateRaw(deflated, take).catch((error: unknown) => {
        throw error instanceof XlsxRefusal ? error : refuse.damaged(name, "inflate");
      });
    return new Promise((resolve, reject) => {
      let failed = false;
      const helper = (file as unknown as { internalStream(type: "uint8array"): StreamHelper }).internalStream("uint8array");
      helper
        .on("data", (chunk: Uint8Array) => {
          if (failed) return;
          try {
            take(chunk);
          } catch (error) {
            failed = true;
            helper.pause();
            reject(error);
          }
        })
        .on("error", (error: Error) => {
          // JSZip's own words ("Bug : uncompressed data size mismatch", "invalid distance") mean nothing to a user.
          if (!failed) reject(error instanceof XlsxRefusal ? error : refuse.damaged(name, /size mismatch/.test(error.message) ? "size" : "inflate"));
          failed = true;
        })
        .on("end", () => {
          if (!failed) resolve();
        })
        .resume();
    });
  }

  /**
   * A whole part as text (for the small parts: workbook, rels, styles, content types).
   *
   * @param name the part name
   * @returns its text, or undefined when the package does not hold it
   */
  async text(name: string): Promise<string | undefined> {
    const file = this.zip.file(name);
    if (!file) return undefined;
    const deflated = deflatedBytes(file);
    const repeated = deflated && this.repeatedText(file, deflated);
    if (repeated !== undefined) return repeated;
    const decoder = new TextDecoder("utf-8");
    const parts: string[] = [];
    let bytes = 0;
    let crc = 0;
    await this.stream(name, (chunk) => {
      // A whole part in one string: past this, JavaScript could not hold it (and no real one is this big).
      bytes += chunk.length;
      if (bytes > MAX_TEXT_PART_BYTES) throw refuse.partTooLarge(name, MAX_TEXT_PART_BYTES);
      if (deflated) crc = this.crc32(chunk, crc);
      parts.push(decoder.decode(chunk, { stream: true }));
    });
    parts.push(decoder.decode());
    const text = parts.join("");
    if (deflated) rememberPart(deflated, this.crc32, { text, bytes, crc32: crc });
    return text;
  }

  /**
   * The text of a part whose compressed bytes an earlier package of this run held too (a form's
   * relationships, workbook, styles), when this directory declares the same size and checksum and
   * the bytes fit within this package's limit — the checks an inflation would make; else undefined,
   * and the part is inflated (and refused) as any other.
   */
  private repeatedText(file: JSZip.JSZipObject, deflated: Uint8Array): string | undefined {
    const part = knownPart(deflated, this.crc32);
    if (!part) return undefined;
    const declared = declaredSizes(file);
    if (declared.uncompressed !== part.bytes || declared.crc32 !== part.crc32) return undefined;
    if (this.inflated + part.bytes > this.limits.maxUncompressedBytes) return undefined;
    this.inflated += part.bytes;
    this.verified.add(file.name);
    return part.text;
  }
}
