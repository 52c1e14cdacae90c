/**
 * loadXlsx (src/xlsx/loadXlsx.ts, the loader the in-memory host and the workbench open files with)
 * on bytes that are not a workbook (fast-check): random bytes, random bytes behind a zip signature,
 * the real fixtures cut short at a random length, with random bytes overwritten, and with one XML
 * part damaged inside a sound zip. Each must give a workbook that the reader reads, or a clear
 * bilingual error, within a few seconds: never a hang, a crash, or an error a user cannot read.
 */
import fc from "fast-check";
import fs from "fs";
import { loadXlsx, workbookToSnapshot } from "../../src/xlsx/loadXlsx";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { cutShort, damagedCopy, expectClear, FIXTURE_FILES, openZips, outcome, overwrite, overwritten, PROPERTY_TIMEOUT_MS, xmlDamage } from "./damage";

// hostile/huge-dimension.xlsx (one far cell, XFD1048576) is included: this property found loadXlsx
// building a 17-billion-cell grid for it; loadXlsx now measures the used ranges first and refuses.
const REAL = FIXTURE_FILES.map((f) => fs.readFileSync(f));

/** loadXlsx, then the reader on what it loaded. */
test("loadXlsx refuses a sheet whose used range spans 17 billion cells, in both languages, without building it", async () => {
  const bytes = fs.readFileSync(FIXTURE_FILES.find((f) => f.endsWith("huge-dimension.xlsx"))!);
  await expect(loadXlsx(bytes, "huge-dimension.xlsx")).rejects.toThrow(/17,179,869,184 个单元格.*spans 17,179,869,184 cells/s);
});

async function load(bytes: Uint8Array): Promise<number> {
  const workbook = await loadXlsx(bytes, "random.xlsx");
  readWorkbook(workbookToSnapshot(workbook));
  return workbook.sheets.length;
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

describe("loadXlsx on what is not a workbook", () => {
  test(
    "random bytes, with and without a zip signature in front, give a clear error",
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), fc.boolean(), async (bytes, zip) => {
          const result = await outcome(zip ? Uint8Array.from([...ZIP_SIGNATURE, ...bytes]) : bytes, load);
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
        fc.asyncProperty(cutShort, async ({ which, fraction }) => {
          const file = REAL[which % REAL.length];
          expectClear(await outcome(file.subarray(0, Math.floor(file.length * fraction)), load));
        }),
        { numRuns: 100 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  test(
    "a real fixture with random bytes overwritten loads and reads, or gives a clear error",
    async () => {
      let errors = 0;
      await fc.assert(
        fc.asyncProperty(overwritten, async ({ which, edits }) => {
          const result = await outcome(overwrite(REAL[which % REAL.length], edits), load);
          expectClear(result);
          if (result.kind === "error") errors++;
        }),
        { numRuns: 150 },
      );
      expect(errors).toBeGreaterThan(0);
    },
    PROPERTY_TIMEOUT_MS,
  );

  test(
    "a real fixture whose sheet, string or style XML is damaged inside a sound zip loads and reads, or gives a clear error",
    async () => {
      const zips = await openZips(REAL);
      const kinds = { loaded: 0, error: 0, hang: 0 };
      await fc.assert(
        fc.asyncProperty(xmlDamage, async (damage) => {
          const result = await outcome(await damagedCopy(zips, damage), load);
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
