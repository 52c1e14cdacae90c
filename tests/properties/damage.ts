/**
 * Damaged workbooks for the loader properties: the real fixtures, fast-check generators that cut
 * them short, overwrite bytes, or damage one XML part inside a sound zip, and a harness that runs a
 * loader on the result with a hang timeout.
 */
import fc from "fast-check";
import fs from "fs";
import JSZip from "jszip";
import path from "path";

/** Longer than any fixture takes to load on a busy machine; a load that takes this long hangs. */
export const HANG_MS = 10000;

/** A property runs a few seconds; this leaves room for a CI machine under load. */
export const PROPERTY_TIMEOUT_MS = 120000;

/**
 * Every workbook under a folder and its subfolders.
 *
 * @param dir the folder
 * @returns .xlsx, .xlsm and .xls paths
 */
export function workbooksUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return workbooksUnder(full);
    return /\.xls[xm]?$/i.test(entry.name) ? [full] : [];
  });
}

/** Every fixture under tests/fixtures/, hostile ones and the .xlsm included. */
export const FIXTURE_FILES = workbooksUnder(path.join(__dirname, "..", "fixtures"));

/** What a load came to. */
export type Outcome = { kind: "loaded"; sheets: number } | { kind: "error"; message: string } | { kind: "hang" };

/**
 * Runs a loader on bytes and says how it ended, giving up after HANG_MS.
 *
 * @param bytes the file
 * @param load the loader; resolves with the number of sheets
 * @returns loaded, error (with the message) or hang
 */
export async function outcome(bytes: Uint8Array, load: (bytes: Uint8Array) => Promise<number>): Promise<Outcome> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<Outcome>((resolve) => (timer = setTimeout(() => resolve({ kind: "hang" }), HANG_MS)));
  const run = load(bytes).then(
    (sheets): Outcome => ({ kind: "loaded", sheets }),
    (error: unknown): Outcome => ({ kind: "error", message: error instanceof Error ? error.message : `not an Error: ${String(error)}` }),
  );
  try {
    return await Promise.race([run, hang]);
  } finally {
    clearTimeout(timer);
  }
}

/** A workbook, or an error a user can read: Chinese and English, not a bare JavaScript message. */
export function expectClear(result: Outcome): void {
  expect(result.kind).not.toBe("hang");
  if (result.kind === "error") {
    expect(result.message).toMatch(/[\u4e00-\u9fff]/);
    expect(result.message).toMatch(/[A-Za-z]{3,}/);
  }
}

/** Which fixture, where to cut it (a fraction of its length). */
export const cutShort = fc.record({ which: fc.nat(1000), fraction: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }) });

/** Which fixture, and up to eight bytes overwritten at random places. */
export const overwritten = fc.record({
  which: fc.nat(1000),
  edits: fc.array(fc.record({ at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), byte: fc.integer({ min: 0, max: 255 }) }), {
    minLength: 1,
    maxLength: 8,
  }),
});

/**
 * Applies a byte edit to a copy of a file.
 *
 * @param file the file
 * @param edits places (fractions of the length) and new bytes
 * @returns the damaged copy
 */
export function overwrite(file: Uint8Array, edits: readonly { at: number; byte: number }[]): Uint8Array {
  const copy = Uint8Array.from(file);
  for (const e of edits) copy[Math.floor(e.at * copy.length)] = e.byte;
  return copy;
}

/** Damage to one XML part: cut it short, or replace a stretch of it with markup debris. */
export const xmlDamage = fc.record({
  which: fc.nat(1000),
  part: fc.nat(1000),
  at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  cut: fc.nat(40),
  insert: fc.constantFrom("", "<", ">", "&", '"', "</row>", '<c r="ZZZ0">', "<v>1e999</v>", "\u0000", "<!--", "]]>", '<c t="s"><v>99999</v></c>'),
  truncate: fc.boolean(),
});

/**
 * Opens the zip fixtures once, for XML damage.
 *
 * @param files the fixture bytes
 * @returns each zip with the names of its XML parts
 */
export async function openZips(files: readonly Uint8Array[]): Promise<OpenedZip[]> {
  const zipped = files.filter((bytes) => bytes[0] === 0x50 && bytes[1] === 0x4b);
  const zips = await Promise.all(zipped.map((bytes) => JSZip.loadAsync(bytes)));
  return zips.map((zip, i) => ({ bytes: zipped[i], zip, parts: Object.keys(zip.files).filter((name) => name.endsWith(".xml") || name.endsWith(".rels")) }));
}

/** A fixture's bytes, opened, with the names of its XML parts. */
export interface OpenedZip {
  readonly bytes: Uint8Array;
  readonly zip: JSZip;
  readonly parts: string[];
}

/**
 * A copy of a fixture with one XML part damaged, re-zipped soundly.
 *
 * @param zips the opened fixtures
 * @param damage what to damage and how
 * @returns the damaged file's bytes
 */
export async function damagedCopy(zips: readonly OpenedZip[], damage: typeof xmlDamage extends fc.Arbitrary<infer T> ? T : never): Promise<Uint8Array> {
  const { bytes, zip, parts } = zips[damage.which % zips.length];
  const name = parts[damage.part % parts.length];
  const xml = await zip.file(name)!.async("string");
  const i = Math.floor(damage.at * xml.length);
  const damaged = damage.truncate ? xml.slice(0, i) : xml.slice(0, i) + damage.insert + xml.slice(i + damage.cut);
  const copy = await JSZip.loadAsync(bytes);
  copy.file(name, damaged);
  return copy.generateAsync({ type: "uint8array" });
}
