/**
 * Safe writing (issue 27, items 2 and 4), with faults injected: the output is written whole or not
 * at all, and never through to an input.
 *
 * - A symlink or a hard link at the output's name that leads to the input is refused, naming
 *   both; the input's sha256 is unchanged. (Before: the summary was written through it and the
 *   input was gone; the guard compared path strings only.)
 * - A process killed with SIGKILL at random points of a 48 MB write leaves the old file or the new
 *   one, never a truncated one (before: a truncated summary under the final name 5 times out of 5),
 *   and the next write removes the temporary file the killed run left.
 * - A full disk (a 256 KB tmpfs) gives the catalogue's ENOSPC message and leaves the earlier file
 *   as it was and no temporary file (before: a truncated 256 KB file after the message).
 * - A FIFO given as input is refused at once (before: the run blocked forever).
 */
import { spawn, spawnSync } from "child_process";
import { createHash, randomBytes } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readInputFile } from "../../src/cli/readInputFile";
import { InputGuard, writeFileSafely } from "../../src/cli/safeWrite";
import { FileError } from "../../src/cli/fileErrors";
import { messageOf } from "../../src/core/messages";

const ROOT = path.join(__dirname, "../..");
const BUILT = path.join(ROOT, "dist/cli/cli/safeWrite.js");
const sha = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");
let dir: string;

beforeAll(() => {
  // The child processes below use the command line's transpiled modules.
  spawnSync(process.execPath, [path.join(ROOT, "bin/bureau-stats.js")], { stdio: "ignore" });
});
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "bureau-safe-"))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function thrown(f: () => unknown): FileError {
  try {
    f();
  } catch (error) {
    if (error instanceof FileError) return error;
    throw error;
  }
  throw new Error("nothing was thrown");
}

test("a symlink at the output's name that leads to the input is refused, and the input is unchanged", () => {
  const input = path.join(dir, "楚雄.xlsx");
  fs.writeFileSync(input, "the county's return");
  const before = sha(input);
  fs.mkdirSync(path.join(dir, "out"));
  const output = path.join(dir, "out", "楚雄.summary.xlsx");
  fs.symlinkSync(input, output);
  const error = thrown(() => writeFileSafely(output, new Uint8Array([1, 2, 3]), InputGuard.of([input])));
  expect(error.bilingual.zh).toBe(`输出“${output}”指向输入文件“${input}”（同一文件、链接或快捷方式），已拒绝写入；输入文件未改动`);
  expect(sha(input)).toBe(before);
  expect(fs.readdirSync(path.join(dir, "out"))).toEqual(["楚雄.summary.xlsx"]);
});

test("a hard link at the output's name to the input is refused (same device and inode)", () => {
  const input = path.join(dir, "报表.xlsx");
  fs.writeFileSync(input, "the county's return");
  const output = path.join(dir, "报表.summary.xlsx");
  fs.linkSync(input, output);
  expect(thrown(() => writeFileSafely(output, new Uint8Array([1]), InputGuard.of([input]))).bilingual.en).toContain(`leads to the input "${input}"`);
  expect(fs.readFileSync(input, "utf8")).toBe("the county's return");
});

test("an output folder that is a symlink to the input's folder is seen through: the input's own name is refused", () => {
  const input = path.join(dir, "data", "报表.xlsx");
  fs.mkdirSync(path.dirname(input));
  fs.writeFileSync(input, "x");
  fs.symlinkSync(path.join(dir, "data"), path.join(dir, "shared"));
  const guard = InputGuard.of([input]);
  expect(guard.inputAt(path.join(dir, "shared", "报表.xlsx"))).toBe(input);
  expect(guard.inputAt(path.join(dir, "shared", "报表.summary.xlsx"))).toBeUndefined();
});

test("a symlink to another file at the output's name is replaced, not written through", () => {
  const other = path.join(dir, "other.txt");
  fs.writeFileSync(other, "someone else's file");
  const output = path.join(dir, "a.summary.xlsx");
  fs.symlinkSync(other, output);
  writeFileSafely(output, new Uint8Array([7, 7]), InputGuard.of([]));
  expect(fs.readFileSync(other, "utf8")).toBe("someone else's file");
  expect(fs.lstatSync(output).isSymbolicLink()).toBe(false);
  expect([...fs.readFileSync(output)]).toEqual([7, 7]);
});

test("a write replaces the earlier file whole and leaves no temporary file", () => {
  const output = path.join(dir, "new", "folder", "x.summary.xlsx");
  writeFileSafely(output, new Uint8Array([1]), InputGuard.of([]));
  writeFileSafely(output, new Uint8Array([2, 2]), InputGuard.of([]));
  expect([...fs.readFileSync(output)]).toEqual([2, 2]);
  expect(fs.readdirSync(path.dirname(output))).toEqual(["x.summary.xlsx"]);
});

test("a folder at the output's name, or a file where a folder should be, gives the catalogue's words, not Node's", () => {
  fs.mkdirSync(path.join(dir, "x.summary.xlsx"));
  expect(thrown(() => writeFileSafely(path.join(dir, "x.summary.xlsx"), new Uint8Array([1]), InputGuard.of([]))).bilingual.zh).toContain("是一个文件夹");
  fs.writeFileSync(path.join(dir, "file"), "");
  const error = thrown(() => writeFileSafely(path.join(dir, "file", "x.summary.xlsx"), new Uint8Array([1]), InputGuard.of([])));
  expect(error.bilingual.en).toContain("a part of the path is not a folder");
  expect(error.message).not.toMatch(/EEXIST|ENOTDIR|errno/);
});

