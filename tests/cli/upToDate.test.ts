/**
 * Every run of the command line first checks that its bundle is the build of the sources
 * (bin/bureau-stats.js), so this check is part of every run's fixed cost (issue 28). It reads one
 * stamp (the build's start time and the sources it built) and stats each source once; it no longer
 * looks for each source's transpiled output (370 more file lookups a run). Each case below runs the
 * launcher in a throwaway copy of the repository's layout whose "bundle" is a stub that prints "ran":
 * an up-to-date tree runs it, and a tree that needs a build tries to build (and fails there, since the
 * copy has no TypeScript or webpack) — so no case builds anything.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const BIN = path.join(__dirname, "../../bin");
let root: string;

/** A repository layout with two sources, a stub bundle and a stamp listing `listed`, made at `time`. */
function makeTree(listed: string[], time: number): void {
  fs.mkdirSync(path.join(root, "bin"));
  for (const f of ["bureau-stats.js", "codeCache.js"]) fs.copyFileSync(path.join(BIN, f), path.join(root, "bin", f));
  for (const t of ["src/core", "src/xlsx", "src/docx", "src/cli"]) fs.mkdirSync(path.join(root, t), { recursive: true });
  fs.writeFileSync(path.join(root, "src/core/a.ts"), "export const a = 1;\n");
  fs.writeFileSync(path.join(root, "src/cli/main.ts"), "export const b = 2;\n");
  const past = new Date(Date.now() - 3600_000);
  for (const f of ["src/core/a.ts", "src/cli/main.ts"]) fs.utimesSync(path.join(root, f), past, past);
  fs.mkdirSync(path.join(root, "dist/cli-bundle"), { recursive: true });
  fs.writeFileSync(path.join(root, "dist/cli-bundle/main.js"), `exports.runCli = async () => { process.stdout.write("ran"); return 0; };\n`);
  fs.mkdirSync(path.join(root, "dist/cli"), { recursive: true });
  fs.writeFileSync(path.join(root, "dist/cli/.stamp"), JSON.stringify({ time, sources: listed }));
}

/** Runs the launcher: "ran" when it took the bundle as it is, "build" when it set out to build. */
function launch(): string {
  const run = spawnSync(process.execPath, [path.join(root, "bin/bureau-stats.js"), "--version"], {
    encoding: "utf8",
    env: { ...process.env, BUREAU_STATS_NO_CODE_CACHE: "1" },
  });
  if (run.status === 0 && run.stdout === "ran") return "ran";
  // The copy has no node_modules: a build stops at require("typescript").
  if (/Cannot find module 'typescript'/.test(run.stderr)) return "build";
  throw new Error(`unexpected: ${run.status} ${run.stdout} ${run.stderr}`);
}

beforeEach(() => (root = fs.mkdtempSync(path.join(os.tmpdir(), "bureau-up-to-date-"))));
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const BOTH = [path.join("src", "core", "a.ts"), path.join("src", "cli", "main.ts")];

test("a stamp that lists every source and is newer than each: the bundle runs as it is, with no transpiled output per source looked for", () => {
  makeTree(BOTH, Date.now());
  expect(launch()).toBe("ran");
});

test("a source edited after the build makes a build", () => {
  makeTree(BOTH, Date.now() - 60_000);
  fs.writeFileSync(path.join(root, "src/core/a.ts"), "export const a = 3;\n");
  expect(launch()).toBe("build");
});

test("a source the build did not see makes a build, even with an old modification time (from git or a copy)", () => {
  makeTree(BOTH, Date.now());
  fs.writeFileSync(path.join(root, "src/core/new.ts"), "export const c = 4;\n");
  const old = new Date(2000, 0, 1);
  fs.utimesSync(path.join(root, "src/core/new.ts"), old, old);
  expect(launch()).toBe("build");
});

test("a stamp of the earlier form (a date only) or a missing bundle makes a build", () => {
  makeTree(BOTH, Date.now());
  fs.writeFileSync(path.join(root, "dist/cli/.stamp"), new Date().toISOString());
  expect(launch()).toBe("build");
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(root);
  makeTree(BOTH, Date.now());
  fs.rmSync(path.join(root, "dist/cli-bundle/main.js"));
  expect(launch()).toBe("build");
});
