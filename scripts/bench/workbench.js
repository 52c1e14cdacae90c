#!/usr/bin/env node
/**
 * The workbench (browser page) on a 100,000-row accident ledger whose dates are real date cells
 * (the case where the summary writes live COUNTIFS/SUMIFS formulas), in Debian's headless
 * Chromium (playwright-core; never a downloaded browser). Issue 28's goals: opening, detecting
 * and summarising with no main-thread task over 200 ms, and generation within 5 s.
 *
 * It builds the workbench (dist/workbench.html) when its sources are newer, serves dist/ and the
 * ledger from 127.0.0.1, and records every long task (PerformanceObserver "longtask", > 50 ms)
 * from the page's start. Printed: the times to open (workbook drawn), to detect (click → result)
 * and to generate (click → result), the longest main-thread task and the tasks over 200 ms in
 * each step, the opening's progress bar (when it shows, its values) and a cancelled opening (click →
 * the bar gone, what the page then says), and the load average.
 *
 * Run: npm run bench -- workbench          (or node scripts/bench/workbench.js [rows] [--root DIR], DIR
 *      another checkout with its node_modules, to time an older workbench on the same ledger;
 *      --trace names what each task over 200 ms held, from a Chrome trace of the whole run; KEEP_TRACE=1
 *      keeps the trace file to open in Chrome's Performance panel)
 */
"use strict";
const fs = require("fs");
const http = require("http");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");

const args = process.argv.slice(2);
const rootAt = args.indexOf("--root");
const ROOT = rootAt >= 0 ? path.resolve(args[rootAt + 1]) : path.join(__dirname, "..", "..");
const ROWS = Number(args.find((a) => /^\d+$/.test(a))) || 100000;
const TRACE = args.includes("--trace");
const CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => fs.existsSync(p));
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];
const TIMEOUT = 20 * 60 * 1000;

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

/** The ledger of scripts/bench/ledger-summary.js: every date a real date cell with a time of day, 2023-01 … 2024-06. */
function* ledgerRows(n) {
  let seed = 20240630;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = (list) => list[Math.floor(random() * list.length)];
  yield HEADER;
  for (let i = 0; i < n; i++) {
    const day = i === 0 ? 45473 : 44927 + Math.floor(random() * (45473 - 44927 + 1));
    const date = new Date(Date.UTC(1899, 11, 30) + (day + Math.floor(random() * 1440) / 1440) * 86400000);
    yield [
      i + 1,
      date,
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
    ];
  }
}

async function ledgerFile(rows) {
  const dir = path.join(os.tmpdir(), "bureau-stats-bench");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `workbench-ledger-${rows}-v1.xlsx`);
  if (fs.existsSync(file)) return file;
  const ExcelJS = require(path.join(ROOT, "node_modules", "exceljs"));
  const aside = `${file}.${process.pid}.tmp`;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: aside, useSharedStrings: true });
  const sheet = workbook.addWorksheet("事故台账");
  let first = true;
  for (const row of ledgerRows(rows)) {
    const added = sheet.addRow(row.map((v) => (v === "" ? null : v)));
    if (!first) added.getCell(2).numFmt = "yyyy-mm-dd hh:mm";
    first = false;
    added.commit();
  }
  sheet.commit();
  await workbook.commit();
  fs.renameSync(aside, file);
  return file;
}

/** Builds dist/workbench.html when a source is newer than it. */
function buildWorkbench() {
  const output = path.join(ROOT, "dist", "workbench.js");
  let newest = 0;
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  walk(path.join(ROOT, "src"));
  if (fs.existsSync(output) && fs.statSync(output).mtimeMs > newest) return;
  console.log("  building the workbench (dist/workbench.html) …");
  execFileSync(process.execPath, [path.join(ROOT, "node_modules/webpack-cli/bin/cli.js"), "--config", "webpack.workbench.config.js", "--mode", "production"], {
    cwd: ROOT,
    stdio: "pipe",
    timeout: TIMEOUT,
  });
}

function serve(mounts) {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const [prefix, dir] = Object.entries(mounts).find(([p]) => pathname.startsWith(p)) ?? [];
    const file = prefix ? path.join(dir, pathname.slice(prefix.length)) : "";
    if (!prefix || !fs.existsSync(file) || !fs.statSync(file).isFile()) return void res.writeHead(404).end();
    const type = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8" }[path.extname(file)] ?? "application/octet-stream";
    res.writeHead(200, { "content-type": type, "cache-control": "no-store" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve({ url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() })),
  );
}

