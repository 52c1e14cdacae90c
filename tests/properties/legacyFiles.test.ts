/**
 * The command line's path for old binary workbooks and text tables (src/xlsx/legacy/: SheetJS
 * parses, an .xlsx package is written and read back within the limits) on damaged files
 * (fast-check): the real .xls files of ../shared/real-workbooks and the sample saved as .xls, cut
 * short or with bytes overwritten, and random CSV text. Each must give sheets or a clear bilingual
 * error within a few seconds: never a hang or a bare JavaScript error.
 */
import fc from "fast-check";
import fs from "fs";
import path from "path";
import { openWorkbookFile } from "../../src/xlsx/openWorkbookFile";
import { streamWorkbook } from "../../src/xlsx/stream/streamWorkbook";
import { cutShort, expectClear, outcome, overwrite, overwritten, PROPERTY_TIMEOUT_MS } from "./damage";

const REAL_DIR = path.join(__dirname, "../../../shared/real-workbooks");
// The small real .xls files (the 160 KB disaster export is read whole in tests/xlsx/legacyFiles.test.ts).
const XLS = [
  ...fs
    .readdirSync(REAL_DIR)
    .filter((f) => f.endsWith(".xls") && fs.statSync(path.join(REAL_DIR, f)).size < 100000)
    .map((f) => path.join(REAL_DIR, f)),
  path.join(__dirname, "../fixtures/hostile/old.xls"),
].map((f) => fs.readFileSync(f));

async function read(bytes: Uint8Array, name: string): Promise<number> {
  const { pkg } = await openWorkbookFile(bytes, name);
  return (await streamWorkbook(pkg, name)).sheets.length;
}

test(
  "a real .xls cut short or with bytes overwritten gives its sheets or a clear error",
  async () => {
    const kinds = { loaded: 0, error: 0, hang: 0 };
    await fc.assert(
      fc.asyncProperty(fc.oneof(cutShort, overwritten), async (damage) => {
        const file = XLS[damage.which % XLS.length];
        const bytes = "fraction" in damage ? file.subarray(0, Math.max(8, Math.floor(file.length * damage.fraction))) : overwrite(file, damage.edits);
        const result = await outcome(bytes, (b) => read(b, "damaged.xls"));
        expectClear(result);
        kinds[result.kind]++;
      }),
      { numRuns: 80 },
    );
    expect(kinds.loaded).toBeGreaterThan(0);
    expect(kinds.error).toBeGreaterThan(0);
  },
  PROPERTY_TIMEOUT_MS,
);

test(
  "any text named .csv gives a sheet or a clear error",
  async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", maxLength: 400 }), async (text) => {
        expectClear(await outcome(new TextEncoder().encode(text), (b) => read(b, "random.csv")));
      }),
      { numRuns: 150 },
    );
  },
  PROPERTY_TIMEOUT_MS,
);
