#!/usr/bin/env node
/**
 * The command line at scale (issue 28): an accident ledger of 100,000, 300,000 and 1,000,000 rows
 * (scripts/bench/_ledgerRows.js: 15 columns, mixed date forms, numbers typed as text, "—"),
 * `bureau-stats summarize` against
 *   - pandas + openpyxl doing the same work (scripts/bench/_pandas_summarize.py, Debian's python3), and
 *   - the floor: inflating the sheet with zlib and looking at every byte once (scripts/bench/_floor.js).
 * Every run is a whole process under /usr/bin/time -v: wall time, CPU (user + sys) and peak RSS.
 * Ours and the floor run interleaved, `--runs` times each (median shown); pandas runs `--pandas-runs`
 * times (it takes minutes at a million rows). The ledgers are generated once and kept in
 * $TMPDIR/bureau-stats-bench/ (named by the generator's hash). The 本期 totals of ours (read back
 * from the written .summary.xlsx) and of pandas are compared, so a wrong answer cannot pass as fast.
 *
 * Goals (issue 28): ours ≤ 3 × the floor at every size, reading and writing included; peak ≤ 400
 * MB at a million rows, not growing with the rows beyond the file's own bytes; time linear in rows.
 *
 * Run: npm run bench -- scale                  (100k, 300k, 1M; about 6 minutes on a quiet 2-core machine)
 *      node scripts/bench/scale.js 100000 --runs 5 --pandas-runs 3
 *      node scripts/bench/scale.js 100000 --pandas-runs 0   (pandas left out: its columns say "—")
 * Without pandas and openpyxl for /usr/bin/python3 (apt-get install python3-pandas python3-openpyxl)
 * pandas is left out the same way, and the bench says so (_pandas.js).
 * Under `npm run bench` with no arguments it runs 100,000 rows only.
 */
"use strict";
const { createHash } = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");
const { ledgerRowStream, writeLedgerXlsx } = require("./_ledgerRows");
const { PYTHON, pandasMissing, pandasSkipped } = require("./_pandas");

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "bureau-stats.js");
const TIME = "/usr/bin/time";

function options(argv) {
  const out = { sizes: [], runs: 3, pandasRuns: 1 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--runs") out.runs = Number(argv[++i]);
    else if (argv[i] === "--pandas-runs") out.pandasRuns = Number(argv[++i]);
    else if (Number(argv[i]) > 0) out.sizes.push(Number(argv[i]));
  }
  // Named (npm run bench -- scale, or run directly) it runs the three sizes; inside the whole bench, one.
  if (out.sizes.length === 0) out.sizes = process.env.BENCH_NAMED === "0" ? [100000] : [100000, 300000, 1000000];
  return out;
}

/** The ledger of `rows` rows, generated once per generator version. */
async function ledgerFile(rows) {
  const generator = fs.readFileSync(path.join(__dirname, "_ledgerRows.js"));
  const hash = createHash("sha256").update(generator).digest("hex").slice(0, 12);
  const dir = path.join(os.tmpdir(), "bureau-stats-bench");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `ledger-${rows}-${hash}.xlsx`);
  if (!fs.existsSync(file)) {
    const aside = `${file}.${process.pid}.tmp`;
    await writeLedgerXlsx(aside, ledgerRowStream(rows));
    fs.renameSync(aside, file);
  }
  return file;
}

