/**
 * The command line runs from one bundled file (issue 28): bin/bureau-stats.js transpiles the sources
 * and bundles them into dist/cli-bundle/ (webpack.cli.config.js), and a run loads that file instead
 * of some 370 modules (`--help` went from 0.22 to 0.12 s of CPU). What it loads only when asked
 * for (the .xls reader, the report) stays in chunks of their own. The package npm packs carries the
 * bundle and runs with no node_modules at all. Each run below is a whole process, as a user runs it.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { SAMPLE_PATH } from "../summary/sample";

const ROOT = path.join(__dirname, "../..");
const BIN = path.join(ROOT, "bin/bureau-stats.js");
const BUNDLE = path.join(ROOT, "dist/cli-bundle");
const XLS = path.join(ROOT, "../shared/real-workbooks/national-accidents-by-type-2005-07.xls");
let dir: string;

beforeAll(() => {
  // The first run after a source changed builds the bundle; the runs below then time nothing but themselves.
  const build = spawnSync(process.execPath, [BIN, "--version"], { encoding: "utf8" });
  if (build.status !== 0) throw new Error(build.stderr);
});
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "bureau-bundle-"))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs the command line with a hook that lists, at exit, every module file the process loaded. */
function runListingModules(args: string[]): { status: number | null; stderr: string; loaded: string[] } {
  const hook = path.join(dir, "listModules.js");
  const list = path.join(dir, "loaded.json");
  fs.writeFileSync(hook, `process.on("exit", () => require("fs").writeFileSync(${JSON.stringify(list)}, JSON.stringify(Object.keys(require.cache))));\n`);
  const run = spawnSync(process.execPath, ["-r", hook, BIN, ...args], { encoding: "utf8" });
  const loaded = (JSON.parse(fs.readFileSync(list, "utf8")) as string[]).filter((f) => f !== hook);
  return { status: run.status, stderr: run.stderr, loaded };
}

const inRepo = (files: string[]) => files.map((f) => path.relative(ROOT, f));

test("a summary loads the launcher and the bundle's main file, and no module of dist/cli/ or node_modules/", () => {
  const run = runListingModules(["summarize", SAMPLE_PATH, "--out", path.join(dir, "out")]);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  expect(inRepo(run.loaded).sort()).toEqual(["bin/bureau-stats.js", "bin/codeCache.js", "dist/cli-bundle/main.js"]);
  expect(fs.existsSync(path.join(dir, "out", "bureau-2024H1.summary.xlsx"))).toBe(true);
});

test("an .xls file loads the legacy reader's chunks when it is read, and only then", () => {
  const run = runListingModules(["summarize", XLS, "--out", path.join(dir, "out")]);
  expect(run.status).toBe(0);
  const chunks = inRepo(run.loaded).filter((f) => f.startsWith("dist/cli-bundle/") && f !== "dist/cli-bundle/main.js");
  expect(chunks.sort()).toEqual(["dist/cli-bundle/legacy-reader.js", "dist/cli-bundle/vendors-node_modules_e965_xlsx_xlsx_js.js"]);
  expect(run.loaded.some((f) => f.includes(`${path.sep}node_modules${path.sep}`))).toBe(false);
});

test("the package npm packs runs on its own, with no node_modules: summarize, report and consolidate", () => {
  const pack = spawnSync("npm", ["pack", "--ignore-scripts", "--pack-destination", dir], { cwd: ROOT, encoding: "utf8" });
  expect(pack.status).toBe(0);
  const tarball = fs.readdirSync(dir).find((f) => f.endsWith(".tgz"))!;
  expect(spawnSync("tar", ["-xzf", path.join(dir, tarball), "-C", dir]).status).toBe(0);
  const bin = path.join(dir, "package", "bin", "bureau-stats.js");
  expect(fs.existsSync(path.join(dir, "package", "node_modules"))).toBe(false);
  // Only the command line ships: no sources to build from, no tests.
  expect(fs.existsSync(path.join(dir, "package", "src"))).toBe(false);
  const out = path.join(dir, "out");
  const cli = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: "utf8", env: { ...process.env, NODE_PATH: "" } });
  const summary = cli("summarize", SAMPLE_PATH, "--out", out);
  expect(summary.stderr).toBe("");
  expect(summary.status).toBe(0);
  expect(cli("report", SAMPLE_PATH, "--out", out).status).toBe(0);
  const returns = path.join(ROOT, "assets/samples/returns");
  const consolidate = cli("consolidate", path.join(returns, "楚雄市.xlsx"), path.join(returns, "双柏县.xlsx"), "--out", path.join(out, "州.xlsx"));
  expect(consolidate.status).toBe(0);
  expect(fs.readdirSync(out).sort()).toEqual(["bureau-2024H1.report.docx", "bureau-2024H1.summary.xlsx", "州.xlsx"]);
  expect(cli("--version").stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version);
});

test("the bundle keeps the lazy parts in chunks of their own: the main file holds neither the .xls reader nor the report writer", () => {
  const main = fs.readFileSync(path.join(BUNDLE, "main.js"), "utf8");
  expect(main).not.toContain("node_modules/@e965/xlsx");
  expect(main).not.toContain("node_modules/docx/");
  expect(main).toContain("runCli");
});
