#!/usr/bin/env node
/**
 * Consolidation at scale (issue 28): `bureau-stats consolidate <folder>` over 1,000 and 10,000
 * county returns of one form (the accident form of scripts/fixtures/make-returns.js, 7 rows each,
 * every county its own three-character name and seed), each run a whole process under
 * /usr/bin/time -v: wall time, CPU (user + sys) and peak RSS, median of `--runs` runs.
 * The 合计 事故起数 of the written 汇总表 is compared with the sum of the returns' figures, so a
 * wrong answer cannot pass as fast.
 *
 * Goals (issue 28): 1,000 returns in ≤ 5 s of CPU, 10,000 in ≤ 50 s, linear (no quadratic check).
 *
 * Run: npm run bench -- many-returns          (1,000 and 10,000; the returns are written once,
 *                                                  about 2 minutes for 10,000, into $TMPDIR/bureau-stats-bench/)
 *      node scripts/bench/many-returns.js 1000 --runs 5
 * Under `npm run bench` with no arguments it runs 1,000 returns only.
 */
"use strict";
const { createHash } = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");
const { figures, accidentReturn, INDUSTRIES } = require("../fixtures/make-returns.js");

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "bureau-stats.js");
const TIME = "/usr/bin/time";
const NAME_CHARS = "东南西北中安平和兴隆昌盛永宁富康泰华山河川林";
const NAMES_VERSION = "county names 1";

function options(argv) {
  const out = { sizes: [], runs: 3 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--runs") out.runs = Number(argv[++i]);
    else if (Number(argv[i]) > 0) out.sizes.push(Number(argv[i]));
  }
  if (out.sizes.length === 0) out.sizes = process.env.BENCH_NAMED === "0" ? [1000] : [1000, 10000];
  return out;
}

/** The i-th name: i in base 22 over NAME_CHARS, at least three characters, and 县. */
function nameOf(i) {
  let text = "";
  for (let n = i, digits = 0; digits < 3 || n > 0; digits++, n = Math.floor(n / NAME_CHARS.length)) text += NAME_CHARS[n % NAME_CHARS.length];
  return `${text}县`;
}

/**
 * `count` county names that name no real place the reader knows (a 南华东县 would be read as 南华县,
 * a 山东… as the province), so every return is its own county.
 */
function countyNames(count) {
  const { CHUXIONG_REGIONS, PROVINCES } = require(path.join(ROOT, "dist/cli/core/registry/regions.js"));
  const known = [...CHUXIONG_REGIONS, ...PROVINCES].map((name) => name.slice(0, 2));
  const names = [];
  for (let i = 0; names.length < count; i++) {
    const name = nameOf(i);
    if (!known.some((k) => name.includes(k))) names.push(name);
  }
  return names;
}

/** A folder of `count` returns, written once per generator version; and the sum of their 本期 事故起数. */
async function returnsFolder(count) {
  const generator = fs.readFileSync(path.join(ROOT, "scripts/fixtures/make-returns.js"));
  // Named by the figures' generator and the naming rule below (change NAMES_VERSION with countyNames).
  const hash = createHash("sha256").update(generator).update(NAMES_VERSION).digest("hex").slice(0, 12);
  const dir = path.join(os.tmpdir(), "bureau-stats-bench", `returns-${count}-${hash}`);
  const names = countyNames(count);
  let accidents = 0;
  const rowsOf = (i) => figures(100 + i, INDUSTRIES);
  for (let i = 0; i < count; i++) for (const [label, values] of Object.entries(rowsOf(i))) if (!label.startsWith("其中")) accidents += values[0][0];
  if (fs.existsSync(path.join(dir, ".complete"))) return { dir, accidents };
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const region = names[i];
    const file = path.join(dir, `${region}.xlsx`);
    if (!fs.existsSync(file)) fs.writeFileSync(file, Buffer.from(await accidentReturn({ file, region, seed: 100 + i, rows: rowsOf(i) }).xlsx.writeBuffer()));
  }
  fs.writeFileSync(path.join(dir, ".complete"), new Date().toISOString());
  return { dir, accidents };
}

