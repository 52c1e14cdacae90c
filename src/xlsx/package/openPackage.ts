/**
 * An .xlsx/.xlsm package opened for reading and for adding parts, in Node and in a browser.
 * JSZip reads the central directory only; a part is inflated when asked for, through a counter
 * that stops at the limit whatever the zip headers claim. Parts nobody touches are written back
 * with their original compressed bytes (JSZip reuses them), so they stay byte for byte the same.
 */
import JSZip from "jszip";
import { checkSignature } from "./sniff";
import { refuse, resolveLimits, XlsxRefusal, type XlsxLimits } from "./limits";

/** The sizes the zip directory declares for an entry (JSZip keeps them on its private `_data`). */
interface DeclaredSizes {
  readonly compressedSize?: number;
  readonly uncompressedSize?: number;
}

const MB = 1024 * 1024;

/** JSZip's chunked reader of one entry (public API, missing from its typings). */
interface StreamHelper {
  on(event: "data", callback: (chunk: Uint8Array) => void): StreamHelper;
  on(event: "error", callback: (error: Error) => void): StreamHelper;
  on(event: "end", callback: () => void): StreamHelper;
  pause(): StreamHelper;
  resume(): StreamHelper;
}

/** The sizes JSZip read from the zip directory, as unsigned numbers (it reads 32-bit fields as signed). */
function declaredSizes(file: JSZip.JSZipObject): { compressed?: number; uncompressed?: number } {
  const d = (file as unknown as { _data?: DeclaredSizes })._data ?? {};
  const unsigned = (n: number | undefined): number | undefined => (n === undefined ? undefined : n < 0 ? n + 2 ** 32 : n);
  return { compressed: unsigned(d.compressedSize), uncompressed: unsigned(d.uncompressedSize) };
}

/** Whether an entry name could escape the folder it is unpacked into. */
export function unsafeEntryName(name: string): boolean {
  return name.startsWith("/") || name.includes("\\") || /^[a-zA-Z]:/.test(name) || name.split("/").some((s) => s === "..");
}

/** A raw-deflate inflater that hands out chunks as it goes (Node's zlib in the command line). */
export type RawInflater = (compressed: Uint8Array, onChunk: (chunk: Uint8Array) => void) => Promise<void>;

/** What JSZip keeps of a compressed entry it has not touched (private; read only when present). */
interface RawEntry {
  readonly compressedContent?: unknown;
  readonly compression?: { readonly magic?: string };
}

const DEFLATE_MAGIC = "\x08\x00";

/** An opened package. */
export class XlsxPackage {
  readonly zip: JSZip;
  readonly limits: XlsxLimits;
  /** A faster inflater than JSZip's own, where the host has one (optional). */
  private readonly inflateRaw?: RawInflater;
  /** Bytes inflated so far, over every part read. */
  private inflated = 0;

  private constructor(zip: JSZip, limits: XlsxLimits, inflateRaw?: RawInflater) {
    this.zip = zip;
    this.limits = limits;
    this.inflateRaw = inflateRaw;
  }

  /**
   * Opens a package, refusing what is not one or is hostile (see {@link checkSignature}, path
   * traversal, declared sizes over the limits).
   *
   * @param bytes the file
   * @param limits the limits; defaults for those not given
   * @param inflateRaw a raw-deflate inflater to use instead of JSZip's (the command line passes Node's zlib)
   * @returns the package
   * @example const pkg = await XlsxPackage.open(fs.readFileSync("楚雄.xlsx"))
   */
  static async open(bytes: Uint8Array, limits: Partial<XlsxLimits> = {}, inflateRaw?: RawInflater): Promise<XlsxPackage> {
    checkSignature(bytes);
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
    } catch (error) {
      throw refuse.notWorkbook((error as Error).message);
    }
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
    if (!zip.file("[Content_Types].xml")) throw refuse.notWorkbook("[Content_Types].xml missing");
    return new XlsxPackage(zip, resolved, inflateRaw);
  }

  /** Whether the package holds a part. */
  has(name: string): boolean {
    return this.zip.file(name) !== null;
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
  stream(name: string, onChunk: (chunk: Uint8Array) => void): Promise<void> {
    const file = this.zip.file(name);
    if (!file) return Promise.reject(refuse.notWorkbook(`${name} missing`));
    // An entry that inflates past the size the zip declares for it is lying about its size.
    const declared = declaredSizes(file).uncompressed;
    let partBytes = 0;
    const take = (chunk: Uint8Array): void => {
      this.inflated += chunk.length;
      partBytes += chunk.length;
      if (declared !== undefined && partBytes > declared) throw refuse.zipLies(name, declared);
      if (this.inflated > this.limits.maxUncompressedBytes) throw refuse.zipBomb(name, this.inflated, this.limits.maxUncompressedBytes);
      onChunk(chunk);
    };
    const raw = (file as unknown as { _data?: RawEntry })._data;
    if (this.inflateRaw && raw?.compressedContent instanceof Uint8Array && raw.compression?.magic === DEFLATE_MAGIC)
      return this.inflateRaw(raw.compressedContent, take).catch((error: unknown) => {
        throw error instanceof XlsxRefusal ? error : refuse.notWorkbook(`${name}: ${(error as Error).message}`);
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
          if (!failed) reject(refuse.notWorkbook(`${name}: ${error.message}`));
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
    if (!this.has(name)) return undefined;
    const decoder = new TextDecoder("utf-8");
    let out = "";
    await this.stream(name, (chunk) => (out += decoder.decode(chunk, { stream: true })));
    return out + decoder.decode();
  }
}
