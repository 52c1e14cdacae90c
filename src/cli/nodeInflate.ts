/**
 * Node's zlib as the package reader's inflater: about four times faster than the JavaScript
 * inflater JSZip brings (which the browser keeps), and it inflates on zlib's own thread while the
 * reader reads the chunk before. Output is handed on chunk by chunk, so memory stays bounded; a
 * chunk the reader refuses stops the inflater at once.
 */
import * as zlib from "zlib";
import type { PackageTools, RawInflater } from "../xlsx/package/openPackage";
import { loadZip } from "./zipLoad";

const SMALL = 64 * 1024;
const SMALL_OUTPUT = 8 * 1024 * 1024;
const CHUNK = 256 * 1024;
/** Inflated chunks that may wait to be read (2 MB). */
const MAX_WAITING = 8;

/**
 * Inflates raw deflate data, calling `onChunk` with each piece of output.
 *
 * @example await nodeInflateRaw(compressed, (chunk) => parser.write(chunk))
 */
export const nodeInflateRaw: RawInflater = (compressed, onChunk) => {
  // Small parts (workbook, rels, styles, a county sheet) in one call, capped so that a small but
  // explosive part cannot allocate much; anything larger, or over the cap, goes through the stream.
  if (compressed.length <= SMALL) {
    let whole: Buffer | undefined;
    try {
      whole = zlib.inflateRawSync(compressed, { maxOutputLength: SMALL_OUTPUT });
    } catch {
      whole = undefined;
    }
    if (whole) {
      try {
        for (let at = 0; at < whole.length; at += CHUNK) onChunk(whole.subarray(at, at + CHUNK));
        return Promise.resolve();
      } catch (error) {
        return Promise.reject(error);
      }
    }
  }
  return new Promise((resolve, reject) => {
    const inflater = zlib.createInflateRaw({ chunkSize: CHUNK });
    // The chunks are read on the next turn, not inside the inflater's callback: zlib inflates the
    // next chunk on its own thread meanwhile, so inflating and reading overlap. A few chunks at
    // most wait; past that the inflater is paused.
    const waiting: Buffer[] = [];
    let scheduled = false;
    let ended = false;
    let failed = false;
    const fail = (error: unknown): void => {
      if (failed) return;
      failed = true;
      inflater.destroy();
      reject(error);
    };
    const readWaiting = (): void => {
      scheduled = false;
      if (failed) return;
      try {
        for (let chunk = waiting.shift(); chunk; chunk = waiting.shift()) onChunk(chunk);
      } catch (error) {
        fail(error);
        return;
      }
      if (ended) resolve();
      else if (inflater.isPaused()) inflater.resume();
    };
    const schedule = (): void => {
      if (scheduled) return;
      scheduled = true;
      setImmediate(readWaiting);
    };
    inflater.on("data", (chunk: Buffer) => {
      if (failed) return;
      waiting.push(chunk);
      if (waiting.length >= MAX_WAITING) inflater.pause();
      schedule();
    });
    inflater.on("error", fail);
    inflater.on("end", () => {
      ended = true;
      schedule();
    });
    inflater.end(compressed);
  });
};

/**
 * Node's inflater, deflater and CRC-32 for the package (zlib.crc32 is native; the browser keeps the
 * JavaScript one), and JSZip's loader without its pass over every byte (zipLoad.ts).
 */
export const NODE_PACKAGE_TOOLS: PackageTools = {
  inflateRaw: nodeInflateRaw,
  loadZip,
  // New parts (the summary sheet, its charts) at zlib's default level, as JSZip wrote them before.
  deflateRaw: (data) => zlib.deflateRawSync(data, { level: 6 }),
  ...(typeof zlib.crc32 === "function" ? { crc32: zlib.crc32 } : {}),
};
