/**
 * The command line's inflater hands the scanners Node Buffers (issue 28). Buffer is a subclass of
 * Uint8Array: the scanners' loops, meeting their own carried bytes (Uint8Array) and the chunks
 * (Buffer), were compiled for both kinds, and Buffer's `indexOf` and `subarray` each cost a call
 * into Node (the shared strings called `indexOf` at almost every tag).
 * The feeder now gives every scanner a plain Uint8Array over the same memory, and the
 * shared-strings scanner finds "<" with a loop. The strings read are the same.
 */
import { ChunkFeeder, plainBytes } from "../../src/xlsx/stream/byteXml";
import { stringsScanner } from "../../src/xlsx/stream/sharedStrings";

/** A shared-strings part of `count` Chinese and Latin strings (invented), cut into Buffers of `size` bytes. */
function partInBuffers(count: number, size: number): { strings: string[]; chunks: Buffer[] } {
  const strings = Array.from({ length: count }, (_, i) => (i % 3 === 0 ? `单位${i}` : i % 3 === 1 ? `乡镇${i}（含 &）` : `unit ${i}`));
  const xml = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${strings
    .map((s) => `<si><t>${s.replace(/&/g, "&amp;")}</t></si>`)
    .join("")}</sst>`;
  const bytes = Buffer.from(xml, "utf8");
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
  return { strings, chunks };
}

test("a Buffer is read as a plain Uint8Array over the same bytes, a Uint8Array as itself", () => {
  const buffer = Buffer.from('<row r="1"/>');
  const plain = plainBytes(buffer);
  expect(Object.getPrototypeOf(plain)).toBe(Uint8Array.prototype);
  expect(plain.buffer).toBe(buffer.buffer);
  expect(plain.byteOffset).toBe(buffer.byteOffset);
  expect([...plain]).toEqual([...buffer]);
  const bytes = new Uint8Array([60, 47, 62]);
  expect(plainBytes(bytes)).toBe(bytes);
});

test("fed Buffers, the scanner only ever sees plain Uint8Arrays and no Buffer method is called per tag", () => {
  const { strings, chunks } = partInBuffers(3000, 1000);
  const read: string[] = [];
  const kinds = new Set<unknown>();
  const scan = stringsScanner((text) => read.push(text));
  const feeder = new ChunkFeeder((bytes, start, final) => {
    kinds.add(Object.getPrototypeOf(bytes));
    return scan(bytes, start, final);
  }, "xl/sharedStrings.xml");
  const indexOf = jest.spyOn(Buffer.prototype, "indexOf");
  const subarray = jest.spyOn(Buffer.prototype, "subarray");
  try {
    for (const chunk of chunks) feeder.push(chunk);
    feeder.end();
    // On the code before: 7,957 indexOf calls on the Buffers for these 3,000 strings.
    expect(indexOf).not.toHaveBeenCalled();
    expect(subarray).not.toHaveBeenCalled();
  } finally {
    indexOf.mockRestore();
    subarray.mockRestore();
  }
  expect([...kinds]).toEqual([Uint8Array.prototype]);
  expect(read).toEqual(strings);
});
