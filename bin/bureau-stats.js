#!/usr/bin/env node
/**
 * bureau-stats command line. The sources are TypeScript; on first use (or after a source changed)
 * they are transpiled to CommonJS into dist/cli/ with the TypeScript compiler API, so the command
 * works from a fresh clone after `npm ci`. `npm run build:cli` does the same ahead of time.
 */
"use strict";
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const OUT = path.join(ROOT, "dist", "cli");
const TREES = ["src/core", "src/xlsx", "src/docx", "src/cli"];

function sources(dir, list = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) sources(p, list);
    else if (/\.ts$/.test(entry.name) && !entry.name.endsWith(".d.ts")) list.push(p);
  }
  return list;
}

/** Transpiles the CLI's sources when dist/cli is missing or older than a source. */
function build(force) {
  const files = TREES.flatMap((t) => sources(path.join(ROOT, t)));
  const stamp = path.join(OUT, ".stamp");
  const newest = Math.max(...files.map((f) => fs.statSync(f).mtimeMs));
  const outputOf = (file) => path.join(OUT, path.relative(path.join(ROOT, "src"), file)).replace(/\.ts$/, ".js");
  // Up to date when the stamp is newer than every source and every source has its output (a file
  // can arrive with an old modification time, e.g. from git or a copy).
  if (!force && fs.existsSync(stamp) && fs.statSync(stamp).mtimeMs >= newest && files.every((f) => fs.existsSync(outputOf(f)))) return;
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
  // The compiled code kept for the old outputs (bin/codeCache.js) is no longer theirs.
  fs.rmSync(path.join(OUT, ".code-cache"), { recursive: true, force: true });
  fs.writeFileSync(stamp, new Date().toISOString());
}

if (process.argv[2] === "build") {
  build(true);
  process.stdout.write(`built ${OUT}\n`);
} else {
  build(false);
  // The modules' compiled code is kept between runs (bin/codeCache.js); BUREAU_STATS_NO_CODE_CACHE=1 turns it off.
  if (!process.env.BUREAU_STATS_NO_CODE_CACHE)
    require("./codeCache").useCodeCache(path.join(OUT, ".code-cache"), [OUT + path.sep, path.join(ROOT, "node_modules") + path.sep]);
  require(path.join(OUT, "cli", "main.js"))
    .runCli(process.argv.slice(2))
    .then((code) => process.exit(code))
    .catch((error) => {
      process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
      process.exit(1);
    });
}
