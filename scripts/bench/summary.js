#!/usr/bin/env node
/**
 * Benchmark of the one-click summary (issue 4): the time to plan and to write the summary for the
 * sample workbook and for a county table of 2,000 rows, with the write's sync count and largest
 * request, on the in-memory Excel host (src/host, formulas evaluated by HyperFormula after
 * each sync, so "write" includes that recalculation). Medians of several runs after a cold run.
 *
 * The TypeScript sources are transpiled to CommonJS into a temporary folder (no type check).
 * Run: node scripts/bench/summary.js [rows]
 */
"use strict";
const { transpileRepo } = require("./_transpile");
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "../..");
const ROWS = Number(process.argv[2]) || 2000;
const RUNS = 5;

const tmp = transpileRepo("summary", ["src/core", "src/xlsx", "src/excel", "src/host"]);
fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(tmp, "node_modules"));
const { loadXlsx, workbookToSnapshot } = require(path.join(tmp, "src/xlsx/loadXlsx.js"));
const { readWorkbook } = require(path.join(tmp, "src/core/reader/readWorkbook.js"));
const { planSummary } = require(path.join(tmp, "src/core/summary/planSummary.js"));
const { workbookFacts } = require(path.join(tmp, "src/core/facts/workbookFacts.js"));
const { writeSummary } = require(path.join(tmp, "src/excel/writeSummary.js"));
const { createHost } = require(path.join(tmp, "src/host/excelHost.js"));
// The host calculates with HyperFormula, which the browser loads lazily; here it is installed at once.
require(path.join(tmp, "src/host/formulas.js")).installFormulaEngine(require("hyperformula").HyperFormula);

/** A layout-A sheet: title, two header rows, 合计 row, ROWS county rows. */
function countySheet(rows) {
  const values = [
    ["楚雄州2024年1—6月生产安全事故分县(市)统计表"],
    ["县（市）", "事故起数", "", "死亡人数", "", "受伤人数", ""],
    ["", "本期", "去年同期", "本期", "去年同期", "本期", "去年同期"],
  ];
  const body = [];
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let r = 0; r < rows; r++) body.push([`第${r + 1}县`, ...Array.from({ length: 6 }, () => Math.floor(random() * 30))]);
  const total = ["全州合计", ...Array.from({ length: 6 }, (_, c) => body.reduce((s, row) => s + row[c + 1], 0))];
  return [...values, total, ...body];
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function measure(label, makeData) {
  const plans = [];
  const writes = [];
  let syncs = 0;
  let largest = 0;
  let cells = 0;
  for (let i = 0; i <= RUNS; i++) {
    const data = await makeData();
    const host = createHost(data);
    const model = readWorkbook(workbookToSnapshot(data));
    let t = process.hrtime.bigint();
    const plan = planSummary(workbookFacts(model));
    const planMs = Number(process.hrtime.bigint() - t) / 1e6;
    host.resetCounters();
    t = process.hrtime.bigint();
    const result = await host.run((context) => writeSummary(context, plan, { replacePrevious: true }));
    const writeMs = Number(process.hrtime.bigint() - t) / 1e6;
    if (i > 0) {
      plans.push(planMs);
      writes.push(writeMs);
    } else console.log(`${label}: cold run plan ${planMs.toFixed(1)} ms, write ${writeMs.toFixed(1)} ms`);
    syncs = result.syncs;
    largest = host.largestPayload().requestBytes;
    cells = plan.rowCount * plan.columnCount;
  }
  console.log(
    `${label}: plan ${median(plans).toFixed(1)} ms, write ${median(writes).toFixed(1)} ms (median of ${RUNS}); ` +
      `summary ${cells} cells; write syncs ${syncs}; largest request ${(largest / 1024).toFixed(1)} KB`,
  );
}

(async () => {
  const sample = fs.readFileSync(path.join(ROOT, "assets/samples/bureau-2024H1.xlsx"));
  await measure("sample workbook", () => loadXlsx(sample));
  const { emptySheet } = require(path.join(tmp, "src/xlsx/workbookData.js"));
  await measure(`county table of ${ROWS} rows`, async () => {
    const rows = countySheet(ROWS);
    const sheet = emptySheet("事故分县统计", rows.length, 7);
    rows.forEach((row, r) => row.forEach((v, c) => ((sheet.values[r][c] = v), (sheet.formulas[r][c] = v))));
    sheet.merges.push(
      { row: 0, column: 0, rowCount: 1, columnCount: 7 },
      { row: 1, column: 0, rowCount: 2, columnCount: 1 },
      { row: 1, column: 1, rowCount: 1, columnCount: 2 },
      { row: 1, column: 3, rowCount: 1, columnCount: 2 },
      { row: 1, column: 5, rowCount: 1, columnCount: 2 },
    );
    return { sheets: [sheet] };
  });
  fs.rmSync(tmp, { recursive: true, force: true });
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
