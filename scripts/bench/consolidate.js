#!/usr/bin/env node
/**
 * Consolidating 200 county returns of one form (30 rows each), issue 13's goal: ≤ 3 s.
 *
 * - the whole command line: `bureau-stats consolidate <200 files> --out …` as a child process
 *   (wall time, including Node's start-up and reading every file), median of 3;
 * - the pane's path on the in-memory Excel host: the 200 files read in the page's way
 *   (readCountyReturn, JSZip inflater), then planned and written into the open sample workbook
 *   (writeConsolidation: every formula recalculated by HyperFormula), with the syncs it took;
 * - the pure plan alone (planConsolidation over the read returns), median of 5.
 * The 3 s goals are judged on CPU time (wall printed beside it): on the shared machine the wall time
 * is mostly the wait for a core.
 */
"use strict";

const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { childrenCpu } = require("./_childrenCpu");
const { ROOT, transpileRepo } = require("./_transpile");
const { figures, accidentReturn } = require("../fixtures/make-returns.js");

const COUNT = 200;
// 30 rows: the seven of the form, their 其中 rows and 22 more sub-industries.
const INDUSTRIES = [
  "交通运输业",
  "其中：道路运输业",
  "建筑业",
  "采矿业",
  "商贸制造业",
  "农林牧渔业",
  "其他行业",
  ...Array.from({ length: 23 }, (_, i) => `其他行业${String.fromCharCode(0x7532 + i)}类`),
];
const NAME_CHARS = "东南西北中安平和兴隆昌盛永宁富康泰华山河川林";

/** 200 distinct two-character county names ending in 县. */
function countyName(i) {
  return `${NAME_CHARS[i % NAME_CHARS.length]}${NAME_CHARS[Math.floor(i / NAME_CHARS.length) % NAME_CHARS.length]}${i >= 400 ? i : ""}县`;
}

/** Milliseconds of this process's CPU (user + sys, its GC threads included) since `from` (process.cpuUsage()). */
const cpuMs = (from) => {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
};

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bureau-bench-returns-"));
  const files = [];
  for (let i = 0; i < COUNT; i++) {
    const region = countyName(i);
    const file = path.join(dir, `${region}.xlsx`);
    await accidentReturn({ file, region, seed: 100 + i, rows: figures(100 + i, INDUSTRIES) }).xlsx.writeFile(file);
    files.push(file);
  }
  const bytes = files.reduce((a, f) => a + fs.statSync(f).size, 0);
  console.log(`${COUNT} returns × ${INDUSTRIES.length} rows written (${(bytes / 1024).toFixed(0)} KB in all)`);

  // Build the command line once, then time it.
  spawnSync(process.execPath, [path.join(ROOT, "bin/bureau-stats.js"), "build"], { stdio: "ignore" });
  // The goals (≤ 3 s) are judged on CPU time, wall printed beside it: the benchmarks run on a shared
  // 2-core machine (load 4–20) where the wall time is mostly the wait for a core; on a quiet machine
  // this single-threaded work takes about its CPU time.
  const walls = [];
  const cpus = [];
  for (let run = 0; run < 3; run++) {
    const out = path.join(dir, `out-${run}.xlsx`);
    const start = process.hrtime.bigint();
    const cpuBefore = childrenCpu();
    const r = spawnSync(process.execPath, [path.join(ROOT, "bin/bureau-stats.js"), "consolidate", ...files, "--out", out], { encoding: "utf8" });
    walls.push(Number(process.hrtime.bigint() - start) / 1e6);
    cpus.push((childrenCpu() - cpuBefore) * 1000);
    if (r.status !== 0) throw new Error(`consolidate exited ${r.status}: ${r.stderr}`);
  }
  const cliCpu = median(cpus);
  console.log(
    `command line, ${COUNT} returns → one workbook: median CPU ${cliCpu.toFixed(0)} ms, wall ${median(walls).toFixed(0)} ms (runs ${walls.map((w) => w.toFixed(0)).join(", ")}; load ${os.loadavg()[0].toFixed(1)}); goal ≤ 3000 ms of CPU → ${cliCpu <= 3000 ? "met" : "NOT met"}`,
  );

  const tmp = transpileRepo("consolidate", ["src/core", "src/xlsx", "src/cli", "src/excel", "src/host"]);
  // The loaders need exceljs, jszip and saxes: resolve them from the repository's node_modules.
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(tmp, "node_modules"), "dir");
  const { readCountyReturn } = require(path.join(tmp, "src/xlsx/readCountyReturn.js"));
  const { planConsolidation } = require(path.join(tmp, "src/core/consolidate/planConsolidation.js"));
  const { writeConsolidation } = require(path.join(tmp, "src/excel/writeConsolidation.js"));
  const { createHostFromXlsx } = require(path.join(tmp, "src/host/excelHost.js"));
  let start = process.hrtime.bigint();
  let cpu = process.cpuUsage();
  const returns = [];
  for (const file of files) returns.push(await readCountyReturn(new Uint8Array(fs.readFileSync(file)), path.basename(file)));
  const readMs = Number(process.hrtime.bigint() - start) / 1e6;
  const readCpu = cpuMs(cpu);
  const host = await createHostFromXlsx(new Uint8Array(fs.readFileSync(path.join(ROOT, "assets/samples/bureau-2024H1.xlsx"))));
  start = process.hrtime.bigint();
  cpu = process.cpuUsage();
  const written = await host.run((context) => writeConsolidation(context, returns, { language: "zh" }));
  const writeMs = Number(process.hrtime.bigint() - start) / 1e6;
  const writeCpu = cpuMs(cpu);
  console.log(
    `pane on the in-memory host, ${COUNT} returns: read in the page's way ${readCpu.toFixed(0)} ms + plan and write ${writeCpu.toFixed(0)} ms of CPU (${written.sheets.length} sheets, ${host.syncCount} syncs, recalculated by HyperFormula) = ${(readCpu + writeCpu).toFixed(0)} ms; ` +
      `wall ${(readMs + writeMs).toFixed(0)} ms; goal ≤ 3000 ms of CPU → ${readCpu + writeCpu <= 3000 ? "met" : "NOT met"}`,
  );
  const plans = [];
  for (let run = 0; run < 5; run++) {
    start = process.hrtime.bigint();
    const plan = planConsolidation(returns);
    plans.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (plan.consolidation.byCounty.length !== COUNT) throw new Error(`${plan.consolidation.byCounty.length} counties consolidated, expected ${COUNT}`);
  }
  console.log(`planConsolidation alone: median ${median(plans).toFixed(0)} ms`);
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
