/**
 * The command line's first minute (issue 23): `--help`, `-h`, `help`, `summarize --help` and
 * `--version` print the help or the version and exit 0 (they printed "未知命令 / Unknown command" and
 * exited 2); what it recognised is said in words in both languages, never the code's names
 * ("（region，3 项指标…）"). Run in-process on the sample workbook (assets/samples/bureau-2024H1.xlsx).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../../src/cli/main";

const SAMPLE = path.join(__dirname, "../../assets/samples/bureau-2024H1.xlsx");
const VERSION: string = JSON.parse(fs.readFileSync(path.join(__dirname, "../../package.json"), "utf8")).version;

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

test.each(["--help", "-h", "help", "summarize --help", "consolidate -h"])("`bureau-stats %s` prints the help in both languages and exits 0", async (args) => {
  const r = await run(args.split(" "));
  expect(r.code).toBe(0);
  expect(r.err).toBe("");
  expect(r.out).toContain("用法");
  expect(r.out).toContain("Usage");
  expect(r.out).toContain("bureau-stats summarize");
  expect(r.out).toContain("--force");
  expect(r.out).not.toMatch(/未知命令|Unknown command/);
});

test.each(["--version", "-v", "version"])("`bureau-stats %s` prints the package's version and exits 0", async (arg) => {
  const r = await run([arg]);
  expect(r.code).toBe(0);
  expect(r.out.trim()).toBe(VERSION);
});

test("a real usage error still exits 2 and names the problem in both languages", async () => {
  const r = await run(["sumarize", "a.xlsx"]);
  expect(r.code).toBe(2);
  expect(r.err).toContain("未知命令“sumarize”");
  expect(r.err).toContain('Unknown command "sumarize"');
});

test("what was recognised is said in words (按地区, by industry, one indicator per row), never as region/industry/indicator", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bureau-words-"));
  try {
    const r = await run(["summarize", SAMPLE, "--out", dir]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("表格 事故分县统计!A3:J15（按地区，3 项指标，11 行） / table 事故分县统计!A3:J15 (by region, 3 indicators, 11 rows)");
    expect(r.out).toContain("（按行业，");
    expect(r.out).toContain("(by industry,");
    expect(r.out).toContain("表格 行政执法!A3:C14（各行为指标，11 项指标）");
    // The code's names never reach the user.
    expect(r.out).not.toMatch(/[（(，,]\s*(region|industry|indicator|other)\s*[，,)）]/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("what the reader could not decide is printed as a warning in both languages, not only in the pane (issue 19.3: two columns both headed 死亡人数; a header read by analogy)", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bureau-warn-"));
  try {
    // (Corpus 36's two 已整改（项） columns are told apart by the count on their left since c1feedf: no warning.)
    const duplicate = path.join(__dirname, "../fixtures/malformed-duplicate-headers.xlsx");
    const blankLeaf = path.join(__dirname, "../fixtures/malformed-blank-leaf.xlsx");
    const r = await run(["summarize", duplicate, blankLeaf, "--out", dir]);
    expect(r.code).toBe(0);
    const warnings = r.out.split("\n").filter((l) => l.startsWith("  注意 / warning: "));
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain("两列的表头相同（死亡人数）：C1:D1");
    expect(warnings[0]).toContain("Two columns carry the same header");
    expect(warnings[0]).toContain(" / ");
    expect(warnings[1]).toContain("C4 为空，按相邻表头推断为“去年同期”");
    expect(warnings[1]).toContain("read as");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
