/**
 * Running the command line twice, as a user does (issue 23, "Our own summary is read as data" and
 * "Overwrites"): `summarize dir/*.xlsx` a second time skips the first run's x.summary.xlsx (it
 * summarised it into x.summary.summary.xlsx, 13 tables instead of 5), keeps the earlier output and
 * writes x.summary (2).xlsx (it silently replaced it); --force replaces; --include-summaries
 * summarises a summary with its 汇总 left unread and replaced in place — the same 5 tables and the
 * one 核对 finding of the sample (隐患排查治理!G9), one 汇总 and no 汇总 (2).
 */
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../../src/cli/main";
import { summarizeFile } from "../../src/cli/summarizeFile";
import { loadXlsx } from "../../src/xlsx/loadXlsx";

const SAMPLE = path.join(__dirname, "../../assets/samples/bureau-2024H1.xlsx");
const USER_SHEETS = ["事故分县统计", "分行业", "灾情汇总", "隐患排查治理", "行政执法"];
const sha = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

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

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "bureau-twice-"));
  fs.copyFileSync(SAMPLE, path.join(dir, "楚雄.xlsx"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const inDir = () =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => path.join(dir, f));

test("the second run over dir/*.xlsx skips the first run's summary and keeps it, writing 楚雄.summary (2).xlsx", async () => {
  expect((await run(["summarize", ...inDir()])).code).toBe(0);
  const first = path.join(dir, "楚雄.summary.xlsx");
  const firstHash = sha(first);
  const second = await run(["summarize", ...inDir()]);
  expect(second.code).toBe(0);
  expect(second.out).toContain("已跳过");
  expect(second.out).toContain("it is a summary this tool wrote");
  expect(second.out).toContain("[1/1]");
  expect(second.out).not.toContain("表格 汇总!");
  expect(second.out).toContain("另存为");
  expect(fs.readdirSync(dir).sort()).toEqual(["楚雄.summary (2).xlsx", "楚雄.summary.xlsx", "楚雄.xlsx"]);
  expect(sha(first)).toBe(firstHash);
  const book = await loadXlsx(fs.readFileSync(path.join(dir, "楚雄.summary (2).xlsx")));
  expect(book.sheets.map((s) => s.name)).toEqual([...USER_SHEETS, "汇总"]);
});

test("--force replaces the earlier output instead", async () => {
  await run(["summarize", path.join(dir, "楚雄.xlsx")]);
  const again = await run(["summarize", path.join(dir, "楚雄.xlsx"), "--force"]);
  expect(again.code).toBe(0);
  expect(fs.readdirSync(dir).sort()).toEqual(["楚雄.summary.xlsx", "楚雄.xlsx"]);
});

test("two inputs with one name into one --out folder get two outputs, never one over the other", async () => {
  fs.mkdirSync(path.join(dir, "a"));
  fs.mkdirSync(path.join(dir, "b"));
  fs.copyFileSync(SAMPLE, path.join(dir, "a", "县.xlsx"));
  fs.copyFileSync(SAMPLE, path.join(dir, "b", "县.xlsx"));
  const r = await run(["summarize", path.join(dir, "a", "县.xlsx"), path.join(dir, "b", "县.xlsx"), "--out", path.join(dir, "out")]);
  expect(r.code).toBe(0);
  expect(fs.readdirSync(path.join(dir, "out")).sort()).toEqual(["县.summary (2).xlsx", "县.summary.xlsx"]);
});

test("--include-summaries reads a summary without its 汇总 and replaces that sheet: the sample's 5 tables and 1 finding, one 汇总", async () => {
  const first = await summarizeFile(path.join(dir, "楚雄.xlsx"), { generatedAt: "2024年7月5日 09:00" });
  const again = await summarizeFile(first.output, { outDir: path.join(dir, "out"), generatedAt: "2024年7月5日 09:00" });
  expect(again.model.tables.map((t) => t.sheet)).toEqual(USER_SHEETS);
  expect(again.model.findings.map((f) => `${f.sheet}!${f.cell}`)).toEqual(["隐患排查治理!G9"]);
  expect(again.replacedSheet).toBe("汇总");
  expect(path.basename(again.output)).toBe("楚雄.summary.xlsx");
  expect(again.plan.narrative).toEqual(first.plan.narrative);
  const book = await loadXlsx(fs.readFileSync(again.output));
  expect(book.sheets.map((s) => s.name)).toEqual([...USER_SHEETS, "汇总"]);
  expect(book.sheets[5].mark).toMatch(/^bureau-stats-summary:\d+$/);
  const cli = await run(["summarize", first.output, "--include-summaries", "--out", path.join(dir, "cli")]);
  expect(cli.code).toBe(0);
  expect(cli.out).toContain("替换了原有的汇总表“汇总”");
  expect(cli.out.match(/识别 \/ found/g)).toHaveLength(5);
});
