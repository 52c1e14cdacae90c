#!/usr/bin/env node
/**
 * Benchmark of the accident-ledger summary (issue 12) on a ledger of 100,000 rows (2023-01 …
 * 2024-06, every date a real date cell with a time of day, 是否纳入统计 是/blank/否):
 *
 * 1. read (readWorkbook, breakdowns included) and plan (planSummary): times, and the count of
 *    formulas the plan writes (COUNTIFS/SUMIFS over the ledger, and all formulas);
 * 2. write the summary onto the in-memory host (src/host) as the workbench does: the host is given
 *    the values the core computed for the formulas (formulaValues, a priming session) and
 *    recalculates nothing (issue 28; before, its one HyperFormula recalculation of the 256
 *    COUNTIFS/SUMIFS over the 100,000 rows took 445 s of an 18.7-minute `npm run bench`);
 * 3. the check, on a small ledger of the same kind (2,000 rows): the same write, then every formula
 *    recalculated by HyperFormula and compared with the value the core gave (formulaDifferences),
 *    and a row appended through Office.js recalculated into the summary (only what reads the ledger);
 * 4. whole-column against bounded references ($B:$B against $B$2:$B$100001) for the same
 *    formulas: HyperFormula on a sample of them (it takes about a second per COUNTIFS over 100,000
 *    rows), and LibreOffice (headless, recalculation on load forced, scripts/check-recalc.js) on
 *    all of them, each minus the time LibreOffice takes to open and save the ledger alone.
 *
 * Run: node scripts/bench/ledger-summary.js [rows] [hfSample] [checkRows]   (defaults 100000, 10 and 2000;
 * inside the whole `npm run bench` step 4 takes 3 formulas in HyperFormula and leaves LibreOffice out)
 */
"use strict";
const { transpileRepo } = require("./_transpile");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.join(__dirname, "../..");
const ROWS = Number(process.argv[2]) || 100000;
// Inside the whole `npm run bench` (BENCH_NAMED=0) the design comparison of step 4 is short: 3
// formulas in HyperFormula and no LibreOffice (together 4–5 minutes of the whole run at load 15);
// named (`npm run bench -- ledger-summary`) or run directly, all of it.
const WHOLE_RUN = process.env.BENCH_NAMED === "0";
const HF_SAMPLE = Number(process.argv[3]) || (WHOLE_RUN ? 3 : 10);
const CHECK_ROWS = Number(process.argv[4]) || 2000;

const tmp = transpileRepo("ledger-summary", ["src/core", "src/xlsx", "src/excel", "src/host"]);
fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(tmp, "node_modules"));
const { workbookToSnapshot } = require(path.join(tmp, "src/xlsx/loadXlsx.js"));
const { readWorkbook } = require(path.join(tmp, "src/core/reader/readWorkbook.js"));
const { planSummary } = require(path.join(tmp, "src/core/summary/planSummary.js"));
const { workbookFacts } = require(path.join(tmp, "src/core/facts/workbookFacts.js"));
const { writeSummary } = require(path.join(tmp, "src/excel/writeSummary.js"));
const { createHost } = require(path.join(tmp, "src/host/excelHost.js"));
const { formulaValues } = require(path.join(tmp, "src/core/summary/formulaValues.js"));
// The host calculates with HyperFormula, which the browser loads lazily; here it is installed at once.
const formulas = require(path.join(tmp, "src/host/formulas.js"));
formulas.installFormulaEngine(require("hyperformula").HyperFormula);
// The host's recalculations (HyperFormula builds) go through these two: count them and their time.
const engineRuns = { count: 0, ms: 0 };
for (const name of ["evaluateSheets", "evaluateFormulas"]) {
  const original = formulas[name];
  formulas[name] = (...args) => {
    const t = process.hrtime.bigint();
    try {
      return original(...args);
    } finally {
      engineRuns.count++;
      engineRuns.ms += Number(process.hrtime.bigint() - t) / 1e6;
    }
  };
}
const { emptySheet } = require(path.join(tmp, "src/xlsx/workbookData.js"));
const { HyperFormula } = require("hyperformula");

const HEADER = [
  "序号",
  "事故发生时间",
  "县（市）",
  "事故发生单位",
  "行业门类",
  "事故类型",
  "事故等级",
  "死亡(人)",
  "失踪(人)",
  "受伤(人)",
  "其中重伤(人)",
  "直接经济损失（万元）",
  "是否纳入统计",
];
const COUNTIES = ["楚雄市", "禄丰市", "双柏县", "牟定县", "南华县", "姚安县", "大姚县", "永仁县", "元谋县", "武定县", "楚雄高新区"];
const INDUSTRIES = ["道路运输业", "建筑业", "制造业", "采矿业", "批发和零售业", "农林牧渔业"];
const TYPES = ["车辆伤害", "高处坠落", "物体打击", "机械伤害", "触电", "坍塌", "火灾"];
const FIRST = 44927; // 2023-01-01
const LAST = 45473; // 2024-06-30

