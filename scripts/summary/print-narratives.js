#!/usr/bin/env node
/**
 * Prints the 综述 (and the 核对 notes, and the 识别说明 rows where there are any) of the sample, every
 * workbook fixture, every corpus workbook (tests/corpus/workbooks, named by their number) and one consolidation
 * (the three hazard returns of tests/fixtures/returns-hazards), in Chinese and English, one text file
 * per workbook, so the narrative can be read and diffed before and after a change:
 *
 *   node scripts/summary/print-narratives.js /tmp/narratives-before
 *
 * Files are read by the command line's path with a fixed report date.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { ROOT, transpileRepo } = require("../bench/_transpile");

const outDir = process.argv[2];
if (!outDir) {
  process.stderr.write("usage: node scripts/summary/print-narratives.js <out-dir>\n");
  process.exit(2);
}

const tmp = transpileRepo("narratives", ["src/core", "src/xlsx", "src/cli"]);
fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(tmp, "node_modules"));
const load = (p) => require(path.join(tmp, p));
const { XlsxPackage } = load("src/xlsx/package/openPackage.js");
const { streamWorkbook } = load("src/xlsx/stream/streamWorkbook.js");
const { workbookToSnapshot } = load("src/xlsx/loadXlsx.js");
const { nodeInflateRaw } = load("src/cli/nodeInflate.js");
const { readWorkbook } = load("src/core/reader/readWorkbook.js");
const { planSummary } = load("src/core/summary/planSummary.js");
const { planConsolidation } = load("src/core/consolidate/planConsolidation.js");
const { readCountyReturn } = load("src/xlsx/readCountyReturn.js");
const factsPath = path.join(tmp, "src/core/facts/workbookFacts.js");
// Before the planner read facts it took the model; after, workbookFacts(model).
const planInput = fs.existsSync(factsPath) ? require(factsPath).workbookFacts : (model) => model;

function workbooks(dir) {
  const found = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && /\.xls[xm]$/i.test(entry.name)) found.push(path.join(dir, entry.name));
  }
  return found.sort();
}

/** The rows of a plan's section, each row's texts joined by " | " (none when the plan has no such section). */
function sectionRows(plan, id) {
  const section = plan.sections.find((s) => s.id === id);
  if (!section) return [];
  return plan.cells.slice(section.firstRow, section.lastRow + 1).map((row) =>
    row
      .map((c) => (c.value === null || c.value === undefined ? "" : String(c.value)))
      .filter((t) => t)
      .join(" | "),
  );
}

function narrativeText(plan) {
  const cells = plan.cells.flat().map((c) => (typeof c.value === "string" ? c.value : ""));
  const title = cells.find((t) => t) ?? "";
  // What the reader could not decide (识别说明), printed only for the outputs that have it.
  const readerNotes = sectionRows(plan, "readerNotes");
  const notesBlock = readerNotes.length ? ["reading notes:", ...readerNotes.map((r) => `  ${r}`)] : [];
  return (
    [`title: ${title}`, "narrative:", ...plan.narrative.map((p) => `  ${p}`), "notes:", ...plan.notes.map((p) => `  ${p}`), ...notesBlock].join("\n") + "\n"
  );
}

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  const inputs = [
    ...workbooks(path.join(ROOT, "assets/samples")),
    ...workbooks(path.join(ROOT, "tests/fixtures")),
    ...workbooks(path.join(ROOT, "tests/corpus/workbooks")),
  ];
  for (const input of inputs) {
    const corpus = input.includes(`${path.sep}corpus${path.sep}`);
    const name = `${corpus ? "corpus-" : ""}${path.basename(input).replace(/\.xls[xm]$/i, "")}`;
    let text = "";
    try {
      const pkg = await XlsxPackage.open(fs.readFileSync(input), undefined, nodeInflateRaw);
      const data = await streamWorkbook(pkg, path.basename(input));
      const model = readWorkbook(workbookToSnapshot(data), { reportDate: "2024-06-30" });
      for (const language of ["zh", "en"]) text += `== ${language}\n${narrativeText(planSummary(planInput(model), { language }))}`;
    } catch (error) {
      text = `refused: ${error.message}\n`;
    }
    fs.writeFileSync(path.join(outDir, `${name}.txt`), text);
  }
  const dir = path.join(ROOT, "tests/fixtures/returns-hazards");
  const returns = [];
  for (const file of workbooks(dir)) returns.push(await readCountyReturn(fs.readFileSync(file), path.basename(file), { tools: nodeInflateRaw }));
  let text = "";
  for (const language of ["zh", "en"]) text += `== ${language}\n${narrativeText(planConsolidation(returns, { language }).sheets[0])}`;
  fs.writeFileSync(path.join(outDir, "consolidation-returns-hazards.txt"), text);
  process.stdout.write(`${inputs.length + 1} outputs → ${outDir}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
