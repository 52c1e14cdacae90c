/**
 * Reading an input file without ever blocking or reading what is not a file: it is opened
 * non-blocking and checked with fstat on the open descriptor (no window between check and
 * read), so a FIFO, a device or a folder is refused at once rather than stalling a batch, and a
 * file over the size limit is refused before it is read.
 */
import * as fs from "fs";
import { refuse, XlsxRefusal } from "../xlsx/package/limits";
import { FileError, fileError } from "./fileErrors";
import { MESSAGES } from "../core/messages";

/**
 * The bytes of an input file.
 *
 * @param file the path
 * @param maxBytes the largest file to read
 * @returns its bytes; throws a FileError or the too-large refusal, in both languages
 * @example readInputFile("楚雄.xlsx", 1024 ** 3)
 */
export function readInputFile(file: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw fileError("read", file, error);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new FileError(MESSAGES.files.notRegularFile(file, stat.isDirectory()));
    if (stat.size > maxBytes) throw refuse.tooLarge(stat.size, maxBytes);
    const bytes = Buffer.allocUnsafe(stat.size);
    let at = 0;
    while (at < bytes.length) {
      const n = fs.readSync(fd, bytes, at, bytes.length - at, at);
      if (n === 0) break;
      at += n;
    }
    return at === bytes.length ? bytes : bytes.subarray(0, at);
  } catch (error) {
    if (error instanceof FileError || error instanceof XlsxRefusal) throw error;
    throw fileError("read", file, error);
  } finally {
    fs.closeSync(fd);
  }
}