function ledgerRows(n) {
  let seed = 20240630;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = (list) => list[Math.floor(random() * list.length)];
  const rows = [HEADER];
  for (let i = 0; i < n; i++) {
    const day = i === 0 ? LAST : FIRST + Math.floor(random() * (LAST - FIRST + 1));
    rows.push([
      i + 1,
      day + Math.floor(random() * 1440) / 1440,
      pick(COUNTIES),
      "某单位",
      pick(INDUSTRIES),
      pick(TYPES),
      i % 4 ? "一般" : "",
      random() < 0.6 ? 1 : 0,
      0,
      Math.floor(random() * 3),
      0,
      Math.round(random() * 10000) / 100,
      i % 23 === 5 ? "否" : i % 7 === 3 ? "" : "是",
    ]);
  }
  return rows;
}

function workbook(rows) {
  const sheet = emptySheet("事故台账", rows.length, HEADER.length);
  rows.forEach((row, r) => row.forEach((v, c) => ((sheet.values[r][c] = v), (sheet.formulas[r][c] = v))));
  return { sheets: [sheet] };
}

const ms = (t) => Number(process.hrtime.bigint() - t) / 1e6;
const LEDGER_FORMULA = /COUNTIFS|SUMIFS/;

/** Builds HyperFormula over the ledger and some formula cells (one per row), timing the build (= full recalculation). */
function hyperFormulaTime(rows, formulas) {
  const t = process.hrtime.bigint();
  const hf = HyperFormula.buildFromSheets({ 事故台账: rows, 汇总: formulas.map((f) => [f]) }, { licenseKey: "gpl-v3", maxRows: 1048576 });
  const time = ms(t);
  const id = hf.getSheetId("汇总");
  const values = formulas.map((_, r) => hf.getCellValue({ sheet: id, row: r, col: 0 }));
  hf.destroy();
  return { time, values };
}

function bounded(formula, lastRow) {
  return formula.replace(/('事故台账'!)\$([A-Z]+):\$([A-Z]+)/g, (_, sheet, a, b) => `${sheet}$${a}$2:$${b}$${lastRow}`);
}

