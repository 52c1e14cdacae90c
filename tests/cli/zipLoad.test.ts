/**
 * The command line's zip loader (src/cli/zipLoad.ts) gives what JSZip's loadAsync gives — the same
 * entries with the same names, dates, sizes, checksums, compressed bytes and original names, and a
 * rejection where it rejects — without loadAsync's first pass, which rewrites every byte of the
 * file as itself (0.17 s of a million-row ledger's 79 MB). Reference: JSZip.loadAsync itself, on
 * every workbook of the fixtures, the corpus and the sample, the hostile files, a zip bomb, and
 * damaged copies (cut short, a byte changed in the directory).
 */
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import { loadZip } from "../../src/cli/zipLoad";
import { NODE_PACKAGE_TOOLS } from "../../src/cli/nodeInflate";
import { XlsxPackage } from "../../src/xlsx/package/openPackage";
import { streamWorkbook } from "../../src/xlsx/stream/streamWorkbook";
import { SAMPLE_PATH } from "../summary/sample";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const hostile = require("../../scripts/fixtures/make-hostile.js") as { zipBomb(options?: { gib?: number }): Buffer };

const ROOT = path.join(__dirname, "..");
const inFolder = (dir: string) =>
  fs
    .readdirSync(path.join(ROOT, dir))
    .filter((f) => /\.(xlsx|xlsm|xls)$/.test(f))
    .map((f) => path.join(ROOT, dir, f));
const FILES = [...inFolder("fixtures"), ...inFolder("fixtures/hostile"), ...inFolder("corpus/workbooks"), SAMPLE_PATH];

/** What a loaded zip holds, entry by entry, as the package reads it (JSZip keeps the directory's figures on `_data`). */
function entriesOf(zip: JSZip): unknown[] {
  return Object.values(zip.files).map((file) => {
    const data = (file as unknown as { _data?: Record<string, unknown> })._data ?? {};
    const content = data.compressedContent;
    return {
      name: file.name,
      original: (file as unknown as { unsafeOriginalName?: string }).unsafeOriginalName,
      dir: file.dir,
      date: file.date.getTime(),
      comment: file.comment,
      unixPermissions: file.unixPermissions,
      dosPermissions: file.dosPermissions,
      sizes: [data.compressedSize, data.uncompressedSize, data.crc32],
      method: (data.compression as { magic?: string } | undefined)?.magic,
      content: content instanceof Uint8Array ? Buffer.from(content).toString("base64") : content,
    };
  });
}

/** The entries a loader gives, or the fact that it rejected. */
async function outcome(load: () => Promise<JSZip>): Promise<unknown> {
  try {
    const zip = await load();
    return { entries: entriesOf(zip), comment: (zip as unknown as { comment?: string }).comment ?? null };
  } catch {
    return "rejected";
  }
}

const sameAsJSZip = async (bytes: Uint8Array) => {
  const ours = await outcome(() => loadZip(bytes));
  expect(ours).toEqual(await outcome(() => JSZip.loadAsync(bytes, { checkCRC32: false })));
  return ours;
};

describe("the command line's zip loader gives what JSZip.loadAsync gives", () => {
  test.each(FILES.map((f) => [path.relative(ROOT, f), f]))("%s", async (_name, file) => {
    await sameAsJSZip(fs.readFileSync(file));
  });

  it("on a zip bomb (3 GiB declared), and on damaged copies of the sample: cut short, a byte of the directory changed", async () => {
    expect(await sameAsJSZip(hostile.zipBomb({ gib: 3 }))).not.toBe("rejected");
    const sample = fs.readFileSync(SAMPLE_PATH);
    const outcomes: unknown[] = [];
    for (const cut of [100, 1000, sample.length - 300, sample.length - 30]) outcomes.push(await sameAsJSZip(sample.subarray(0, cut)));
    for (let at = sample.length - 600; at < sample.length; at += 37) {
      const changed = Buffer.from(sample);
      changed[at] ^= 0x5a;
      outcomes.push(await sameAsJSZip(changed));
    }
    // Both kinds occur: copies JSZip rejects and copies it reads.
    expect(outcomes).toContain("rejected");
    expect(outcomes.some((o) => o !== "rejected")).toBe(true);
  });
});

describe("opening a package with the command line's tools", () => {
  it("never hands the file to JSZip.loadAsync, and the sample reads as it does through loadAsync", async () => {
    const bytes = fs.readFileSync(SAMPLE_PATH);
    const spy = jest.spyOn(JSZip, "loadAsync");
    try {
      const ours = await streamWorkbook(await XlsxPackage.open(bytes, {}, NODE_PACKAGE_TOOLS));
      expect(spy).not.toHaveBeenCalled();
      const theirs = await streamWorkbook(await XlsxPackage.open(bytes));
      expect(spy).toHaveBeenCalledTimes(1);
      expect(ours).toEqual(theirs);
    } finally {
      spy.mockRestore();
    }
  });
});
