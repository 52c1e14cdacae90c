/**
 * Which reader a file needs, from its first bytes and its name: an .xlsx/.xlsm package (a zip),
 * an old binary workbook (.xls, and WPS's .et, both OLE compound files), or a text table (.csv).
 * An encrypted .xlsx lives in the same compound-file container as an .xls; it is left to the
 * package reader, which refuses it with its own message, as it refuses text named .xlsx.
 */

import { refuse } from "../package/limits";

/** The reader a file goes to. */
export type WorkbookFileKind = "xlsx" | "legacy" | "csv";

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const TEXT_NAME = /\.(csv|txt)$/i;

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** Whether the UTF-16LE spelling of `name` occurs in the bytes (compound-file directory entries are UTF-16LE). */
function holdsUtf16(bytes: Uint8Array, name: string): boolean {
  const pattern = Array.from(name).flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8]);
  const first = pattern[0];
  outer: for (let i = bytes.indexOf(first); i !== -1 && i <= bytes.length - pattern.length; i = bytes.indexOf(first, i + 1)) {
    for (let j = 1; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * The reader for a file.
 *
 * @param bytes the whole file
 * @param name its file name (a text file is read as a table only when it is named .csv or .txt)
 * @returns "legacy" for an .xls/.et compound file (not an encrypted .xlsx), "csv" for text named .csv/.txt, else "xlsx"
 * @example workbookFileKind(xlsBytes, "2005_7.xls") // "legacy"
 */
export function workbookFileKind(bytes: Uint8Array, name = ""): WorkbookFileKind {
  if (startsWith(bytes, CFB_MAGIC)) {
    return holdsUtf16(bytes, "EncryptedPackage") || holdsUtf16(bytes, "EncryptionInfo") ? "xlsx" : "legacy";
  }
  const zip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  // Excel's "Unicode text" is UTF-16 with a byte-order mark, so it holds zero bytes; other text does not.
  const utf16 = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
  if (!zip && TEXT_NAME.test(name) && (utf16 || !bytes.subarray(0, 4096).includes(0))) return "csv";
  return "xlsx";
}

/**
 * Refuses a text file under a workbook's name (x.xls, x.xlsx …) in words that give its own
 * extension and offer renaming it to .csv, the name under which the reader takes it. Called where
 * {@link workbookFileKind} said "xlsx"; anything else is left to the package reader.
 *
 * @param bytes the whole file
 * @param name its file name
 * @example refuseTextUnderName(new TextEncoder().encode("县,起数"), "县报表.xls") // throws "…只是扩展名为 .xls…"
 */
export function refuseTextUnderName(bytes: Uint8Array, name: string): void {
  const extension = /\.[^./\\]+$/.exec(name)?.[0];
  const head = bytes.subarray(0, 4096);
  const zip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (extension && head.length > 0 && !zip && !startsWith(bytes, CFB_MAGIC) && !head.includes(0)) throw refuse.csv(extension.toLowerCase());
}
