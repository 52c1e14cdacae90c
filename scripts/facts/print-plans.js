#!/usr/bin/env node
/**
 * Prints the summary plan of the sample and of every workbook fixture (and the real workbooks the
 * command line can open), in Chinese and English, one text file per workbook and language, so a
 * refactoring of the planner can be diffed against the plans as they were:
 *
 *   node scripts/facts/print-plans.js /tmp/plans-before
 *   … change the planner …
 *   node scripts/facts/print-plans.js /tmp/plans-after && diff -r /tmp/plans-before /tmp/plans-after
 *
 * Files are read by the command line's path (package → stream → snapshot → readWorkbook →
 * planSummary) with a fixed report date, so the output does not depend on the day it runs.
 * With `--facts`, the workbook's facts (src/core/facts) are printed beside each plan.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { ROOT, transpileRepo } = require("../bench/_transpile");

const args = process.argv.slice(2);
const withFacts = args.includes("--facts");
const outDir = args.find((a) => !a.startsWith("--"));
if (!outDir) {
  process.stderr.write("usage: node scripts/facts/print-plans.js <out-dir> [--facts]\n");
  process.exit(2);
}

const tmp = transpileRepo("plans", ["src/core", "src/xlsx", "src/cli"]);
fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(tmp, "node_modules"));
const { XlsxPackage } = require(path.join(tmp, "src/xlsx/package/openPackage.js"));
const { streamWorkbook } = require(path.join(tmp, "src/xlsx/stream/streamWorkbook.js"));
const { workbookToSnapshot } = require(path.join(tmp, "src/xlsx/loadXlsx.js"));
const { nodeInflateRaw } = require(path.join(tmp, "src/cli/nodeInflate.js"));
const { readWorkbook } = require(path.join(tmp, "src/core/reader/readWorkbook.js"));
const { planSummary } = require(path.join(tmp, "src/core/summary/planSummary.js"));
// Before the planner read facts it took the reader's model; the script prints both kinds of tree.
const factsModule = path.join(tmp, "src/core/facts/workbookFacts.js");
const workbookFacts = fs.existsSync(factsModule) ? require(factsModule).workbookFacts : undefined;

/** Every .xlsx/.xlsm under a folder, sorted, hostile files left out. */
function workbooks(dir) {
  if (!fs.existsSync(dir)) return [];
  const found = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== "hostile") found.push(...workbooks(full));
    else if (/\.xls[xm]$/i.test(entry.name)) found.push(full);
  }
  return found.sort();
}

const inputs = [
  ...workbooks(path.join(ROOT, "assets/samples")),
  ...workbooks(path.join(ROOT, "tests/fixtures")),
  // CI keeps the real workbooks at ../shared beside the clone; a worktree under /work/wt finds them one level up.
  ...workbooks([path.join(ROOT, "../shared/real-workbooks"), path.join(ROOT, "../../shared/real-workbooks")].find((d) => fs.existsSync(d)) ?? ""),
  ...workbooks(path.join(ROOT, "tests/corpus")),
];

function cellText(c) {
  if (c.value === null && !c.formula) return "";
  const v = typeof c.value === "number" ? String(Number(c.value.toPrecision(12))) : JSON.stringify(c.value);
  return `${v}${c.formula ? ` ${c.formula}` : ""}${c.numberFormat ? ` [${c.numberFormat}]` : ""}`;
}

function planText(plan) {
  const lines = [`sheet ${plan.sheetName} ${plan.rowCount}x${plan.columnCount}`];
  plan.cells.forEach((row, r) => {
    const cells = row.map((c, j) => [j, cellText(c)]).filter(([, t]) => t);
    if (cells.length) lines.push(`R${r + 1}: ${cells.map(([j, t]) => `${String.fromCharCode(65 + (j % 26))}${j >= 26 ? j : ""}=${t}`).join(" | ")}`);
  });
  lines.push("sections:", ...plan.sections.map((s) => `  ${s.id} ${s.firstRow}-${s.lastRow} ${s.title}`));
  lines.push(
    "charts:",
    ...plan.charts.map((c) => `  ${c.type} ${c.source} ${c.seriesBy} "${c.title}" ${c.position.start}:${c.position.end} ${c.seriesNames.join(",")}`),
  );
  lines.push("narrative:", ...plan.narrative.map((p) => `  ${p}`));
  lines.push("notes:", ...plan.notes.map((p) => `  ${p}`));
  lines.push(`merges: ${plan.merges.join(" ")}`);
  lines.push(`styles: ${plan.styles.map((s) => `${s.style}@${s.row},${s.column}+${s.rowCount}x${s.columnCount}`).join(" ")}`);
  lines.push(`widths: ${plan.columnWidths.join(",")}`, `heights: ${plan.rowHeights.map((h) => `${h.row}:${h.height}`).join(",")}`);
  lines.push(`print: ${JSON.stringify(plan.print)}`, `sources: ${(plan.sources ?? []).join(" ")}`);
  return lines.join("\n") + "\n";
}

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  for (const input of inputs) {
    const name = (input.startsWith(ROOT) ? path.relative(ROOT, input) : `shared/${path.basename(input)}`).replace(/[\\/]/g, "__");
    let model;
    try {
      const pkg = await XlsxPackage.open(fs.readFileSync(input), undefined, nodeInflateRaw);
      const data = await streamWorkbook(pkg, path.basename(input));
      model = readWorkbook(workbookToSnapshot(data), { reportDate: "2024-06-30" });
    } catch (error) {
      fs.writeFileSync(path.join(outDir, `${name}.txt`), `refused: ${error.message}\n`);
      continue;
    }
    for (const language of ["zh", "en"]) {
      const input = workbookFacts ? workbookFacts(model) : model;
      const plan = planSummary(input, { language, generatedAt: "2024-07-10T09:30" });
      let text = planText(plan);
      if (withFacts && workbookFacts) text += `facts:\n${JSON.stringify(input, null, 1)}\n`;
      fs.writeFileSync(path.join(outDir, `${name}.${language}.txt`), text);
    }
  }
  process.stdout.write(`${inputs.length} workbooks → ${outDir}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