test("an unknown failure is the catalogue's internal-error message, never the exception's text", () => {
  const message = messageOf(new TypeError("Cannot read properties of undefined (reading 'replace')"));
  expect(message.en).toContain("An internal error occurred");
  expect(JSON.stringify(message)).not.toContain("replace");
});

/** The transpiled writer run in a child: writes `bytes` (a file) to `target`. */
const CHILD = `
const fs = require("fs");
const { writeFileSafely, InputGuard } = require(${JSON.stringify(BUILT)});
const [target, source] = process.argv.slice(1);
try { writeFileSafely(target, fs.readFileSync(source), InputGuard.of([])); process.stdout.write("written"); }
catch (e) { process.stdout.write(JSON.stringify(e.bilingual || { en: String(e) })); }
`;

test("killed with SIGKILL at random points of a 48 MB write, the output is the old file or the new one, never a truncated one", async () => {
  const target = path.join(dir, "big.summary.xlsx");
  const old = randomBytes(1024 * 1024);
  fs.writeFileSync(target, old);
  const oldSha = sha(target);
  const source = path.join(dir, "new.bin");
  fs.writeFileSync(source, randomBytes(48 * 1024 * 1024));
  const newSha = sha(source);
  // How long one uninterrupted write takes, to spread the kills over it.
  const started = Date.now();
  spawnSync(process.execPath, ["-e", CHILD, target, source]);
  const duration = Math.max(50, Date.now() - started);
  fs.writeFileSync(target, old);
  const seen = { old: 0, new: 0 };
  for (let i = 0; i < 12; i++) {
    const child = spawn(process.execPath, ["-e", CHILD, target, source]);
    const exited = new Promise((resolve) => child.on("exit", resolve));
    await new Promise((resolve) => setTimeout(resolve, Math.random() * duration));
    child.kill("SIGKILL");
    await exited;
    const now = sha(target);
    expect([oldSha, newSha]).toContain(now);
    seen[now === oldSha ? "old" : "new"]++;
    if (now === newSha) fs.writeFileSync(target, old);
  }
  // Killed runs may leave temporary files; the next write into the folder removes them.
  spawnSync(process.execPath, ["-e", CHILD, target, source]);
  expect(sha(target)).toBe(newSha);
  expect(fs.readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  expect(seen.old + seen.new).toBe(12);
}, 120000);

/** Runs a shell script with a 256 KB tmpfs mounted at `mount`: directly as root, else in a user namespace. */
function onSmallDisk(mount: string, script: string): { stdout: string; how: string } {
  for (const [how, command, args] of [
    ["mount", "sh", ["-c", `mount -t tmpfs -o size=256k tmpfs "${mount}" && trap 'umount "${mount}"' EXIT && ${script}`]],
    ["unshare", "unshare", ["-Urm", "sh", "-c", `mount -t tmpfs -o size=256k tmpfs "${mount}" && ${script}`]],
  ] as const) {
    const run = spawnSync(command, [...args], { encoding: "utf8" });
    if (run.status === 0 && run.stdout.includes("@@")) return { stdout: run.stdout, how };
  }
  throw new Error("no way to mount a small tmpfs here (neither mount as root nor unshare -Urm)");
}

test("ENOSPC on a 256 KB tmpfs: the catalogue's message, the earlier file as it was, no temporary file left", () => {
  const mount = path.join(dir, "disk");
  fs.mkdirSync(mount);
  const source = path.join(dir, "new.bin");
  fs.writeFileSync(source, randomBytes(1024 * 1024));
  const target = path.join(mount, "x.summary.xlsx");
  const script =
    `printf 'earlier summary' > "${target}" && ` +
    `"${process.execPath}" -e '${CHILD.replace(/'/g, "'\\''")}' "${target}" "${source}" && ` +
    `echo @@ && cat "${target}" && echo @@ && ls -a "${mount}"`;
  const { stdout } = onSmallDisk(mount, script);
  const [result, content, listing] = stdout.split("@@");
  const message = JSON.parse(result) as { zh: string; en: string };
  expect(message.zh).toBe(`无法写入“${target}”：磁盘空间不足；原有文件未改动`);
  expect(message.en).toContain("the disk is full");
  expect(content.trim()).toBe("earlier summary");
  expect(listing.split(/\s+/).filter((n) => n.endsWith(".tmp"))).toEqual([]);
});

test("a FIFO given as input is refused at once, a folder is named as a folder", () => {
  const fifo = path.join(dir, "pipe.xlsx");
  spawnSync("mkfifo", [fifo]);
  const started = Date.now();
  expect(() => readInputFile(fifo, 1024)).toThrow(/不是普通文件|not a regular file/);
  expect(Date.now() - started).toBeLessThan(5000);
  expect(() => readInputFile(dir, 1024)).toThrow(/is a folder, not a workbook file/);
  expect(() => readInputFile(path.join(dir, "missing.xlsx"), 1024)).toThrow(/does not exist/);
  fs.writeFileSync(path.join(dir, "big.xlsx"), Buffer.alloc(2048));
  expect(() => readInputFile(path.join(dir, "big.xlsx"), 1024)).toThrow(/over the/);
  expect(readInputFile(path.join(dir, "big.xlsx"), 4096)).toHaveLength(2048);
});