/** Runs a command under /usr/bin/time -v: wall s, CPU s, peak MB. */
function timed(command, args) {
  const run = spawnSync(TIME, ["-v", command, ...args], { encoding: "utf8", maxBuffer: 1 << 28 });
  if (run.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (${run.status}): ${(run.stderr ?? "").slice(-2000)}`);
  const field = (name) => new RegExp(`${name}: (.+)`).exec(run.stderr)?.[1].trim() ?? "";
  const [s, m, h] = field("Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)").split(":").reverse().concat(["0", "0"]);
  const wall = Number(s) + Number(m) * 60 + Number(h) * 3600;
  const cpu = Number(field("User time \\(seconds\\)")) + Number(field("System time \\(seconds\\)"));
  return { wall, cpu, rss: Number(field("Maximum resident set size \\(kbytes\\)")) / 1024 };
}

/** The 本期 事故起数 of the 合计 row of the written 汇总表, read back with our own streaming reader. */
async function consolidatedAccidents(file) {
  const { XlsxPackage } = require(path.join(ROOT, "dist/cli/xlsx/package/openPackage.js"));
  const { streamWorkbook } = require(path.join(ROOT, "dist/cli/xlsx/stream/streamWorkbook.js"));
  const data = await streamWorkbook(await XlsxPackage.open(fs.readFileSync(file)));
  const sheet = data.sheets.find((s) => s.name === "汇总表");
  if (!sheet) return undefined;
  const header = sheet.values.findIndex((row) => row.some((v) => String(v).includes("事故起数")));
  const column = sheet.values[header]?.findIndex((v) => String(v).includes("事故起数"));
  const total = sheet.values.find((row) => String(row[0]).replace(/\s/g, "") === "合计");
  return total?.[column];
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(", ");

async function main() {
  const { sizes, runs } = options(process.argv.slice(2));
  if (!fs.existsSync(TIME)) throw new Error("/usr/bin/time is missing: apt-get install time");
  spawnSync(process.execPath, [BIN, "build"], { stdio: "ignore" });
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "bench-consolidate-"));
  console.log(`Consolidation at scale: bureau-stats consolidate <folder of returns>, ${runs} runs each (median; peak is the largest)`);
  console.log(`  load average at start: ${load()} (${os.cpus().length} cores)`);
  const rows = [];
  try {
    for (const size of sizes) {
      const { dir, accidents } = await returnsFolder(size);
      const list = [];
      for (let run = 0; run < runs; run++) {
        const file = path.join(out, `州-${size}-${run}.xlsx`);
        list.push(timed(process.execPath, [BIN, "consolidate", dir, "--out", file]));
      }
      const got = await consolidatedAccidents(path.join(out, `州-${size}-0.xlsx`));
      const row = {
        size,
        wall: median(list.map((x) => x.wall)),
        cpu: median(list.map((x) => x.cpu)),
        rss: Math.max(...list.map((x) => x.rss)),
        agree: got === accidents,
      };
      rows.push(row);
      console.log(
        `  ${size.toLocaleString("en")} returns: ${row.wall.toFixed(2)} s (CPU ${row.cpu.toFixed(2)} s, ${((row.cpu / size) * 1000).toFixed(2)} ms a return) · peak ${row.rss.toFixed(0)} MB; ` +
          `合计 事故起数 ${got} ${row.agree ? "= the returns' sum" : `≠ the returns' sum ${accidents}`}; load ${load()}`,
      );
    }
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
  let missed = 0;
  const goal = (text, met) => {
    if (!met) missed++;
    console.log(`  goal: ${text} → ${met ? "met" : "MISSED"}`);
  };
  const budget = { 1000: 5, 10000: 50 };
  for (const r of rows)
    if (budget[r.size]) goal(`${r.size.toLocaleString("en")} returns in ≤ ${budget[r.size]} s of CPU (${r.cpu.toFixed(2)} s)`, r.cpu <= budget[r.size]);
  for (const r of rows) goal(`${r.size.toLocaleString("en")} returns: 合计 = the returns' sum`, r.agree);
  if (rows.length > 1) {
    const [first, last] = [rows[0], rows[rows.length - 1]];
    const perReturn = (r) => r.cpu / r.size;
    goal(
      `linear: CPU a return ${(perReturn(first) * 1000).toFixed(2)} ms at ${first.size.toLocaleString("en")}, ${(perReturn(last) * 1000).toFixed(2)} ms at ${last.size.toLocaleString("en")}`,
      perReturn(last) <= 1.25 * perReturn(first),
    );
  }
  console.log(`  load average at end: ${load()}`);
  if (missed) console.log(`  ${missed} goal(s) missed`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