/** Runs a command under /usr/bin/time -v: wall s, CPU s, peak MB, stdout. */
function timed(command, args) {
  const run = spawnSync(TIME, ["-v", command, ...args], { encoding: "utf8", maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (${run.status}): ${(run.stderr ?? "").slice(-2000)}`);
  const field = (name) => {
    const m = new RegExp(`${name}: (.+)`).exec(run.stderr);
    return m ? m[1].trim() : "";
  };
  const [h, m, s] = field("Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)").split(":").reverse().concat(["0", "0"]);
  const wall = Number(h) + Number(m) * 60 + Number(s) * 3600;
  const cpu = Number(field("User time \\(seconds\\)")) + Number(field("System time \\(seconds\\)"));
  return { wall, cpu, rss: Number(field("Maximum resident set size \\(kbytes\\)")) / 1024, stdout: run.stdout };
}

/** The 本期 事故起数, 死亡人数 and 受伤人数 of our summary sheet, read back with our own streaming reader. */
async function summaryTotals(file) {
  const { XlsxPackage } = require(path.join(ROOT, "dist/cli/xlsx/package/openPackage.js"));
  const { streamWorkbook } = require(path.join(ROOT, "dist/cli/xlsx/stream/streamWorkbook.js"));
  const data = await streamWorkbook(await XlsxPackage.open(fs.readFileSync(file)));
  const sheet = data.sheets[data.sheets.length - 1];
  const current = (label) => sheet.values.find((row) => String(row[0]).startsWith(label))?.[1];
  return { accidents: current("事故起数"), deaths: current("死亡人数"), injured: current("受伤人数") };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const sec = (x) => `${x.toFixed(2)} s`;
const mb = (x) => `${x.toFixed(0)} MB`;
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(", ");

async function main() {
  const { sizes, runs } = options(process.argv.slice(2));
  let { pandasRuns } = options(process.argv.slice(2));
  if (!fs.existsSync(TIME)) throw new Error("/usr/bin/time is missing: apt-get install time");
  // No pandas here: its column says "—" and the rest is measured as ever.
  const missing = pandasRuns > 0 ? pandasMissing(["pandas", "openpyxl"]) : undefined;
  if (missing) {
    console.log(pandasSkipped(missing));
    pandasRuns = 0;
  }
  spawnSync(process.execPath, [BIN, "build"], { stdio: "ignore" });
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "bench-scale-"));
  console.log(
    `Scale: bureau-stats summarize vs pandas + openpyxl vs the floor (inflate + one byte scan); ours and the floor ${runs} runs, pandas ${pandasRuns}`,
  );
  console.log(`  load average at start: ${load()} (${os.cpus().length} cores)`);
  const rows = [];
  try {
    for (const size of sizes) {
      const file = await ledgerFile(size);
      const ours = [];
      const floor = [];
      const pandas = [];
      for (let run = 0; run < Math.max(runs, pandasRuns); run++) {
        if (run < runs) {
          fs.rmSync(path.join(out, "ours"), { recursive: true, force: true });
          ours.push(timed(process.execPath, [BIN, "summarize", file, "--out", path.join(out, "ours")]));
          floor.push(timed(process.execPath, [path.join(__dirname, "_floor.js"), file]));
        }
        if (run < pandasRuns) pandas.push(timed(PYTHON, [path.join(__dirname, "_pandas_summarize.py"), file, path.join(out, "pandas.xlsx")]));
      }
      const written = path.join(out, "ours", path.basename(file).replace(/\.xlsx$/, ".summary.xlsx"));
      const oursTotals = await summaryTotals(written);
      // --pandas-runs 0 leaves pandas out: its columns say "—" and the totals are not compared.
      const pandasTotals = pandas.length ? JSON.parse(pandas[0].stdout.trim().split("\n").pop()) : undefined;
      const floorRows = JSON.parse(floor[0].stdout).rows;
      const agree = pandasTotals === undefined ? undefined : JSON.stringify(oursTotals) === JSON.stringify(pandasTotals);
      const m = (list, key) => median(list.map((x) => x[key]));
      const row = {
        size,
        mbFile: fs.statSync(file).size / 1048576,
        ours: { wall: m(ours, "wall"), cpu: m(ours, "cpu"), rss: Math.max(...ours.map((x) => x.rss)) },
        pandas: pandas.length ? { wall: m(pandas, "wall"), cpu: m(pandas, "cpu"), rss: Math.max(...pandas.map((x) => x.rss)) } : undefined,
        floor: { wall: m(floor, "wall"), cpu: m(floor, "cpu"), rss: Math.max(...floor.map((x) => x.rss)) },
        agree,
      };
      rows.push(row);
      console.log(
        `  ${size.toLocaleString("en")} rows (${row.mbFile.toFixed(1)} MB .xlsx, floor saw ${floorRows - 1} rows): ours ${sec(row.ours.wall)} (CPU ${sec(row.ours.cpu)}) · ${mb(row.ours.rss)}; ` +
          `pandas ${row.pandas ? `${sec(row.pandas.wall)} (CPU ${sec(row.pandas.cpu)}) · ${mb(row.pandas.rss)}` : "not run"}; floor ${sec(row.floor.wall)} (CPU ${sec(row.floor.cpu)}) · ${mb(row.floor.rss)}; ` +
          `本期 totals ${agree === undefined ? `${JSON.stringify(oursTotals)} (not compared)` : agree ? "agree" : `DISAGREE: ours ${JSON.stringify(oursTotals)}, pandas ${JSON.stringify(pandasTotals)}`}; load ${load()}`,
      );
    }
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }

  console.log("\n| rows | ours (time · peak) | pandas + openpyxl | floor | ours / pandas | ours / floor | ours / floor, CPU | µs a row |");
  console.log("|---|---|---|---|---|---|---|---|");
  for (const r of rows)
    console.log(
      `| ${r.size.toLocaleString("en")} | ${sec(r.ours.wall)} · ${mb(r.ours.rss)} | ${r.pandas ? `${sec(r.pandas.wall)} · ${mb(r.pandas.rss)}` : "—"} | ${sec(r.floor.wall)} · ${mb(r.floor.rss)} | ` +
        `${r.pandas ? (r.ours.wall / r.pandas.wall).toFixed(2) : "—"} | ${(r.ours.wall / r.floor.wall).toFixed(1)} | ${(r.ours.cpu / r.floor.cpu).toFixed(1)} | ${((r.ours.wall / r.size) * 1e6).toFixed(1)} |`,
    );
  console.log(`  load average at end: ${load()}`);

  let missed = 0;
  const goal = (text, met) => {
    if (!met) missed++;
    console.log(`  goal: ${text} → ${met ? "met" : "MISSED"}`);
  };
  for (const r of rows)
    goal(`${r.size.toLocaleString("en")} rows within 3 × the floor (${(r.ours.wall / r.floor.wall).toFixed(1)} ×)`, r.ours.wall <= 3 * r.floor.wall);
  for (const r of rows) if (r.agree !== undefined) goal(`${r.size.toLocaleString("en")} rows: the same 本期 totals as pandas`, r.agree);
  const largest = rows[rows.length - 1];
  if (largest.size >= 1000000) goal(`peak at ${largest.size.toLocaleString("en")} rows ≤ 400 MB (${mb(largest.ours.rss)})`, largest.ours.rss <= 400);
  if (rows.length > 1) {
    const first = rows[0];
    // Memory beyond the file's own bytes (the package is held while its parts are copied into the output).
    const beyond = (r) => r.ours.rss - r.mbFile;
    goal(
      `no growth in the rows beyond the file's bytes (${mb(beyond(first))} at ${first.size.toLocaleString("en")} rows, ${mb(beyond(largest))} at ${largest.size.toLocaleString("en")})`,
      beyond(largest) <= beyond(first) + 64,
    );
    const perRow = (r) => (r.ours.wall - first.ours.wall) / (r.size - first.size);
    const second = rows[1];
    goal(
      `time linear in the rows (${(perRow(second) * 1e6).toFixed(2)} µs a row from ${first.size.toLocaleString("en")} to ${second.size.toLocaleString("en")}, ${(perRow(largest) * 1e6).toFixed(2)} to ${largest.size.toLocaleString("en")})`,
      perRow(largest) <= 1.25 * perRow(second),
    );
  }
  if (missed) console.log(`  ${missed} goal(s) missed`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
