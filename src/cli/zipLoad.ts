/**
 * JSZip's `loadAsync` for the command line, without its pass over every byte of the file: JSZip's
 * reader of a byte array first rewrites each byte as itself (`data[i] = data[i] & 0xFF`, in
 * lib/reader/ArrayReader.js), 79 MB of a million-row ledger before one entry is read. Here the
 * same steps run — JSZip's own reader of the end record, central directory and local headers, with
 * all its checks (lib/zipEntries.js), then each entry added to the zip as lib/load.js adds it — on
 * a reader over the bytes as they are. The entries are JSZip's own, so the package reads, checks
 * and writes them as before (tests/cli/zipLoad.test.ts compares both loaders on every workbook).
 *
 * Node only: a browser bundle takes JSZip's prebuilt file, whose classes are not these modules'.
 */
import JSZip from "jszip";
import ZipEntries from "jszip/lib/zipEntries";
import Uint8ArrayReader from "jszip/lib/reader/Uint8ArrayReader";
import { resolve } from "jszip/lib/utils";
import { utf8decode } from "jszip/lib/utf8";

/** JSZip's loadAsync options as lib/load.js completes `{ checkCRC32: false }`. */
const LOAD_OPTIONS = { base64: false, checkCRC32: false, optimizedBinaryString: false, createFolders: false, decodeFileName: utf8decode };

/** A JSZip reader over bytes as they are (lib/reader/DataReader.js's fields, Uint8ArrayReader's methods). */
function readerOver(data: Uint8Array): object {
  return Object.assign(Object.create(Uint8ArrayReader.prototype) as object, { data, length: data.length, index: 0, zero: 0 });
}

/**
 * Loads a zip as `JSZip.loadAsync(bytes, { checkCRC32: false })` does.
 *
 * @param bytes the whole file
 * @returns the zip; rejects where JSZip's loader rejects
 * @example const zip = await loadZip(fs.readFileSync("楚雄.xlsx"))
 */
export async function loadZip(bytes: Uint8Array): Promise<JSZip> {
  const entries = new ZipEntries(LOAD_OPTIONS);
  entries.prepareReader = function (data: Uint8Array) {
    this.reader = readerOver(data);
  };
  entries.load(bytes);
  const zip = new JSZip();
  for (const input of entries.files) {
    const unsafeName = input.fileNameStr;
    const safeName = resolve(input.fileNameStr);
    zip.file(
      safeName,
      input.decompressed as Uint8Array,
      {
        binary: true,
        optimizedBinaryString: true,
        date: input.date,
        dir: input.dir,
        comment: input.fileCommentStr.length ? input.fileCommentStr : null,
        unixPermissions: input.unixPermissions,
        dosPermissions: input.dosPermissions,
        createFolders: LOAD_OPTIONS.createFolders,
      } as unknown as JSZip.JSZipFileOptions,
    );
    if (!input.dir) (zip.file(safeName) as unknown as { unsafeOriginalName: string }).unsafeOriginalName = unsafeName;
  }
  if (entries.zipComment.length) (zip as unknown as { comment: string }).comment = entries.zipComment;
  return zip;
}
