#!/usr/bin/env node
/**
 * Benchmark of reading sheets through Office.js (issue 3, "Reading from Excel"): the add-in's
 * real `readWorkbookSnapshot` against the in-memory Excel host, which counts syncs and measures
 * each request and response as JSON, as Excel on the web would carry them.
 *
 *  - "ledger 1M": 100,000 ledger rows × 10 columns (county, date text, numbers) = 1,000,000 cells;
 *  - "text 1M": 50,000 rows × 20 columns of Chinese text (24 bytes of UTF-8 a cell), the case where
 *    the per-cell estimate is too low and a response must be split;
 *  - "wide 2M + formats": 40,000 rows × 50 numbers, values and number formats.
 * Printed per case: syncs, chunks, value batches, the largest response in MB (limit 5 MB, budget
 * 4.5 MB) and the time on the host (no network, so it measures the add-in's own work).
 *
 * The TypeScript sources are transpiled to CommonJS into a temporary folder with the TypeScript
 * compiler API (no type check). Run: node scripts/bench/read-sheets.js
 */
"use strict";
const { transpileRepo } = require("./_transpile");
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "../..");

const tmp = transpileRepo("read", ["src/core", "src/xlsx", "src/excel", "src/host"]);
// The host needs hyperformula and exceljs: resolve them from the repository's node_modules.
fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(tmp, "node_modules"), "dir");
const { createHost } = require(path.join(tmp, "src/host/excelHost.js"));
// The host calculates with HyperFormula, which the browser loads lazily; here it is installed at once.
require(path.join(tmp, "src/host/formulas.js")).installFormulaEngine(require("hyperformula").HyperFormula);
const { readWorkbookSnapshot } = require(path.join(tmp, "src/excel/readWorkbook.js"));

const COUNTIES = ["楚雄市", "双柏县", "牟定县", "南华县", "姚安县", "大姚县", "永仁县", "元谋县", "武定县", "禄丰市", "高新区"];
const cases = [
  {
    name: "ledger 1M",
    rows: 100000,
    cell: (r, c) => (c === 0 ? COUNTIES[r % 11] : c === 1 ? `2024/${(r % 6) + 1}/${(r % 28) + 1}` : (r * c) % 997),
    columns: 10,
    options: {},
  },
  { name: "text 1M", rows: 50000, columns: 20, cell: (r, c) => `${COUNTIES[(r + c) % 11]}应急管理局`, options: {} },
  { name: "wide 2M + formats", rows: 40000, columns: 50, cell: (r, c) => r * 0.5 + c, options: { withNumberFormats: true } },
];

const MB = 1024 * 1024;
console.log("case               cells      syncs chunks batches  largest response  time");
async function main() {
  for (const c of cases) {
    const grid = Array.from({ length: c.rows }, (_, r) => Array.from({ length: c.columns }, (_, k) => c.cell(r, k)));
    const host = createHost({ 台账: grid });
    const report = { syncs: 0, chunks: 0 };
    const started = process.hrtime.bigint();
    const snapshot = await host.run((context) => readWorkbookSnapshot(context, { sheetNames: ["台账"], ...c.options }, report));
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (snapshot.sheets[0].values.length !== c.rows) throw new Error(`${c.name}: read ${snapshot.sheets[0].values.length} rows`);
    const largest = Math.max(...host.syncs.filter((s) => !s.failed).map((s) => s.responseBytes));
    const failed = host.syncs.filter((s) => s.failed).length;
    console.log(
      `${c.name.padEnd(18)} ${String(c.rows * c.columns).padStart(9)} ${String(report.syncs).padStart(7)} ${String(report.chunks).padStart(6)} ${String(report.batches).padStart(7)}  ${(largest / MB).toFixed(2).padStart(9)} MB${failed ? ` (${failed} split)` : "      "}  ${ms.toFixed(0).padStart(5)} ms`,
    );
  }
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => fs.rmSync(tmp, { recursive: true, force: true }));
