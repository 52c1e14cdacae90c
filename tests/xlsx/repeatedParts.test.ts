/**
 * Issue 28: the small parts a form's county returns share byte for byte (relationships, workbook,
 * styles) are inflated once per run (src/xlsx/package/repeatedParts.ts) — and a package whose
 * directory disagrees with them is still refused as damaged, as if nothing had been seen before.
 */
import { XlsxPackage } from "../../src/xlsx/package/openPackage";
import { XlsxRefusal } from "../../src/xlsx/package/limits";
import { streamWorkbook } from "../../src/xlsx/stream/streamWorkbook";
import { nodeInflateRaw } from "../../src/cli/nodeInflate";
import type { RawInflater } from "../../src/xlsx/package/openPackage";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { zipOf, workbookEntries } = require("../../scripts/fixtures/make-hostile.js") as {
  zipOf(entries: { name: string; data: string; crc?: number; declaredSize?: number }[]): Buffer;
  workbookEntries(sheet: string | undefined, sst?: string, more?: { sheets?: string }): { name: string; data: string }[];
};

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const sheet = (value: number) => `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>${value}</v></c></row></sheetData></worksheet>`;

/** An inflater that counts the parts it inflates. */
function countingInflater(): { inflate: RawInflater; count: () => number } {
  let n = 0;
  return {
    inflate: (compressed, onChunk) => {
      n++;
      return nodeInflateRaw(compressed, onChunk);
    },
    count: () => n,
  };
}

test("a second return of the same form inflates only its own parts, and reads the same", async () => {
  // Parts no earlier test of this file held: a workbook name of its own.
  const form = (value: number) => workbookEntries(sheet(value), undefined, { sheets: '<sheet name="重复的表" sheetId="1" r:id="rId1"/>' });
  const first = countingInflater();
  const one = await streamWorkbook(await XlsxPackage.open(zipOf(form(1)), {}, { inflateRaw: first.inflate }), "一.xlsx");
  const second = countingInflater();
  const two = await streamWorkbook(await XlsxPackage.open(zipOf(form(2)), {}, { inflateRaw: second.inflate }), "二.xlsx");
  expect(one.sheets[0].values).toEqual([[1]]);
  expect(two.sheets[0].values).toEqual([[2]]);
  expect(two.sheets[0].name).toBe("重复的表");
  expect(first.count()).toBeGreaterThan(second.count());
  // The sheet differs, so it is inflated again.
  expect(second.count()).toBeGreaterThanOrEqual(1);
});

test("a part seen before under a wrong checksum or size is refused as a part never seen would be", async () => {
  const form = (name: string) => workbookEntries(sheet(3), undefined, { sheets: `<sheet name="${name}" sheetId="1" r:id="rId1"/>` });
  const refusal = async (entries: { name: string; data: string }[]) => {
    try {
      await streamWorkbook(await XlsxPackage.open(zipOf(entries), {}, { inflateRaw: nodeInflateRaw }));
    } catch (error) {
      if (error instanceof XlsxRefusal) return { kind: error.kind, zh: error.zh };
      throw error;
    }
    return undefined;
  };
  await streamWorkbook(await XlsxPackage.open(zipOf(form("校验")), {}, { inflateRaw: nodeInflateRaw }));
  for (const [i, lie] of [{ crc: 0x12345678 }, { declaredSize: 7 }].entries()) {
    const lying = (entries: { name: string; data: string }[]) => entries.map((e) => (e.name === "xl/workbook.xml" ? { ...e, ...lie } : e));
    // The same lie in a workbook.xml never read before (its own sheet name), then in the one just read whole.
    const unseen = await refusal(lying(form(`未见${i}`)));
    expect(unseen).toBeDefined();
    expect(await refusal(lying(form("校验")))).toEqual(unseen);
  }
});