const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(", ");

async function main() {
  if (!CHROMIUM) {
    console.log("Workbench bench skipped: no Chromium at /usr/bin/chromium (apt-get install chromium).");
    return;
  }
  const { chromium } = require(path.join(ROOT, "node_modules", "playwright-core"));
  console.log(`Workbench in headless Chromium: a ${ROWS.toLocaleString("en")}-row ledger with real date cells (${ROOT})`);
  console.log(`  load average at start: ${load()}`);
  const file = await ledgerFile(ROWS);
  buildWorkbench();
  const server = await serve({ "/bench/": path.dirname(file), "/": path.join(ROOT, "dist") });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  let missed = 0;
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(TIMEOUT);
    // Every long task from the first script on, with the time it started; and the opening's progress
    // bar as the user sees it: when it shows, each value it shows, when it goes.
    const watch = () => {
      globalThis.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) globalThis.__longTasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: "longtask", buffered: true });
      globalThis.__progress = [];
      const seen = () => {
        const bar = globalThis.document.querySelector('[data-testid="open-progress"] [role="progressbar"]');
        const key = bar ? `shown ${bar.getAttribute("aria-valuenow") ?? "?"}` : "gone";
        const last = globalThis.__progress[globalThis.__progress.length - 1];
        if (last ? last.key !== key : bar)
          globalThis.__progress.push({ at: performance.now(), key, value: bar ? Number(bar.getAttribute("aria-valuenow")) : undefined });
      };
      new globalThis.MutationObserver(seen).observe(globalThis.document, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ["aria-valuenow"],
      });
    };
    await page.addInitScript(watch);
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    const now = () => page.evaluate(() => performance.now());
    const tasks = async (from, to) => (await page.evaluate(() => globalThis.__longTasks)).filter((t) => t.start >= from && t.start < to);
    const steps = [];

    const fileName = path.basename(file);
    const traceFile = path.join(os.tmpdir(), `workbench-trace-${process.pid}.json`);
    if (TRACE) await browser.startTracing(page, { path: traceFile, categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8"] });
    await page.goto(`${server.url}/workbench.html?file=${encodeURIComponent(`bench/${fileName}`)}`);
    let from = 0;
    await page.getByTestId("workbook-name").filter({ hasText: fileName }).waitFor();
    await page.locator('[data-testid="grid"]').waitFor();
    await page.getByTestId("detect-button").waitFor({ state: "visible" });
    let to = await now();
    steps.push({ name: "open (page start → the ledger drawn)", ms: to - from, tasks: await tasks(from, to) });

    from = await now();
    await page.getByTestId("detect-button").click();
    await page.locator('[data-testid="detect-summary"], [data-testid="pane-error"], [data-testid="detect-empty"]').first().waitFor();
    to = await now();
    steps.push({
      name: "detect (click → what was found)",
      ms: to - from,
      tasks: await tasks(from, to),
      text: await page
        .getByTestId("detect-summary")
        .innerText()
        .catch(() => "?"),
    });

    await page.getByTestId("tab-generate").click();
    from = await now();
    await page.getByTestId("generate-button").click();
    await page.locator('[data-testid="generate-result"], [data-testid="pane-error"]').first().waitFor();
    to = await now();
    const failed = await page.getByTestId("pane-error").count();
    steps.push({
      name: "generate (click → summary written)",
      ms: to - from,
      tasks: await tasks(from, to),
      text: failed ? await page.getByTestId("pane-error").innerText() : "",
    });

    // The opening's progress bar: shown from when to when, and how many values it went through.
    const progress = await page.evaluate(() => globalThis.__progress);
    const shown = progress.filter((p) => p.key !== "gone");
    const gone = progress.find((p) => p.key === "gone");
    const progressLine = shown.length
      ? `progress bar shown ${(shown[0].at / 1000).toFixed(2)}–${gone ? (gone.at / 1000).toFixed(2) : "?"} s after the page started, ${shown.length} values (${shown
          .map((p) => p.value)
          .filter((v, i, all) => i === 0 || i === all.length - 1)
          .map((v) => (Number.isFinite(v) ? `${Math.round(v * 100)}%` : "?"))
          .join(" → ")})`
      : "no progress bar was seen";

    // Cancel: the same file opened on a fresh page, Cancel clicked once the bar has moved.
    const cancelPage = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    cancelPage.setDefaultTimeout(TIMEOUT);
    await cancelPage.addInitScript(watch);
    await cancelPage.goto(`${server.url}/workbench.html?file=${encodeURIComponent(`bench/${fileName}`)}`);
    let cancelLine;
    let cancelled = false;
    try {
      await cancelPage.getByTestId("cancel-open").waitFor({ state: "visible" });
      // Mid-read: once the bar has moved past 0.
      await cancelPage.waitForFunction(() => globalThis.__progress.some((p) => p.value > 0), undefined, { timeout: 20000 }).catch(() => undefined);
      const reached = await cancelPage.evaluate(() => Math.max(0, ...globalThis.__progress.map((p) => p.value ?? 0)));
      const clickedAt = await cancelPage.evaluate(() => performance.now());
      const shownAt = await cancelPage.evaluate(() => globalThis.__progress.find((p) => p.key !== "gone")?.at ?? NaN);
      await cancelPage.getByTestId("cancel-open").click({ timeout: 5000 });
      await cancelPage.getByTestId("open-progress").waitFor({ state: "detached" });
      const doneAt = await cancelPage.evaluate(() => performance.now());
      const said = await cancelPage
        .getByTestId("workbook-error")
        .innerText()
        .catch(() => "");
      const worst = Math.max(
        0,
        ...(await cancelPage.evaluate(() => globalThis.__longTasks)).filter((t) => t.start >= clickedAt && t.start < doneAt).map((t) => t.duration),
      );
      // Said as a status (pane-cancelled), never as an error (出错了 / Something went wrong).
      const asStatus = (await cancelPage.getByTestId("pane-cancelled").count()) === 1;
      cancelled = /取消|cancelled/i.test(said) && asStatus && !/出错了|went wrong/.test(said);
      cancelLine =
        `cancel (bar shown at ${(shownAt / 1000).toFixed(2)} s, clicked at ${Math.round(100 * reached)}% at ${(clickedAt / 1000).toFixed(2)} s → bar gone): ${((doneAt - clickedAt) / 1000).toFixed(2)} s; ` +
        `longest main-thread task ${worst.toFixed(0)} ms; the page says "${said.replace(/\s+/g, " ").trim().slice(0, 60)}"`;
    } catch (error) {
      cancelLine = `cancel: could not be clicked while the file opened (${String(error.message ?? error).split("\n")[0]})`;
    } finally {
      await cancelPage.close();
    }

    let longest = 0;
    for (const step of steps) {
      const worst = Math.max(0, ...step.tasks.map((t) => t.duration));
      longest = Math.max(longest, worst);
      const over = step.tasks.filter((t) => t.duration > 200).length;
      console.log(
        `  ${step.name}: ${(step.ms / 1000).toFixed(2)} s; longest main-thread task ${worst.toFixed(0)} ms; tasks over 200 ms: ${over}${step.text ? ` — ${step.text.replace(/\s+/g, " ").slice(0, 120)}` : ""}`,
      );
    }
    console.log(`  ${progressLine}`);
    console.log(`  ${cancelLine}`);
    console.log(`  load average at end: ${load()}`);
    if (TRACE) {
      await browser.stopTracing();
      for (const line of require("./_longTasks").longTasks(traceFile)) console.log(`  ${line}`);
      if (process.env.KEEP_TRACE) console.log(`  trace kept: ${traceFile}`);
      else fs.rmSync(traceFile, { force: true });
    }
    const goal = (text, met) => {
      if (!met) missed++;
      console.log(`  goal: ${text} → ${met ? "met" : "MISSED"}`);
    };
    goal(`no main-thread task over 200 ms while opening, detecting and generating (longest ${longest.toFixed(0)} ms)`, longest <= 200);
    goal(`generation within 5 s (${(steps[2].ms / 1000).toFixed(2)} s)`, steps[2].ms <= 5000 && !failed);
    goal(
      `opening (over a second) shows a progress bar and can be cancelled (${shown.length} progress values; cancel ${cancelled ? "worked" : "FAILED"})`,
      shown.length > 0 && cancelled,
    );
    if (errors.length) console.log(`  page errors: ${errors.join(" | ")}`);
  } finally {
    await browser.close();
    server.close();
  }
  if (missed) console.log(`  ${missed} goal(s) missed`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
