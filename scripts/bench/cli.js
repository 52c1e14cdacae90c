#!/usr/bin/env node
/**
 * Benchmark of the command line (issue 11) against pandas + openpyxl, on the same file in the same run.
 *
 * 1. A 100,000-row × 15-column accident ledger (the rows of scripts/bench/ledger.js: mixed date
 *    forms, numbers typed as text, "—") is written to an .xlsx file.
 * 2. Ours: `node bin/bureau-stats.js summarize ledger.xlsx --out <tmp>` — open, stream the sheet,
 *    recognise the ledger, dates, the period, the aggregation, the summary plan, and the
 *    .summary.xlsx with its charts written into the package. The CLI is transpiled beforehand
 *    (`bureau-stats build`), so its first-use compile step is not timed.
 * 3. pandas: `/usr/bin/python3` with `read_excel` (openpyxl), the same date parsing (full-width
 *    digits, serials, the text forms), the period masks, 是否纳入统计 and the four group-bys for both
 *    periods, written to an .xlsx with openpyxl.
 * Both run under `/usr/bin/time -v` for wall time and peak RSS (installed with `apt-get install
 * time` if missing; without it only wall time is printed). Goals: wall ≤ 0.5 × pandas, RSS ≤ 400 MB.
 *    The 本期 totals of both are printed (ours read back from the written file), so a disagreement shows.
 *    Without pandas and openpyxl for /usr/bin/python3 the comparison is skipped, saying how to install them (_pandas.js).
 * 4. 50 small county workbooks (copies of the sample under county names) in one call.
 *
 * Run: node scripts/bench/cli.js [rows]
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");
const { ledgerRows, writeLedgerXlsx } = require("./_ledgerRows");
const { PYTHON, pandasMissing, pandasSkipped } = require("./_pandas");

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "bureau-stats.js");
const ROWS = Number(process.argv[2]) || 100000;
const TIME = fs.existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

/** The 本期 事故起数, 死亡人数 and 受伤人数 of the summary sheet, read back with the streaming reader (dist/cli). */
async function summaryTotals(file) {
  const { XlsxPackage } = require(path.join(ROOT, "dist/cli/xlsx/package/openPackage.js"));
  const { streamWorkbook } = require(path.join(ROOT, "dist/cli/xlsx/stream/streamWorkbook.js"));
  const data = await streamWorkbook(await XlsxPackage.open(fs.readFileSync(file)));
  const sheet = data.sheets[data.sheets.length - 1];
  const current = (label) => sheet.values.find((row) => String(row[0]).startsWith(label))?.[1];
  return { accidents: current("事故起数"), deaths: current("死亡人数"), injured: current("受伤人数") };
}

/** Runs a command under /usr/bin/time -v; returns wall ms, peak RSS MB (if measured), stdout. */
function timed(command, args) {
  const start = process.hrtime.bigint();
  const run = TIME
    ? spawnSync(TIME, ["-v", command, ...args], { encoding: "utf8", maxBuffer: 1 << 26 })
    : spawnSync(command, args, { encoding: "utf8", maxBuffer: 1 << 26 });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr ?? "");
  if (run.status !== 0) throw new Error(`${command} failed (${run.status}): ${(run.stderr ?? "").slice(-2000)}`);
  return { wall, rssMb: rss ? Number(rss[1]) / 1024 : undefined, stdout: run.stdout };
}

const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
const mb = (x) => (x === undefined ? "n/a" : `${x.toFixed(0)} MB`);

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bench-cli-"));
  try {
    spawnSync(process.execPath, [BIN, "build"], { stdio: "ignore" });
    const ledger = path.join(tmp, "ledger.xlsx");
    await writeLedgerXlsx(ledger, ledgerRows(ROWS));
    console.log(
      `Command line vs pandas + openpyxl: ${ROWS.toLocaleString("en")} rows × 15 columns, ${(fs.statSync(ledger).size / 1048576).toFixed(1)} MB .xlsx`,
    );
    if (!TIME) console.log("  (/usr/bin/time missing — `apt-get install time` for peak RSS)");

    const ours = timed(process.execPath, [BIN, "summarize", ledger, "--out", path.join(tmp, "out")]);
    // "识别 / found: 事故台账 事故台账!A1:O100001（100000 条记录） / …"
    const found = /（(\d+) 条记录）/.exec(ours.stdout);
    const oursTotals = await summaryTotals(path.join(tmp, "out", "ledger.summary.xlsx"));
    console.log(
      `  ours   bureau-stats summarize (stream read, ledger, plan, .summary.xlsx with charts): ${s(ours.wall)}, peak RSS ${mb(ours.rssMb)}; ledger records ${found ? found[1] : "NOT FOUND"}`,
    );
    const missing = pandasMissing(["pandas", "openpyxl"]);
    if (missing) {
      console.log(pandasSkipped(missing));
      console.log(`  本期 totals read back from our .summary.xlsx: ${JSON.stringify(oursTotals)} (not compared)`);
      if (ours.rssMb !== undefined) console.log(`  peak RSS ours ${mb(ours.rssMb)} (goal ≤ 400 MB: ${ours.rssMb <= 400 ? "met" : "MISSED"})`);
    } else {
      const pandas = timed(PYTHON, [path.join(__dirname, "_pandas_summarize.py"), ledger, path.join(tmp, "pandas.xlsx")]);
      const totals = JSON.parse(pandas.stdout.trim().split("\n").pop());
      const ratio = ours.wall / pandas.wall;
      console.log(
        `  pandas read_excel + dates + masks + 4 group-bys × 2 periods + to_excel:            ${s(pandas.wall)}, peak RSS ${mb(pandas.rssMb)}; 本期 ${JSON.stringify(totals)}`,
      );
      const agree = JSON.stringify(oursTotals) === JSON.stringify(totals);
      console.log(`  本期 totals read back from our .summary.xlsx: ${JSON.stringify(oursTotals)} ${agree ? "— agree with pandas" : "— DISAGREE with pandas"}`);
      console.log(`  ratio wall ours / pandas: ${ratio.toFixed(2)} (goal ≤ 0.50: ${ratio <= 0.5 ? "met" : "MISSED"})`);
      if (ours.rssMb !== undefined)
        console.log(
          `  ratio RSS ours / pandas: ${(ours.rssMb / pandas.rssMb).toFixed(2)}; ours ${mb(ours.rssMb)} (goal ≤ 400 MB: ${ours.rssMb <= 400 ? "met" : "MISSED"})`,
        );
    }

    // 50 small county workbooks in one call.
    const counties = path.join(tmp, "counties");
    fs.mkdirSync(counties);
    const sample = path.join(ROOT, "assets", "samples", "bureau-2024H1.xlsx");
    const files = Array.from({ length: 50 }, (_x, i) => {
      const file = path.join(counties, `县${String(i + 1).padStart(2, "0")}.xlsx`);
      fs.copyFileSync(sample, file);
      return file;
    });
    const batch = timed(process.execPath, [BIN, "summarize", ...files, "--out", path.join(tmp, "counties-out")]);
    const done = /完成 \/ done: (\d+)\/(\d+)/.exec(batch.stdout);
    console.log(
      `  50 county workbooks in one call: ${s(batch.wall)} (${(batch.wall / 50).toFixed(0)} ms per file), peak RSS ${mb(batch.rssMb)}; done ${done ? `${done[1]}/${done[2]}` : "?"}`,
    );
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
