#!/usr/bin/env node
/**
 * Writes tests/corpus/README.md from the expectations (tests/corpus/expected/*.json): an index of
 * the workbooks with their sources, then per workbook the facts a statistician expects, the period
 * and region words, the units as stated, and the slips. The JSON files are the record; this page is
 * how a person reads them. Re-run after editing an expectation: node scripts/corpus/make-readme.js
 */
"use strict";

const fs = require("fs");
const path = require("path");

const CORPUS = path.join(__dirname, "..", "..", "tests", "corpus");
const EXPECTED = path.join(CORPUS, "expected");

/** The Chinese names of the indicators the corpus uses (registry ids; a few proposed ones). */
const NAMES = {
  accident_count: "事故起数",
  deaths: "死亡人数",
  injured: "受伤人数",
  direct_loss: "直接经济损失（事故）",
  count_level_ge_larger: "较大及以上事故起数",
  deaths_per_100m_gdp: "亿元GDP死亡率",
  deaths_per_100k_workers: "工矿商贸十万人死亡率",
  road_deaths_per_10k_vehicles: "道路交通万车死亡率",
  coal_deaths_per_mt: "煤矿百万吨死亡率",
  affected_pop: "受灾人口",
  dz_deaths: "因灾死亡",
  dz_deaths_missing: "因灾死亡失踪",
  evacuated: "紧急避险转移",
  relocated: "紧急转移安置",
  rooms_collapsed: "倒塌房屋",
  rooms_severe: "严重损坏房屋",
  rooms_moderate: "一般损坏房屋",
  crop_affected_ha: "农作物受灾面积",
  crop_failure_ha: "农作物绝收面积",
  dz_direct_loss: "直接经济损失（灾害）",
  units_supervised: "负责监管的生产经营单位",
  units_inspected: "实际监督监察生产经营单位",
  inspection_visits: "监督监察次数",
  documents: "执法文书",
  penalties: "行政处罚",
  fines: "经济处罚",
  fines_supervision: "日常监督处罚",
  fines_accident: "事故处罚",
  suspended: "责令停产整顿",
  closure_requested: "提请关闭",
  units_checked: "检查（排查）单位",
  hazards_found: "排查隐患",
  general_found: "一般隐患",
  major_found: "重大隐患",
  rectified: "已整改",
  major_rectified: "重大隐患已整改",
  rect_rate: "整改率",
  major_rect_rate: "重大隐患整改率",
  major_planned: "列入治理计划的重大隐患",
  rect_funds: "治理资金",
  fire_count: "火灾起数 *",
  fire_loss: "火灾直接经济损失 *",
  forest_fire_count: "森林火灾次数 *",
  forest_area_damaged: "受害森林面积 *",
  forest_fire_deaths: "森林火灾死亡人数 *",
  forest_fire_loss: "森林火灾直接经济损失 *",
};

const RELATION = { ago: "去年同期", prev: "上月", series: "序列" };

/** "ago:M2022-12" → "2022年12月（去年同期）". */
function periodWords(code) {
  if (Array.isArray(code)) return code.map(periodWords).join(" 或 ");
  const colon = code.indexOf(":");
  const relation = colon >= 0 ? RELATION[code.slice(0, colon)] : "";
  const span = colon >= 0 ? code.slice(colon + 1) : code;
  const y = (t) => (t === "?" ? "（年份未载）" : `${t}年`);
  let m;
  let text = span;
  if ((m = span.match(/^M(\d{4}|\?)-(\d\d)$/))) text = `${y(m[1])}${Number(m[2])}月`;
  else if ((m = span.match(/^C(\d{4}|\?)-(\d\d)$/))) text = m[2] === "12" ? `${y(m[1])}` : `${y(m[1])}1—${Number(m[2])}月`;
  else if ((m = span.match(/^Y(\d{4})$/))) text = `${m[1]}年`;
  else if ((m = span.match(/^Q(\d{4}|\?)-([1-4])$/))) text = `${y(m[1])}${"一二三四"[Number(m[2]) - 1]}季度`;
  else if ((m = span.match(/^S(\d{4})-(\d\d)\/(\d{4})-(\d\d)$/))) text = `${m[1]}年${Number(m[2])}—${Number(m[4])}月`;
  else if ((m = span.match(/^R(\d{4})-(\d\d)-(\d\d)\/(\d{4})-(\d\d)-(\d\d)$/)))
    text = `${m[1]}年${Number(m[2])}月${Number(m[3])}日—${m[4] === m[1] ? "" : `${m[4]}年`}${Number(m[5])}月${Number(m[6])}日`;
  return relation ? `${text}（${relation}）` : text;
}

