/**
 * CRC-32 (the zip's checksum), incremental, in plain TypeScript for the browser; the command line
 * passes Node's native one instead (src/cli/nodeInflate.ts), which is many times faster.
 */

/** Continues a CRC-32 over more bytes (start from 0). */
export type Crc32 = (data: Uint8Array, previous: number) => number;

let table: Uint32Array | undefined;

function crcTable(): Uint32Array {
  if (table) return table;
  table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

/**
 * The CRC-32 of `data`, continuing from `previous`.
 *
 * @example crc32(new TextEncoder().encode("123456789"), 0) // 0xcbf43926
 */
export const crc32: Crc32 = (data, previous) => {
  const t = crcTable();
  let c = (previous ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) c = t[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
