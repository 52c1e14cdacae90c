#!/usr/bin/env node
/**
 * Benchmark of the .docx report (issue 20): the time to plan the report (planReport: the summary
 * plan, the 综述 traced to its source cells by rebuilding it once per fact, tables, charts,
 * appendices) and to write it (docx's Packer), for the sample workbook and for the summary of a
 * 100,000-row accident ledger (scripts/bench/_ledgerRows.js). Reading the workbook is not counted
 * (scripts/bench/reader.js and ledger.js time it). Each figure is the median of `runs` runs after
 * one warm-up; the load average is printed beside them.
 *
 * Run: node scripts/bench/report.js [rows] [runs]   (defaults 100000 and 5)
 */
"use strict";
const { transpileRepo } = require("./_transpile");
const { ledgerRows } = require("./_ledgerRows");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.join(__dirname, "../..");
const ROWS = Number(process.argv[2]) || 100000;
const RUNS = Number(process.argv[3]) || 5;

const tmp = transpileRepo("report", ["src/core", "src/xlsx", "src/docx"]);
fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(tmp, "node_modules"));
const { loadXlsx, workbookToSnapshot } = require(path.join(tmp, "src/xlsx/loadXlsx.js"));
const { readWorkbook } = require(path.join(tmp, "src/core/reader/readWorkbook.js"));
const { planReport } = require(path.join(tmp, "src/core/report/planReport.js"));
const { writeReport } = require(path.join(tmp, "src/docx/writeReport.js"));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function time(model, language) {
  const plan = [];
  const write = [];
  let bytes = 0;
  let figures = 0;
  for (let i = 0; i <= RUNS; i++) {
    const t0 = performance.now();
    const p = planReport(model, { language, sourceName: "bench.xlsx", generatedAt: "2024-07-10T09:30" });
    const t1 = performance.now();
    const docx = await writeReport(p, { date: new Date(2024, 6, 10) });
    const t2 = performance.now();
    if (i === 0) continue; // warm-up
    plan.push(t1 - t0);
    write.push(t2 - t1);
    bytes = docx.length;
    figures = p.figures.length;
  }
  return { plan: median(plan), write: median(write), bytes, figures };
}

function ledgerModel(rows) {
  const values = ledgerRows(rows);
  const sheet = { name: "事故台账", originRow: 0, originColumn: 0, values, merges: [] };
  return readWorkbook({ sheets: [sheet] });
}

(async () => {
  const sample = readWorkbook(workbookToSnapshot(await loadXlsx(fs.readFileSync(path.join(ROOT, "assets/samples/bureau-2024H1.xlsx")))), {
    reportDate: "2024-06-30",
  });
  const t0 = performance.now();
  const ledger = ledgerModel(ROWS);
  const readMs = performance.now() - t0;
  const rows = [];
  for (const [name, model] of [
    ["sample (bureau-2024H1.xlsx)", sample],
    [`${ROWS.toLocaleString("en-US")}-row ledger`, ledger],
  ])
    for (const language of ["zh", "en"]) {
      const r = await time(model, language);
      rows.push({
        workbook: name,
        language,
        "plan (ms)": r.plan.toFixed(0),
        "write .docx (ms)": r.write.toFixed(0),
        "total (ms)": (r.plan + r.write).toFixed(0),
        figures: r.figures,
        "size (KB)": (r.bytes / 1024).toFixed(0),
      });
    }
  console.table(rows);
  console.log(
    `ledger read (not in the table): ${readMs.toFixed(0)} ms; medians of ${RUNS} runs after a warm-up; load average ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(", ")} on ${os.cpus().length} cores`,
  );
  fs.rmSync(tmp, { recursive: true, force: true });
})();
