#!/usr/bin/env node
/**
 * Benchmark of the ledger reader (issue 3): 100,000 accident rows × 15 columns.
 *
 * The rows mix date forms (Excel serials, "2024/1/19", "2024-01-06 07:40", "2024年2月3日",
 * "2024.02.03", "20240106", full-width digits), numbers typed as text and "—". Our side times
 * `readLedgers` on the in-memory sheet: header recognition, date reading, period inference and
 * the aggregation by region, industry, accident type and level for both periods. The SAME rows
 * are written to a CSV in a temp dir, and Debian's pandas (/usr/bin/python3) does the same work:
 * date parsing of the mixed forms, the period masks, 是否纳入统计, and the four group-bys for
 * both periods. pandas is timed inside Python (its start-up and the CSV read are printed apart).
 * Both sides' totals are printed so that a disagreement shows. Where /usr/bin/python3 has no pandas
 * the comparison is skipped, saying how to install it (_pandas.js); our own figure is measured as ever.
 *
 * The TypeScript sources are transpiled to CommonJS into a temp folder with the TypeScript
 * compiler API (no type check). Run: node scripts/bench/ledger.js [rows]
 */
"use strict";
const { transpileRepo } = require("./_transpile");
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");
const { PYTHON, pandasMissing, pandasSkipped } = require("./_pandas");

const ROWS = Number(process.argv[2]) || 100000;
const RUNS = 5;

const { HEADER, ledgerRows } = require("./_ledgerRows");
const tmp = transpileRepo("ledger", ["src/core"]);
const { readLedgers } = require(path.join(tmp, "src/core/ledger/readLedgers.js"));

// The same rows the command-line bench writes to .xlsx (scripts/bench/_ledgerRows.js).
const values = ledgerRows(ROWS);
const sheet = { name: "事故台账", originRow: 0, originColumn: 0, values, merges: [] };

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

// ---- ours
const times = [];
let result;
for (let run = 0; run <= RUNS; run++) {
  const t0 = process.hrtime.bigint();
  result = readLedgers(sheet, {});
  times.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
const ledger = result.ledgers[0];
if (!ledger || !ledger.accidents) throw new Error("the generated ledger was not recognised");
const ours = median(times.slice(1));

// ---- pandas on the same rows (skipped, saying so, where /usr/bin/python3 has no pandas)
const missing = pandasMissing(["pandas"]);
const csvPath = path.join(tmp, "ledger.csv");
const quote = (v) => {
  const s = v === null || v === undefined ? "" : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
if (!missing) fs.writeFileSync(csvPath, values.map((row) => row.map(quote).join(",")).join("\n") + "\n");

const PY = String.raw`
import sys, time, json

import pandas as pd
sys.path.insert(0, sys.argv[3])
from _ledger_pandas import aggregate
t0 = time.perf_counter()
df = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False)
t_read = time.perf_counter() - t0
runs = []
for run in range(int(sys.argv[2]) + 1):
    t0 = time.perf_counter()
    out = aggregate(df)
    runs.append(time.perf_counter() - t0)
runs = runs[1:]
runs.sort()
tot = out["current"]["total"].to_dict()
prev = out["previous"]["total"].to_dict()
print(json.dumps({
    "read_csv_ms": t_read * 1000,
    "median_ms": runs[len(runs) // 2] * 1000,
    "current": [int(tot["accidents"]), int(tot["deaths"]), int(tot["injured"]), round(float(tot["loss"]), 2)],
    "previous": [int(prev["accidents"]), int(prev["deaths"]), int(prev["injured"]), round(float(prev["loss"]), 2)],
    "regions": int(len(out["current"]["region"])),
}))
`;
const pyStart = process.hrtime.bigint();
const pyOut = missing ? undefined : execFileSync(PYTHON, ["-c", PY, csvPath, String(RUNS), __dirname], { encoding: "utf8" });
const pyWall = Number(process.hrtime.bigint() - pyStart) / 1e6;
const pandas = pyOut && JSON.parse(pyOut.trim().split("\n").pop());

const a = ledger.accidents;
const oursCurrent = [a.current.accidents, a.current.deaths, a.current.injured, Math.round(a.current.directLoss * 100) / 100];
const oursPrevious = [a.previous.accidents, a.previous.deaths, a.previous.injured, Math.round(a.previous.directLoss * 100) / 100];
const same = pandas && JSON.stringify(oursCurrent) === JSON.stringify(pandas.current) && JSON.stringify(oursPrevious) === JSON.stringify(pandas.previous);

const f = (ms) => `${ms.toFixed(1)} ms`;
console.log(`Ledger benchmark: ${ROWS.toLocaleString("en")} accident rows × ${HEADER.length} columns (median of ${RUNS} runs after a cold one)`);
console.log(
  `  period inferred: ${ledger.current.label} against ${ledger.previous.label}; records ${ledger.recordCount}, excluded ${ledger.excludedCount}; anomalies ${result.anomalies.length}`,
);
console.log(`  ours   readLedgers (recognise + dates + 4 group-bys × 2 periods): ${f(ours)}  (cold ${f(times[0])})`);
if (!pandas) {
  console.log(pandasSkipped(missing));
  console.log(`  target < 1000 ms: ${ours < 1000 ? "met" : "MISSED"}`);
  console.log(
    `  totals current [accidents, deaths, injured, loss]: ours ${JSON.stringify(oursCurrent)}; previous ${JSON.stringify(oursPrevious)} (not compared)`,
  );
} else {
  console.log(
    `  pandas date parsing + masks + 4 group-bys × 2 periods:           ${f(pandas.median_ms)}  (read_csv ${f(pandas.read_csv_ms)} apart; python wall incl. start-up ${f(pyWall)})`,
  );
  console.log(
    `  ratio ours / pandas: ${(ours / pandas.median_ms).toFixed(2)}  ${ours <= pandas.median_ms ? "(not slower)" : "(SLOWER than pandas)"}; target < 1000 ms: ${ours < 1000 ? "met" : "MISSED"}`,
  );
  console.log(`  totals current [accidents, deaths, injured, loss]: ours ${JSON.stringify(oursCurrent)} pandas ${JSON.stringify(pandas.current)}`);
  console.log(
    `  totals previous:                                   ours ${JSON.stringify(oursPrevious)} pandas ${JSON.stringify(pandas.previous)}  ${same ? "— agree" : "— DISAGREE"}`,
  );
}
fs.rmSync(tmp, { recursive: true, force: true });
