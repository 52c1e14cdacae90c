/**
 * The command line under faults (issue 27, items 2, 8 and 10), through runCli as a user runs it:
 * an output name that is a symlink or a hard link to the input is never written through (a derived
 * name moves on to the next free one, a name the user gave is refused) and the input keeps its
 * sha256; a FIFO among the inputs is refused at once and the batch goes on; a name too long for the
 * file system gives the catalogue's words, not Node's ENAMETOOLONG.
 */
import { spawnSync } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../../src/cli/main";
import { SAMPLE_PATH } from "../summary/sample";

const sha = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");
/** Node's and JavaScript's own words, which must never reach a user. */
const INTERNAL = /E[A-Z]{4,}|errno|syscall|Cannot read propert|undefined|at .*\.js/;
let dir: string;

beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "bureau-cli-faults-"))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(
    argv,
    (s) => out.push(s),
    (s) => err.push(s),
  );
  return { code, out: out.join("\n"), err: err.join("\n") };
}

test.each([
  ["a symlink", (from: string, to: string) => fs.symlinkSync(from, to)],
  ["a hard link", (from: string, to: string) => fs.linkSync(from, to)],
])(
  "a derived output name that is %s to the input is never written through: the summary takes the next free name, the input keeps its sha256",
  async (_what, link) => {
    const input = path.join(dir, "楚雄.xlsx");
    fs.copyFileSync(SAMPLE_PATH, input);
    const before = sha(input);
    const out = path.join(dir, "shared");
    fs.mkdirSync(out);
    link(input, path.join(out, "楚雄.summary.xlsx"));
    const r = await run(["summarize", input, "--out", out, "--force"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`已写入 / written: ${path.join(out, "楚雄.summary (2).xlsx")}`);
    expect(sha(input)).toBe(before);
    expect(sha(path.join(out, "楚雄.summary.xlsx"))).toBe(before);
  },
  120000,
);

test.each([
  ["a symlink", (from: string, to: string) => fs.symlinkSync(from, to)],
  ["a hard link", (from: string, to: string) => fs.linkSync(from, to)],
])(
  "an output file the user named that is %s to an input is refused even with --force; the input keeps its sha256",
  async (_what, link) => {
    const input = path.join(dir, "楚雄.xlsx");
    fs.copyFileSync(SAMPLE_PATH, input);
    const before = sha(input);
    const named = path.join(dir, "州.xlsx");
    link(input, named);
    const r = await run(["consolidate", input, "--out", named, "--force"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`指向输入文件“${input}”`);
    expect(r.err).toContain(`leads to the input "${input}"`);
    expect(r.err).not.toMatch(INTERNAL);
    expect(sha(input)).toBe(before);
  },
  120000,
);

test("a FIFO among the inputs is refused at once and the other file is still summarised", async () => {
  const fifo = path.join(dir, "pipe.xlsx");
  spawnSync("mkfifo", [fifo]);
  const started = Date.now();
  const r = await run(["summarize", fifo, SAMPLE_PATH, "--out", path.join(dir, "out")]);
  expect(Date.now() - started).toBeLessThan(60000);
  expect(r.code).toBe(1);
  expect(r.err).toContain(`“${fifo}”不是普通文件（是管道、设备或套接字），不会读取`);
  expect(r.out).toContain("完成 / done: 1/2");
  expect(r.err).not.toMatch(INTERNAL);
}, 120000);

test("an output name too long for the file system is said in words, the input untouched", async () => {
  // 82 Chinese characters: 246 bytes, a legal name; with ".summary.xlsx" the output's is 259 bytes, over 255.
  const input = path.join(dir, `${"应急管理局统计报表".repeat(9)}汇总.xlsx`);
  fs.copyFileSync(SAMPLE_PATH, input);
  const r = await run(["summarize", input]);
  expect(r.code).toBe(1);
  expect(r.err).toContain("：文件名或路径过长；原有文件未改动");
  expect(r.err).toContain(": the name or the path is too long");
  expect(r.err).not.toMatch(INTERNAL);
  expect(fs.readdirSync(dir)).toEqual([path.basename(input)]);
}, 120000);

test("a missing input and a folder given as the output are said in words", async () => {
  const missing = await run(["summarize", path.join(dir, "无.xlsx")]);
  expect(missing.err).toContain(`无法读取“${path.join(dir, "无.xlsx")}”：不存在`);
  fs.writeFileSync(path.join(dir, "not-a-folder"), "");
  const blocked = await run(["summarize", SAMPLE_PATH, "--out", path.join(dir, "not-a-folder")]);
  expect(blocked.err).toContain("路径中有一项不是文件夹");
  for (const r of [missing, blocked]) expect(r.err).not.toMatch(INTERNAL);
}, 120000);

test("consolidating a folder again, even with --force, never replaces the earlier consolidation it skipped as an input: a derived name moves on, a named one is refused", async () => {
  const returns = path.join(__dirname, "../../assets/samples/returns");
  const folder = path.join(dir, "returns");
  fs.mkdirSync(folder);
  for (const name of fs
    .readdirSync(returns)
    .filter((f) => /\.xlsx$/.test(f))
    .slice(0, 2))
    fs.copyFileSync(path.join(returns, name), path.join(folder, name));
  const earlier = path.join(folder, "汇总.xlsx");
  expect((await run(["consolidate", folder])).code).toBe(0);
  const before = sha(earlier);
  // The folder now holds the consolidation too: it is skipped as a return, and it is an input of the run.
  const named = await run(["consolidate", folder, "--out", earlier, "--force"]);
  expect(named.code).toBe(1);
  expect(named.err).toContain(`leads to the input "${earlier}"`);
  expect(named.err).not.toMatch(INTERNAL);
  const derived = await run(["consolidate", folder, "--force"]);
  expect(derived.code).toBe(0);
  expect(fs.existsSync(path.join(folder, "汇总 (2).xlsx"))).toBe(true);
  expect(sha(earlier)).toBe(before);
}, 120000);
