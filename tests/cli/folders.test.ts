/**
 * A folder as input (issue 23): `summarize dir` printed a raw "EISDIR"; `consolidate dir` wrote an
 * empty prefecture workbook ("0 个县（市）") that said "未发现计算不一致". A folder now gives the workbooks in
 * it (not subfolders, hidden files or Excel's ~$ lock files); one without workbooks is refused with
 * exit 2 and nothing is written; a consolidation with no readable return writes nothing. Run twice,
 * consolidate skips its own earlier 汇总.xlsx (every sheet of it carries our mark) and keeps it.
 * Returns: the sample set in assets/samples/returns/ (8 counties counted, 损坏的文件.xlsx unreadable).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../../src/cli/main";
import { expandInputs } from "../../src/cli/expandInputs";
import { loadXlsx } from "../../src/xlsx/loadXlsx";

const SAMPLE = path.join(__dirname, "../../assets/samples/bureau-2024H1.xlsx");
const RETURNS = path.join(__dirname, "../../assets/samples/returns");

async function run(argv: string[], cwd?: string): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const before = process.cwd();
  if (cwd) process.chdir(cwd);
  try {
    const code = await runCli(
      argv,
      (s) => out.push(s),
      (s) => err.push(s),
    );
    return { code, out: out.join("\n"), err: err.join("\n") };
  } finally {
    process.chdir(before);
  }
}

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "bureau-folders-"))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

test("a folder gives its workbooks in name order, leaving out subfolders, hidden files, ~$ lock files and other files", () => {
  for (const f of ["b.xlsx", "a.xls", "c.csv", "~$b.xlsx", ".hidden.xlsx", "notes.txt", "d.summary.xlsx"]) fs.writeFileSync(path.join(dir, f), "x");
  fs.mkdirSync(path.join(dir, "sub.xlsx"));
  const expanded = expandInputs([dir], { includeSummaries: false });
  expect(expanded.files.map((f) => path.basename(f))).toEqual(["a.xls", "b.xlsx", "c.csv"]);
  expect(expanded.skipped).toHaveLength(1);
  expect(expandInputs([dir], { includeSummaries: true }).files.map((f) => path.basename(f))).toContain("d.summary.xlsx");
});

test("summarize <folder> summarises the workbooks in it, with no EISDIR", async () => {
  fs.copyFileSync(SAMPLE, path.join(dir, "楚雄.xlsx"));
  const r = await run(["summarize", dir]);
  expect(r.code).toBe(0);
  expect(r.err).not.toContain("EISDIR");
  expect(fs.existsSync(path.join(dir, "楚雄.summary.xlsx"))).toBe(true);
});

test.each(["summarize", "consolidate"])("%s <folder without workbooks> is refused with exit 2 and writes nothing", async (command) => {
  const empty = path.join(dir, "empty");
  fs.mkdirSync(empty);
  fs.writeFileSync(path.join(empty, "readme.txt"), "no workbooks here");
  const r = await run([command, empty], dir);
  expect(r.code).toBe(2);
  expect(r.err).toContain("中没有工作簿");
  expect(r.err).toContain("holds no workbooks");
  expect(fs.readdirSync(dir)).toEqual(["empty"]);
  expect(fs.readdirSync(empty)).toEqual(["readme.txt"]);
});

test("consolidate with no readable return writes no prefecture workbook of 0 counties", async () => {
  fs.writeFileSync(path.join(dir, "坏.xlsx"), "not a workbook");
  const r = await run(["consolidate", path.join(dir, "坏.xlsx")], dir);
  expect(r.code).toBe(1);
  expect(r.err).toContain("没有可读取的县（市）报表");
  expect(r.out).not.toContain("未发现计算不一致");
  expect(fs.readdirSync(dir)).toEqual(["坏.xlsx"]);
});

test("consolidate <folder> twice: the second run skips its own 汇总.xlsx, keeps it, and writes 汇总 (2).xlsx with the same 8 counties", async () => {
  const returns = path.join(dir, "returns");
  fs.cpSync(RETURNS, returns, { recursive: true });
  const first = await run(["consolidate", returns]);
  expect(first.code).toBe(1); // 损坏的文件.xlsx cannot be read
  expect(first.out).toContain("（8 个县（市）/ counties）");
  const book = await loadXlsx(fs.readFileSync(path.join(returns, "汇总.xlsx")));
  expect(book.sheets.every((s) => s.mark)).toBe(true);
  const second = await run(["consolidate", returns]);
  expect(second.out).toContain("已跳过“汇总.xlsx”");
  expect(second.out).toContain("（8 个县（市）/ counties）");
  expect(fs.existsSync(path.join(returns, "汇总 (2).xlsx"))).toBe(true);
});

test("consolidate --out <existing file> is refused without --force, and replaces it with --force", async () => {
  const out = path.join(dir, "楚雄州.xlsx");
  fs.writeFileSync(out, "the user's own file");
  const refused = await run(["consolidate", RETURNS, "--out", out]);
  expect(refused.code).toBe(1);
  expect(refused.err).toContain("已存在，未写入");
  expect(fs.readFileSync(out, "utf8")).toBe("the user's own file");
  const forced = await run(["consolidate", RETURNS, "--out", out, "--force"]);
  expect(forced.out).toContain(`已写入 / written: ${out}`);
  expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe("PK");
});
