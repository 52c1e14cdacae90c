#!/usr/bin/env node
/**
 * `npm run bench`: runs every benchmark in scripts/bench/ in turn and prints their figures.
 * Each benchmark is a Node script that prints its own table; a failing one is reported and
 * the others still run. `npm run bench -- functions` runs only the benchmarks whose file
 * name contains "functions".
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const dir = path.join(__dirname, "bench");
const filter = process.argv.slice(2);
const files = fs
  .readdirSync(dir)
  .filter((f) => /\.(c?js|mjs)$/.test(f) && !f.startsWith("_"))
  .filter((f) => filter.length === 0 || filter.some((word) => f.includes(word)))
  .sort();

let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  // A bench named on the command line may run its long form (scale: three sizes); in the whole run, its short one.
  const env = { ...process.env, BENCH_NAMED: filter.length ? "1" : "0" };
  const run = spawnSync(process.execPath, [path.join(dir, file)], { stdio: "inherit", env });
  if (run.status !== 0) {
    failed++;
    console.log(`!!! ${file} exited with ${run.status}`);
  }
}
console.log(`\n${files.length - failed} benchmarks ran, ${failed} failed`);
process.exit(failed ? 1 : 0);
