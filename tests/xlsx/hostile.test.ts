/**
 * Hostile and wrong files (scripts/fixtures/make-hostile.js; the small ones are committed in
 * tests/fixtures/hostile/, the zip bombs and the million strings are built in memory): each is
 * refused with its own bilingual message before it can cost unbounded memory or time, and in a
 * batch the other files are still summarised.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { XlsxPackage } from "../../src/xlsx/package/openPackage";
import { XlsxRefusal, type RefusalKind, type XlsxLimits } from "../../src/xlsx/package/limits";
import { streamWorkbook } from "../../src/xlsx/stream/streamWorkbook";
import { nodeInflateRaw } from "../../src/cli/nodeInflate";
import { SAMPLE_PATH } from "../summary/sample";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const hostile = require("../../scripts/fixtures/make-hostile.js") as {
  zipBomb(options?: { gib?: number; declaredSize?: number }): Buffer;
  millionStrings(count?: number): Buffer;
};

const DIR = path.join(__dirname, "../fixtures/hostile");
const BIN = path.join(__dirname, "../../bin/bureau-stats.js");

async function refusal(bytes: Uint8Array, limits: Partial<XlsxLimits> = {}): Promise<XlsxRefusal> {
  try {
    await streamWorkbook(await XlsxPackage.open(bytes, limits));
  } catch (error) {
    if (error instanceof XlsxRefusal) return error;
    throw error;
  }
  throw new Error("the file was not refused");
}

const CASES: [string, RefusalKind, string, string][] = [
  ["csv-renamed.xlsx", "csv", "文本（CSV）", "text (CSV)"],
  ["old.xls", "xls", "旧版 .xls", "old .xls"],
  ["encrypted.xlsx", "encrypted", "打开密码", "password-protected"],
  ["path-traversal.xlsx", "pathTraversal", "不安全的路径“../../evil.xml”", 'unsafe path "../../evil.xml"'],
  ["huge-dimension.xlsx", "tooManyCells", "17,179,869,184 个单元格", "spans 17,179,869,184 cells"],
];

test.each(CASES)("%s is refused as %s with a message in Chinese and English", async (file, kind, zh, en) => {
  const error = await refusal(fs.readFileSync(path.join(DIR, file)));
  expect(error.kind).toBe(kind);
  expect(error.zh).toContain(zh);
  expect(error.en).toContain(en);
  expect(error.message).toBe(`${error.zh} / ${error.en}`);
});

test("a zip bomb (3 GiB of zeros in about 3 MB) is refused from the sizes in the zip directory, before anything is inflated", async () => {
  const bomb = hostile.zipBomb({ gib: 3 });
  expect(bomb.length).toBeLessThan(4 * 1024 * 1024);
  const error = await refusal(bomb);
  expect(error.kind).toBe("zipBomb");
  expect(error.zh).toContain("3,072 MB");
  // With the size limit raised above it, the compression ratio still gives it away.
  expect((await refusal(bomb, { maxUncompressedBytes: 4000 * 1024 * 1024 })).en).toContain("compression ratio of about 1011:1");
});

test("a zip bomb whose directory understates its size is stopped as soon as it inflates past the declared size", async () => {
  const error = await refusal(hostile.zipBomb({ gib: 1, declaredSize: 10000 }));
  expect(error.kind).toBe("zipBomb");
  expect(error.en).toContain("inflates past the 10,000 bytes the zip declares");
});

test("the command line's zlib inflater stops the understating zip bomb the same way", async () => {
  const pkg = await XlsxPackage.open(hostile.zipBomb({ gib: 1, declaredSize: 10000 }), {}, nodeInflateRaw);
  await expect(streamWorkbook(pkg)).rejects.toMatchObject({ kind: "zipBomb", en: expect.stringContaining("inflates past the 10,000 bytes") });
});

test("a million distinct shared strings are refused once the table passes the strings limit (500,000 by default)", async () => {
  const error = await refusal(hostile.millionStrings(1000000));
  expect(error.kind).toBe("tooManyStrings");
  expect(error.en).toContain("500,001 or more entries");
  // A table under the limit is read.
  const data = await streamWorkbook(await XlsxPackage.open(hostile.millionStrings(1000)));
  expect(data.sheets[0].values[0][0]).toBe("单位0");
});

test("the limits can be lowered: --max-cells refuses a sheet the default lets through", async () => {
  const bytes = fs.readFileSync(SAMPLE_PATH);
  const error = await refusal(bytes, { maxCells: 100 });
  expect(error.kind).toBe("tooManyCells");
  expect(error.zh).toContain("--max-cells");
});

test("in a batch every hostile file gets its refusal and the good workbooks are still summarised", () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "bureau-hostile-"));
  try {
    // The package reader refuses an .xls (above); the command line converts it first (src/xlsx/legacy/),
    // so old.xls, the sample saved as .xls, is summarised like the sample itself.
    const refused = CASES.filter(([, kind]) => kind !== "xls");
    const files = [...CASES.map(([f]) => path.join(DIR, f)), SAMPLE_PATH];
    const run = spawnSync(process.execPath, [BIN, "summarize", ...files, "--out", out], { encoding: "utf8", timeout: 60000 });
    expect(run.status).toBe(1);
    for (const [, , zh, en] of refused) {
      expect(run.stderr).toContain(zh);
      expect(run.stderr).toContain(en);
    }
    expect(run.stdout).toContain(`完成 / done: 2/${files.length}`);
    expect(fs.readdirSync(out).sort()).toEqual(["bureau-2024H1.summary.xlsx", "old.summary.xlsx"]);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}, 70000);
