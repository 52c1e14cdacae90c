#!/usr/bin/env node
/**
 * Benchmark of the BUREAU statistics functions (issue 6, "Proof").
 *
 * For 100,000 rows it times one range call of YOYTEST (exact Poisson test) and RATECI
 * (Wilson interval), in the core and through the Office layer (statsFunctions.ts with
 * CustomFunctions mocked), as Excel makes it for =BUREAU.YOYTEST(B2:B100001, C2:C100001);
 * and the same work as 100,000 single-cell calls, as for a filled-down formula. YOYSIG,
 * RATEDIFF and a 10,000-point TREND are timed too. Each figure is the median of several runs
 * after one warm-up; the cold first run is shown as well.
 *
 * The TypeScript sources are transpiled to CommonJS into a temporary folder with the
 * TypeScript compiler API (no type check, no new dependency). Run: node scripts/bench/stats.js [rows]
 */
"use strict";
const { transpileRepo } = require("./_transpile");
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "../..");
const ROWS = Number(process.argv[2]) || 100000;
const RUNS = 5;

const tmp = transpileRepo("stats", ["src/core", "src/functions"]);
// The transpiled files live outside the repository: let them find its node_modules (simple-statistics).
process.env.NODE_PATH = path.join(ROOT, "node_modules");
require("module").Module._initPaths();

class MockError {
  constructor(code, message) {
    this.code = code;
    this.message = message;
  }
}
globalThis.CustomFunctions = { Error: MockError, ErrorCode: {} };

const core = require(path.join(tmp, "src/core/stats/sheet/index.js"));
const layer = require(path.join(tmp, "src/functions/statsFunctions.js"));

// Accident-like counts (0 … 80, some zeros on both sides) from a fixed linear congruential generator.
let seed = 20240630;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const current = [];
const previous = [];
const found = [];
const rectified = [];
for (let i = 0; i < ROWS; i++) {
  current.push([Math.floor(random() * 80)]);
  previous.push([Math.floor(random() * 80)]);
  const n = Math.floor(random() * 500);
  found.push([n]);
  rectified.push([Math.floor(random() * (n + 1))]);
}
const series = Array.from({ length: 10000 }, (_, i) => [Math.floor(50 + i / 500 + random() * 10)]);

function time(fn) {
  const start = process.hrtime.bigint();
  const result = fn();
  return [Number(process.hrtime.bigint() - start) / 1e6, result];
}
function bench(fn) {
  const [cold, result] = time(fn);
  const warm = [];
  for (let i = 0; i < RUNS; i++) warm.push(time(fn)[0]);
  warm.sort((a, b) => a - b);
  return { cold, median: warm[Math.floor(RUNS / 2)], result };
}
function perCell(fn, ...columns) {
  return () => {
    const out = new Array(ROWS);
    for (let i = 0; i < ROWS; i++) out[i] = fn(...columns.map((c) => [c[i]]));
    return out;
  };
}

const rows = [];
function record(label, fn, check) {
  const b = bench(fn);
  if (check) check(b.result);
  rows.push([label, b.median, b.cold]);
}
const shapeIs = (r, c) => (m) => {
  if (m.length !== r || m[0].length !== c) throw new Error(`unexpected shape ${m.length}×${m[0].length}`);
};

record(`YOYTEST core, one range call (${ROWS} rows)`, () => core.yoyTest(current, previous), shapeIs(ROWS, 1));
record(`YOYTEST Office layer, one range call`, () => layer.yoyTestFunction(current, previous), shapeIs(ROWS, 1));
record(`YOYTEST Office layer, ${ROWS} single-cell calls`, perCell(layer.yoyTestFunction, current, previous));
record(`YOYSIG Office layer, one range call`, () => layer.yoySigFunction(current, previous), shapeIs(ROWS, 1));
record(`RATECI core, one range call (${ROWS} rows)`, () => core.rateCi(rectified, found), shapeIs(ROWS, 2));
record(`RATECI Office layer, one range call`, () => layer.rateCiFunction(rectified, found), shapeIs(ROWS, 2));
record(`RATECI Office layer, ${ROWS} single-cell calls`, perCell(layer.rateCiFunction, rectified, found));
record(`RATEDIFF Office layer, one range call`, () => layer.rateDiffFunction(rectified, found, current, found), shapeIs(ROWS, 4));
record(`TREND Office layer, 10,000-point series`, () => layer.trendFunction(series), shapeIs(1, 6));

const width = Math.max(...rows.map((r) => r[0].length));
console.log(`BUREAU statistics functions, ${ROWS} rows, median of ${RUNS} warm runs (cold first run in brackets)`);
for (const [label, median, cold] of rows) {
  console.log(`${label.padEnd(width)}  ${median.toFixed(1).padStart(8)} ms   (${cold.toFixed(1)} ms)`);
}
const sample = layer.yoySigFunction([[11], [45]], [[6], [20]]);
console.log(`sample: YOYSIG(11, 6) = ${sample[0][0]}, YOYSIG(45, 20) = ${sample[1][0]}`);
fs.rmSync(tmp, { recursive: true, force: true });