/** LibreOffice: one workbook with the ledger and the formulas (whole or bounded), recalculated on load. */
async function libreOffice(rows, formulaSets) {
  let recalc;
  try {
    recalc = require(path.join(ROOT, "scripts/check-recalc.js"));
  } catch {
    return undefined;
  }
  if (!recalc.sofficePath()) return undefined;
  const ExcelJS = require("exceljs");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ledger-lo-"));
  const times = {};
  for (const [name, formulas] of Object.entries(formulaSets)) {
    const wb = new ExcelJS.Workbook();
    const ledger = wb.addWorksheet("事故台账");
    rows.forEach((row) => ledger.addRow(row));
    const summary = wb.addWorksheet("汇总");
    formulas.forEach((f, r) => (summary.getCell(r + 1, 1).value = { formula: f.slice(1), result: 0 }));
    const file = path.join(dir, `${name}.xlsx`);
    await wb.xlsx.writeFile(file);
    const out = path.join(dir, `out-${name}`);
    fs.mkdirSync(out);
    const t = process.hrtime.bigint();
    recalc.recalculate([file], out);
    times[name] = ms(t);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return times;
}

/** Reads and plans a ledger: the model's and the plan's times, the plan, its formulas. */
function readAndPlan(rows) {
  const data = workbook(rows);
  let t = process.hrtime.bigint();
  const model = readWorkbook(workbookToSnapshot(data));
  const readMs = ms(t);
  t = process.hrtime.bigint();
  const plan = planSummary(workbookFacts(model));
  const planMs = ms(t);
  const all = plan.cells.flat().filter((c) => c.formula);
  const ledgerFormulas = all.filter((c) => LEDGER_FORMULA.test(c.formula)).map((c) => c.formula);
  return { data, plan, readMs, planMs, all, ledgerFormulas };
}

/** Writes the plan onto a host as the workbench does: the host is given the core's values for the formulas. */
async function primedWrite(data, plan) {
  const host = createHost(data, { calculationMode: "Manual" });
  const runs = engineRuns.count;
  const given = formulaValues(plan);
  const t = process.hrtime.bigint();
  host.primeFormulaValues(given);
  let result;
  try {
    result = await host.run((context) => writeSummary(context, plan, { replacePrevious: true }));
  } finally {
    host.endPriming();
  }
  return { host, given, syncs: result.syncs, writeMs: ms(t), engineRuns: engineRuns.count - runs };
}

/** The 事故起数 本期 cell of the accidents section (row, column) in the plan. */
function totalCell(plan) {
  return [plan.sections.find((s) => s.id === "accidents").firstRow + 2, 1];
}

(async () => {
  const rows = ledgerRows(ROWS);
  const { data, plan, readMs, planMs, all, ledgerFormulas } = readAndPlan(rows);
  console.log(`ledger of ${ROWS} rows: read (with breakdowns) ${readMs.toFixed(0)} ms, plan ${planMs.toFixed(0)} ms`);
  console.log(`formulas written: ${all.length}, of which ${ledgerFormulas.length} COUNTIFS/SUMIFS over the ledger's whole columns`);

  // The host, as the workbench writes: the core's values for the formulas, no recalculation over the ledger.
  const big = await primedWrite(data, plan);
  const taken = all.filter((c) => big.given.has(c.formula)).length;
  console.log(
    `host write with the core's values (as the workbench): ${(big.writeMs / 1000).toFixed(2)} s, ${big.syncs} syncs; ` +
      `${taken}/${all.length} formulas given their value, HyperFormula recalculations: ${big.engineRuns}`,
  );
  console.log(
    `  goal: the host recalculates nothing over the ${ROWS}-row ledger to write the summary (${big.engineRuns} recalculations, ${taken}/${all.length} values given) → ${big.engineRuns === 0 && taken === all.length ? "met" : "MISSED"}`,
  );

  // The check, on a small ledger of the same kind: the values the core gave against HyperFormula's.
  const small = readAndPlan(ledgerRows(CHECK_ROWS));
  const checked = await primedWrite(small.data, small.plan);
  let t = process.hrtime.bigint();
  const differences = await checked.host.formulaDifferences(small.plan.sheetName);
  const checkMs = ms(t);
  console.log(
    `check on a ${CHECK_ROWS}-row ledger: HyperFormula recalculated all ${small.all.length} formulas (${small.ledgerFormulas.length} COUNTIFS/SUMIFS) in ${(checkMs / 1000).toFixed(1)} s; ` +
      `${small.all.length - differences.length}/${small.all.length} values the core gave equal HyperFormula's`,
  );
  for (const d of differences.slice(0, 5)) console.log(`  differs: ${d.address} ${d.formula} held ${d.held}, calculated ${d.calculated}`);
  console.log(`  goal: the core's values equal HyperFormula's on the ${CHECK_ROWS}-row ledger → ${differences.length === 0 ? "met" : "MISSED"}`);
  const [row, column] = totalCell(small.plan);
  const before = checked.host.sheetSnapshot(small.plan.sheetName).values[row][column];
  const at = CHECK_ROWS + 2;
  t = process.hrtime.bigint();
  // Automatic calculation: the sync that writes the ledger recalculates what reads it (the summary), nothing else.
  checked.host.calculationMode = "Automatic";
  await checked.host.run(async (context) => {
    context.workbook.worksheets.getItem("事故台账").getRange(`A${at}:M${at}`).values = [
      [CHECK_ROWS + 1, LAST + 0.5, "双柏县", "某单位", "建筑业", "坍塌", "一般", 2, 0, 0, 0, 1, "是"],
    ];
    await context.sync();
  });
  const appendMs = ms(t);
  console.log(
    `after appending a row to the ${CHECK_ROWS}-row ledger: the summary's formulas recalculated in ${(appendMs / 1000).toFixed(1)} s; ` +
      `事故起数 本期 ${before} → ${checked.host.sheetSnapshot(small.plan.sheetName).values[row][column]}`,
  );

  // Whole-column against bounded references, the same formulas.
  const sample = ledgerFormulas.slice(0, HF_SAMPLE);
  const whole = hyperFormulaTime(rows, sample);
  const bound = hyperFormulaTime(
    rows,
    sample.map((f) => bounded(f, ROWS + 1)),
  );
  const agree = whole.values.every((v, i) => v === bound.values[i]);
  console.log(
    `HyperFormula, ${sample.length} formulas over ${ROWS} rows: whole columns ${(whole.time / 1000).toFixed(1)} s, bounded ${(bound.time / 1000).toFixed(1)} s ` +
      `(ratio ${(whole.time / bound.time).toFixed(2)}; ${(whole.time / sample.length).toFixed(0)} ms a formula; results ${agree ? "agree" : "DIFFER"})`,
  );
  const lo = WHOLE_RUN ? undefined : await libreOffice(rows, { none: [], whole: ledgerFormulas, bounded: ledgerFormulas.map((f) => bounded(f, ROWS + 1)) });
  if (lo) {
    const w = lo.whole - lo.none;
    const b = lo.bounded - lo.none;
    console.log(
      `LibreOffice, ${ledgerFormulas.length} formulas over ${ROWS} rows (open + recalculate + save, minus ${(lo.none / 1000).toFixed(1)} s for the ledger alone): ` +
        `whole columns ${(w / 1000).toFixed(1)} s, bounded ${(b / 1000).toFixed(1)} s (ratio ${(w / Math.max(1, b)).toFixed(2)})`,
    );
  } else console.log(WHOLE_RUN ? "LibreOffice: left out of the whole run (npm run bench -- ledger-summary runs it)" : "LibreOffice: not installed, skipped");
  fs.rmSync(tmp, { recursive: true, force: true });
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
