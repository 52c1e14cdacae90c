/**
 * The command line's code cache (bin/codeCache.js, issue 28: a third of a small run's CPU went to
 * compiling its modules). Each run below is a fresh Node process loading a module through the
 * cache, as bin/bureau-stats.js does: the first run makes the cache, the next loads the module's
 * code from it, and a module whose text changed, a damaged cache or an unwritable cache folder
 * change nothing of what the module does.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const CODE_CACHE = path.join(__dirname, "../../bin/codeCache.js");
let dir: string;

beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "bureau-code-cache-"))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Loads `modules/answer.js` through the cache in `cache`; prints what it returns and whether V8 took the cache. */
function run(cache: string): { answer: string; stderr: string } {
  const script = `
    const path = require("path");
    const vm = require("vm");
    const real = vm.Script;
    let used = 0;
    // Counts the scripts V8 made from a cache it accepted.
    vm.Script = class extends real {
      constructor(source, options) {
        super(source, options);
        if (options && options.cachedData && !this.cachedDataRejected) used++;
      }
    };
    require(${JSON.stringify(CODE_CACHE)}).useCodeCache(${JSON.stringify(cache)}, [${JSON.stringify(path.join(dir, "modules") + path.sep)}]);
    const answer = require(${JSON.stringify(path.join(dir, "modules", "answer.js"))});
    console.log(JSON.stringify({ value: answer.value(), file: answer.file, resolved: path.basename(answer.resolved), used }));
  `;
  const child = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
  if (child.status !== 0) throw new Error(child.stderr);
  return { answer: child.stdout.trim(), stderr: child.stderr };
}

function writeModules(value: number): void {
  fs.mkdirSync(path.join(dir, "modules"), { recursive: true });
  fs.writeFileSync(path.join(dir, "modules", "helper.js"), `exports.twice = (x) => 2 * x;\n`);
  fs.writeFileSync(
    path.join(dir, "modules", "answer.js"),
    `#!/usr/bin/env node\n"use strict";\nconst { twice } = require("./helper");\n` +
      `exports.value = () => twice(${value});\nexports.file = require("path").basename(__filename);\nexports.resolved = require.resolve("./helper");\n`,
  );
}

test("the first run makes a cache for each module and the second loads both modules' code from it, with the same results", () => {
  writeModules(21);
  const cache = path.join(dir, "cache");
  const first = JSON.parse(run(cache).answer);
  expect(first).toEqual({ value: 42, file: "answer.js", resolved: "helper.js", used: 0 });
  expect(fs.readdirSync(cache).filter((f) => f.endsWith(".bin"))).toHaveLength(2);
  const second = JSON.parse(run(cache).answer);
  expect(second).toEqual({ ...first, used: 2 });
});

test("a module whose text changed is compiled from its new text, never from the old one's cache", () => {
  writeModules(21);
  const cache = path.join(dir, "cache");
  run(cache);
  writeModules(50);
  expect(JSON.parse(run(cache).answer)).toMatchObject({ value: 100, used: 1 });
});

test("a damaged cache is refused by V8 and replaced; the module runs as written", () => {
  writeModules(21);
  const cache = path.join(dir, "cache");
  run(cache);
  for (const f of fs.readdirSync(cache)) fs.writeFileSync(path.join(cache, f), Buffer.from("not V8's code cache"));
  expect(JSON.parse(run(cache).answer)).toMatchObject({ value: 42, used: 0 });
  expect(JSON.parse(run(cache).answer)).toMatchObject({ value: 42, used: 2 });
});

test("where the cache cannot be written the command runs without it", () => {
  writeModules(21);
  const blocked = path.join(dir, "a-file");
  fs.writeFileSync(blocked, "");
  const { answer, stderr } = run(path.join(blocked, "cache"));
  expect(JSON.parse(answer)).toMatchObject({ value: 42, used: 0 });
  expect(stderr).toBe("");
});