function keyWords(key) {
  if (!key) return "—";
  return (typeof key === "string" ? [key] : key).map((k) => k.slice(k.indexOf(":") + 1)).join(" / ");
}

function cellOf(book, f) {
  if (!f.cell) return f.source === "ledger" || book.countedRows ? "（台账）" : "—";
  return `${f.sheet && f.sheet !== book.sheet ? `${f.sheet}!` : ""}${f.cell}`;
}

function cellText(text) {
  return String(text).replace(/\|/g, "\\|").replace(/\n/g, " ");
}

function measureWords(f) {
  if (f.measure === "change_pct") return `同比幅度 %（对 ${periodWords(f.base)}）`;
  if (f.measure === "change") return `增减（对 ${periodWords(f.base)}）`;
  if (f.measure === "rate") return "率";
  return "";
}

function bookSection(book) {
  const lines = [];
  lines.push(`### ${book.id}`, "");
  for (const s of book.sources) lines.push(`- Source: [${cellText(s.title)}](${s.url}) — ${s.date}${s.note ? `. ${cellText(s.note)}` : ""}`);
  lines.push(`- Shapes: ${book.shapes.join("; ")}${book.wps ? " (saved by WPS 表格)" : ""}`);
  lines.push(`- Region word: ${book.region ?? "—"}; place: ${book.place ?? "not named"}; period words: ${book.periodWords.join("、")}`);
  lines.push(
    `- Units as stated: ${Object.entries(book.units)
      .map(([k, v]) => `${NAMES[k] ?? k} ${v}`)
      .join("、")}`,
  );
  if (book.countedRows) lines.push(`- Ledger rows: ${book.countedRows}, every one counted or named`);
  if (book.noChanges) lines.push("- The workbook states no comparison: no change may be made up");
  lines.push("", "| 指标 | 期间 | 分组 | 数值 | 单元格 |", "|---|---|---|---|---|");
  for (const f of book.facts) {
    const what = `${NAMES[f.ind] ?? f.ind}${measureWords(f) ? ` · ${measureWords(f)}` : ""}`;
    const value = f.cv !== undefined ? `${f.val} (${cellText(f.cv)})` : `${f.val}`;
    lines.push(`| ${what} | ${periodWords(f.per)} | ${cellText(keyWords(f.key))} | ${value}${f.unit ? ` ${f.unit}` : ""} | ${cellOf(book, f)} |`);
  }
  lines.push("");
  if (book.slips.length) {
    lines.push("Slips a statistician finds:", "", "| 单元格 | 类别 | 来源 | 说明 |", "|---|---|---|---|");
    for (const s of book.slips)
      lines.push(`| ${s.sheet ? `${s.sheet}!` : ""}${s.cell} | ${s.kind} | ${s.planted ? "planted" : "real"} | ${cellText(s.what)} |`);
    lines.push("");
  } else lines.push("Slips: none — the 核对 must find nothing here.", "");
  if (book.tolerated.length) {
    lines.push("Findings that are not slips but may be reported (tolerated, not false alarms):", "");
    for (const s of book.tolerated) lines.push(`- ${s.sheet ? `${s.sheet}!` : ""}${s.cell}: ${cellText(s.what)}`);
    lines.push("");
  }
  if (book.mustNot && book.mustNot.length) {
    lines.push("Must not come out:", "");
    for (const f of book.mustNot) lines.push(`- ${NAMES[f.ind] ?? f.ind} ${periodWords(f.per)} = ${f.val}: ${cellText(f.why)}`);
    lines.push("");
  }
  if (book.notes) lines.push(cellText(book.notes), "");
  return lines.join("\n");
}

/** The README as prettier writes it (CI checks tests/ with prettier). */
async function formattedReadme() {
  const prettier = require("prettier");
  const options = (await prettier.resolveConfig(path.join(CORPUS, "README.md"))) || {};
  return prettier.format(readme(), { ...options, parser: "markdown" });
}

