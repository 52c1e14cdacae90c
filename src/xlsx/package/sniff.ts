/**
 * What a file is, from its first bytes: a zip package (.xlsx/.xlsm), an OLE compound file (an
 * old .xls, or an .xlsx encrypted with an open password, which Excel stores in the same
 * container), or text (a .csv renamed .xlsx). Lets the reader refuse with the right message
 * before anything is inflated.
 */
import { refuse } from "./limits";

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** Whether the UTF-16LE spelling of `name` occurs in the bytes (CFB directory entries are UTF-16LE). */
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
 * Throws the fitting {@link XlsxRefusal} unless the bytes start like a zip package.
 *
 * @param bytes the whole file
 * @example checkSignature(new TextEncoder().encode("序号,县\n1,楚雄")) // throws the CSV refusal
 */
export function checkSignature(bytes: Uint8Array): void {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5)) return;
  if (startsWith(bytes, CFB_MAGIC)) {
    if (holdsUtf16(bytes, "EncryptedPackage") || holdsUtf16(bytes, "EncryptionInfo")) throw refuse.encrypted();
    throw refuse.xls();
  }
  const head = bytes.subarray(0, 4096);
  if (head.length > 0 && !head.includes(0)) throw refuse.csv();
  throw refuse.notZip();
}
