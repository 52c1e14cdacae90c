#!/usr/bin/env node
/**
 * Benchmark of the table reader (issue 3): reading generated sheets of about 1,000,000 cells.
 *
 *  - "tall": 20,000 county-like rows × 50 columns under a two-row header (本期 / 去年同期 pairs
 *    of 25 indicators), with one cell in 50 typed as text ("1,234") so the anomaly path runs;
 *  - "merged": the same sheet with 5,000 two-row merged key cells (forward-filled labels);
 *  - "no header": 1,000,000 plain numbers with no header at all (the diagnostic path).
 * Each figure is the median of several runs after a cold first run, which is shown too.
 *
 * The TypeScript sources are transpiled to CommonJS into a temporary folder with the TypeScript
 * compiler API (no type check). Run: node scripts/bench/reader.js [rows]
 */
"use strict";
const { transpileRepo } = require("./_transpile");
const fs = require("fs");
const path = require("path");

const ROWS = Number(process.argv[2]) || 20000;
const COLUMNS = 50;
const RUNS = 5;

const tmp = transpileRepo("reader", ["src/core"]);
const { readTables } = require(path.join(tmp, "src/core/reader/readTables.js"));

const INDICATORS = [
  "事故起数",
  "死亡人数",
  "受伤人数",
  "直接经济损失（万元）",
  "重伤人数",
  "失踪人数",
  "受灾人口（人）",
  "受灾户数（户）",
  "排查隐患（条）",
  "已整改（条）",
];
let seed = 12345;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

function tallSheet(withMerges) {
  const top = ["县（市）"];
  const second = [""];
  const merges = [{ row: 0, column: 0, rowCount: 2, columnCount: 1 }];
  for (let c = 1; c < COLUMNS; c += 2) {
    top.push(`${INDICATORS[(c >> 1) % INDICATORS.length]}${c > 20 ? c >> 1 : ""}`, "");
    second.push("本期", "去年同期");
    merges.push({ row: 0, column: c, rowCount: 1, columnCount: 2 });
  }
  const values = [top.slice(0, COLUMNS), second.slice(0, COLUMNS)];
  for (let r = 0; r < ROWS; r++) {
    const row = new Array(COLUMNS);
    row[0] = withMerges && r % 4 === 1 ? "" : `第${r}县`;
    for (let c = 1; c < COLUMNS; c++) row[c] = (r * COLUMNS + c) % 49 === 0 ? "1,234" : Math.floor(random() * 1000);
    values.push(row);
    if (withMerges && r % 4 === 0) merges.push({ row: r + 2, column: 0, rowCount: 2, columnCount: 1 });
  }
  return { name: "大表", originRow: 0, originColumn: 0, values, merges };
}

function numbersOnly() {
  const values = [];
  for (let r = 0; r < ROWS; r++) {
    const row = new Array(COLUMNS);
    for (let c = 0; c < COLUMNS; c++) row[c] = Math.floor(random() * 1000);
    values.push(row);
  }
  return { name: "纯数字", originRow: 0, originColumn: 0, values, merges: [] };
}

function time(run) {
  const times = [];
  let result;
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    result = run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const warm = times.slice(1).sort((a, b) => a - b);
  return { cold: times[0], median: warm[Math.floor(warm.length / 2)], result };
}

const cases = [
  ["tall (header + data)", tallSheet(false)],
  ["merged key cells", tallSheet(true)],
  ["no header (diagnostic)", numbersOnly()],
];
console.log(`reader on ${ROWS.toLocaleString("en")} rows × ${COLUMNS} columns (${(ROWS * COLUMNS).toLocaleString("en")} cells), ${RUNS} runs`);
console.log("case                      cold ms   median ms   tables  rows     anomalies  diagnostics");
for (const [label, sheet] of cases) {
  const t = time(() => readTables(sheet));
  const r = t.result;
  const rows = r.tables.reduce((s, x) => s + x.rows.length, 0);
  console.log(
    `${label.padEnd(24)} ${t.cold.toFixed(0).padStart(8)} ${t.median.toFixed(0).padStart(11)} ${String(r.tables.length).padStart(8)}  ${String(rows).padEnd(8)} ${String(r.anomalies.length).padStart(9)}  ${r.diagnostics.length}`,
  );
}
fs.rmSync(tmp, { recursive: true, force: true });
