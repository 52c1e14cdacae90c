#!/usr/bin/env node
/**
 * Benchmark of the accident-ledger summary (issue 12) on a ledger of 100,000 rows (2023-01 …
 * 2024-06, every date a real date cell with a time of day, 是否纳入统计 是/blank/否):
 *
 * 1. read (readWorkbook, breakdowns included) and plan (planSummary): times, and the count of
 *    formulas the plan writes (COUNTIFS/SUMIFS over the ledger, and all formulas);
 * 2. write the summary onto the in-memory host (src/host) as the add-in does (one recalculation by
 *    HyperFormula after the last write), check every cached value against it, append a row to the
 *    ledger and time the recalculation again;
 * 3. whole-column against bounded references ($B:$B against $B$2:$B$100001) for the same
 *    formulas: HyperFormula on a sample of them (it takes about a second per COUNTIFS over 100,000
 *    rows), and LibreOffice (headless, recalculation on load forced, scripts/check-recalc.js) on
 *    all of them, each minus the time LibreOffice takes to open and save the ledger alone.
 *
 * Run: node scripts/bench/ledger-summary.js [rows] [hfSample]   (defaults 100000 and 10)
 */
"use strict";
const { transpileRepo } = require("./_transpile");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.join(__dirname, "../..");
const ROWS = Number(process.argv[2]) || 100000;
const HF_SAMPLE = Number(process.argv[3]) || 10;

const tmp = transpileRepo("ledger-summary", ["src/core", "src/xlsx", "src/excel", "src/host"]);
fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(tmp, "node_modules"));
const { workbookToSnapshot } = require(path.join(tmp, "src/xlsx/loadXlsx.js"));
const { readWorkbook } = require(path.join(tmp, "src/core/reader/readWorkbook.js"));
const { planSummary } = require(path.join(tmp, "src/core/summary/planSummary.js"));
const { workbookFacts } = require(path.join(tmp, "src/core/facts/workbookFacts.js"));
const { writeSummary } = require(path.join(tmp, "src/excel/writeSummary.js"));
const { createHost } = require(path.join(tmp, "src/host/excelHost.js"));
// The host calculates with HyperFormula, which the browser loads lazily; here it is installed at once.
require(path.join(tmp, "src/host/formulas.js")).installFormulaEngine(require("hyperformula").HyperFormula);
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

(async () => {
  const rows = ledgerRows(ROWS);
  const data = workbook(rows);
  let t = process.hrtime.bigint();
  const model = readWorkbook(workbookToSnapshot(data));
  const readMs = ms(t);
  t = process.hrtime.bigint();
  const plan = planSummary(workbookFacts(model));
  const planMs = ms(t);
  const cells = plan.cells.flat();
  const all = cells.filter((c) => c.formula);
  const ledgerFormulas = all.filter((c) => LEDGER_FORMULA.test(c.formula)).map((c) => c.formula);
  console.log(`ledger of ${ROWS} rows: read (with breakdowns) ${readMs.toFixed(0)} ms, plan ${planMs.toFixed(0)} ms`);
  console.log(`formulas written: ${all.length}, of which ${ledgerFormulas.length} COUNTIFS/SUMIFS over the ledger's whole columns`);

  // The host: the add-in's write (it asks for one recalculation after its last write: HyperFormula over the whole workbook).
  const host = createHost(data, { calculationMode: "Manual" });
  t = process.hrtime.bigint();
  const result = await host.run((context) => writeSummary(context, plan, { replacePrevious: true }));
  const writeMs = ms(t);
  const written = host.sheetSnapshot(plan.sheetName);
  let differ = 0;
  plan.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell.formula) return;
      const got = written.values[r][c];
      const same = typeof cell.value === "number" ? Math.abs(got - cell.value) <= 1e-9 * Math.max(1, Math.abs(cell.value)) : got === cell.value;
      if (!same) differ++;
    }),
  );
  console.log(
    `host write + its one recalculation (HyperFormula): ${(writeMs / 1000).toFixed(1)} s, ${result.syncs} syncs; ` +
      `${all.length - differ}/${all.length} cached values equal the recalculated ones`,
  );
  const ledgerSheet = host.state.sheets.find((s) => s.name === "事故台账");
  const newRow = [ROWS + 1, LAST + 0.5, "双柏县", "某单位", "建筑业", "坍塌", "一般", 2, 0, 0, 0, 1, "是"];
  ledgerSheet.values.push(newRow.slice());
  ledgerSheet.formulas.push(newRow.slice());
  const totalRow = plan.sections.find((s) => s.id === "accidents").firstRow + 2;
  const before = written.values[totalRow][1];
  t = process.hrtime.bigint();
  host.evaluateFormulas();
  const appendMs = ms(t);
  console.log(
    `after appending a row: recalculation ${(appendMs / 1000).toFixed(1)} s; 事故起数 本期 ${before} → ${host.sheetSnapshot(plan.sheetName).values[totalRow][1]}`,
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
  const lo = await libreOffice(rows, { none: [], whole: ledgerFormulas, bounded: ledgerFormulas.map((f) => bounded(f, ROWS + 1)) });
  if (lo) {
    const w = lo.whole - lo.none;
    const b = lo.bounded - lo.none;
    console.log(
      `LibreOffice, ${ledgerFormulas.length} formulas over ${ROWS} rows (open + recalculate + save, minus ${(lo.none / 1000).toFixed(1)} s for the ledger alone): ` +
        `whole columns ${(w / 1000).toFixed(1)} s, bounded ${(b / 1000).toFixed(1)} s (ratio ${(w / Math.max(1, b)).toFixed(2)})`,
    );
  } else console.log("LibreOffice: not installed, skipped");
  fs.rmSync(tmp, { recursive: true, force: true });
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
