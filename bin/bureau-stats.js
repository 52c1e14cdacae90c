#!/usr/bin/env node
/**
 * bureau-stats command line. The sources are TypeScript; on first use (or after a source changed)
 * they are transpiled to CommonJS into dist/cli/ with the TypeScript compiler API and bundled into
 * dist/cli-bundle/ (one main file and lazy chunks, bin/bundleCli.js), so the command works from a
 * fresh clone after `npm ci`. `npm run build:cli` does the same ahead of time. A run loads the
 * bundle, never the ~370 separate modules (issue 28).
 */
"use strict";
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const OUT = path.join(ROOT, "dist", "cli");
const BUNDLE = path.join(ROOT, "dist", "cli-bundle");
const TREES = ["src/core", "src/xlsx", "src/docx", "src/cli"];

/** The TypeScript sources under dir, as paths joined by hand (path.join normalises each one: a third of the check's time). */
function sources(dir, list = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = dir + path.sep + entry.name;
    if (entry.isDirectory()) sources(p, list);
    else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) list.push(p);
  }
  return list;
}

/** A source's path from the repository (sources() joins them under ROOT). */
const relative = (file) => file.slice(ROOT.length + 1);

/**
 * Whether dist/ holds the build of exactly these sources: the stamp (written after a build) is newer
 * than every source and lists every one of them, and the bundle's main file is there. A source that
 * arrives with an old modification time (from git or a copy) is not in the stamp's list, so it still
 * makes a build. One stat per source and no other file per source: every run of the command makes
 * this check.
 */
function upToDate(stamp, files) {
  let built;
  try {
    built = JSON.parse(fs.readFileSync(stamp, "utf8"));
  } catch {
    return false;
  }
  if (!built || typeof built.time !== "number" || !Array.isArray(built.sources) || !fs.existsSync(path.join(BUNDLE, "main.js"))) return false;
  const listed = new Set(built.sources);
  for (const file of files) if (!listed.has(relative(file)) || fs.statSync(file).mtimeMs > built.time) return false;
  return true;
}

/** Transpiles and bundles the CLI's sources when dist/cli or its bundle is missing or older than a source. */
async function build(force) {
  // An installed package (npm pack) carries its bundle and none of the sources: it runs as it came.
  if (!force && !TREES.every((t) => fs.existsSync(path.join(ROOT, t))) && fs.existsSync(path.join(BUNDLE, "main.js"))) return;
  const files = TREES.flatMap((t) => sources(path.join(ROOT, t)));
  const stamp = path.join(OUT, ".stamp");
  const outputOf = (file) => path.join(OUT, path.relative(path.join(ROOT, "src"), file)).replace(/\.ts$/, ".js");
  if (!force && upToDate(stamp, files)) return;
  // The stamp's time is taken before the sources are read: one edited during the build is newer.
  const started = Date.now();
  const ts = require("typescript");
  for (const file of files) {
    const { outputText } = ts.transpileModule(fs.readFileSync(file, "utf8"), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
      fileName: file,
    });
    const to = outputOf(file);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    // Written aside and renamed, so a command started at the same moment never reads half a file.
    const aside = `${to}.${process.pid}.tmp`;
    fs.writeFileSync(aside, outputText);
    fs.renameSync(aside, to);
  }
  await require("./bundleCli").bundleCli(ROOT, BUNDLE);
  // The compiled code kept for the old outputs (bin/codeCache.js) is no longer theirs.
  fs.rmSync(path.join(OUT, ".code-cache"), { recursive: true, force: true });
  fs.writeFileSync(stamp, JSON.stringify({ time: started, sources: files.map(relative) }));
}

/** Runs the command from the bundle (its modules' compiled code kept between runs, bin/codeCache.js). */
async function run(args) {
  await build(false);
  // BUREAU_STATS_NO_CODE_CACHE=1 turns the code cache off.
  if (!process.env.BUREAU_STATS_NO_CODE_CACHE) require("./codeCache").useCodeCache(path.join(OUT, ".code-cache"), [BUNDLE + path.sep]);
  return require(path.join(BUNDLE, "main.js")).runCli(args);
}

const fail = (error) => {
  process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
};

if (process.argv[2] === "build") {
  build(true).then(() => process.stdout.write(`built ${OUT} and ${BUNDLE}\n`), fail);
} else {
  run(process.argv.slice(2)).then((code) => process.exit(code), fail);
}