function readme() {
  const books = fs
    .readdirSync(EXPECTED)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(EXPECTED, f), "utf8")));
  const facts = books.reduce((n, b) => n + b.facts.length, 0);
  const slips = books.reduce((n, b) => n + b.slips.length, 0);
  const planted = books.reduce((n, b) => n + b.slips.filter((s) => s.planted).length, 0);
  const head = [
    "# The corpus of real shapes",
    "",
    `${books.length} workbooks, each transcribing a published release (national, provincial, city, county and district bureaus; 2000–2025) in the shape of that release's table, with what a statistician expects from it: ${facts} facts, ${slips} slips (${slips - planted} the releases' own, ${planted} planted), and the findings that would be false alarms.`,
    "",
    "- `workbooks/` — the files, written by `node scripts/corpus/make-corpus.js` (one module per workbook under `scripts/corpus/books/`; deterministic). Three are saved as WPS 表格 saves them.",
    "- `expected/` — one JSON per workbook: the record. Written from the release, never from our output. This page is generated from it (`node scripts/corpus/make-readme.js`).",
    "- `workbooks.test.ts` — checks without our reader that every expected figure sits in the cell named, that the files are what the generator writes and that this page is current.",
    "- `corpus.test.ts` — the harness: reads every workbook through the command line's path (`summarizeFile`) and the add-in's path (the in-memory Office.js host and `readWorkbookSnapshot`), checks that both give the same facts and findings, compares the facts, the words and the 核对 with the expectations, and prints one line per workbook and the totals (`CORPUS … facts right a/b …; slips found c/d; false alarms e …`). Facts come from `workbookFacts(model)` in src/core/facts, the value the planner reads.",
    "- `knownGaps.ts` — the workbooks not yet read right: each is a `test.failing`, so one that starts passing turns red and must leave the list. `harness.test.ts` keeps the harness honest (a reader giving exactly the expectations scores full marks; each kind of mistake costs what it should).",
    "- `headlines.test.ts` — what the summary then says: the 综述's opening \"共发生各类生产安全事故N起、死亡D人…，同比…\" claims the whole of all accidents, so N, D and each 同比 change must be the release's own whole (a fact with no breakdown key) and its year-ago whole. A one-county table summed, a 较大事故 list told as all accidents or two tables' 去年同期 added fail here though each fact is read right. Workbooks still wrong are `test.failing` in its `HEADLINE_GAPS`; it prints `HEADLINES … n not`.",
    "- Matching: a fact matches when its indicator, breakdown keys (the same set; 旌阳 = 旌阳区, 其中：煤矿 = 煤矿, 一般事故 = 一般), period (relation, and the same first and last month or day: 一季度 = 1—3月) and measure agree and its value is within the tolerance. A finding matches a slip when it names the slip's cell (or one of its other cells, or a range holding it) on its sheet.",
    "",
    "## How to read an expectation",
    "",
    "- A fact is an indicator (registry id), a period, an optional breakdown key, a value in the indicator's base unit (万元 for money, 人, 公顷, 起 …), and the unit the source states. `cv` is the cell as written when it differs (4.17 亿元 → 41700 万元).",
    "- Periods: `M2023-12` a month, `C2023-06` January to June, `Y2023` the whole year, `Q2019-2` a quarter, `S2024-01/2024-02` a run of months, `R2020-01-01/2020-05-31` dated bounds; `ago:` the same period a year earlier, `prev:` the month before (the base of 环比), `series:` one period of a series; `?` a year the source never states.",
    "- Keys: `region:`, `industry:`, `level:`, `category:`, `accident_type:`, `other:`. A part of a part carries its parent's key too (工矿商贸 / 煤矿).",
    "- Previous-year figures a release only implies (by a percentage or an 增减) are written into the workbook only when exactly one integer gives the stated figure; each book's note says so.",
    "- A slip is a cell a statistician would flag. `real` slips are the releases' own; `planted` ones were typed in on purpose (a quarter total, a 累计, a unit, a rate on the wrong year's base). Tolerated findings are acceptable either way. Anything else the 核对 reports is a false alarm.",
    "- Indicators marked * are not in the registry yet (fires, forest fires): their facts count as expected and, until the registry has them, as gaps.",
    "",
    "## Index",
    "",
    "| Workbook | Place | Shapes | Facts | Slips | Source |",
    "|---|---|---|---|---|---|",
    ...books.map(
      (b) =>
        `| [${b.id}](#${b.id}) | ${b.place ?? b.region ?? "—"} | ${cellText(b.shapes.slice(0, 3).join("; "))}${b.wps ? "; WPS" : ""} | ${b.facts.length} | ${b.slips.length} | [${cellText(b.sources[0].title)}](${b.sources[0].url})${b.sources.length > 1 ? ` +${b.sources.length - 1}` : ""} |`,
    ),
    "",
    "## The workbooks",
    "",
  ];
  return `${head.join("\n")}${books.map(bookSection).join("\n")}`;
}

module.exports = { readme, formattedReadme, periodWords };

// `--print` writes the page to stdout instead (the corpus test compares it with the committed one).
if (require.main === module) {
  formattedReadme().then((text) => {
    if (process.argv.includes("--print")) process.stdout.write(text);
    else {
      fs.writeFileSync(path.join(CORPUS, "README.md"), text);
      console.log("tests/corpus/README.md written");
    }
  });
}
