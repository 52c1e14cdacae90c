#!/usr/bin/env node
/**
 * Recalculates .xlsx files in LibreOffice (an engine we did not write) and compares every formula
 * cell's recalculated value with the value cached in the file: numbers to 1e-9 relative, text,
 * booleans and errors exactly. Also checks that the file opens without repair: the conversion
 * succeeds, and every sheet, merged area and number format survives it.
 *
 * Usage: node scripts/check-recalc.js <file.xlsx | folder>…   (a folder: every .xlsx and .xlsm in it)
 * Exit code 0 when every formula cell agrees, 1 on a mismatch or a failed conversion, 2 when
 * LibreOffice (`soffice`, Debian's libreoffice-calc-nogui) is not installed.
 *
 * Recalculation on load is forced by a throw-away LibreOffice profile whose
 * registrymodifications.xcu sets /org.openoffice.Office.Calc/Formula/Load OOXMLRecalcMode to 0
 * ("always"), passed with -env:UserInstallation. Without it LibreOffice keeps the cached values.
 * All files go through one soffice call (LibreOffice's start-up is most of the cost).
 */
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");
const ExcelJS = require("exceljs");

/** Relative tolerance for numbers. */
const TOLERANCE = 1e-9;

const PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Where LibreOffice is: $SOFFICE_PATH, or Debian's /usr/bin/soffice or /usr/bin/libreoffice.
 *
 * @returns the executable, or undefined when none is installed
 */
function sofficePath() {
  return [process.env.SOFFICE_PATH, "/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => p && fs.existsSync(p));
}

/**
 * Writes a LibreOffice user profile that recalculates every formula of an .xlsx on load.
 *
 * @param dir a new, empty folder
 * @returns the file:// URL to pass as -env:UserInstallation
 */
function writeRecalcProfile(dir) {
  fs.mkdirSync(path.join(dir, "user"), { recursive: true });
  fs.writeFileSync(path.join(dir, "user", "registrymodifications.xcu"), PROFILE);
  return "file://" + path.resolve(dir);
}

/**
 * Opens the files in headless LibreOffice with recalculation forced and saves them again as
 * .xlsx into outDir, in one soffice call. Base names must be unique.
 *
 * @param files the .xlsx files
 * @param outDir where the recalculated copies go (not the folder of an input)
 * @param options soffice (path) and timeoutMs (default 10 minutes)
 * @returns for each input, the recalculated file's path or undefined when LibreOffice wrote none; and soffice's output
 */
function recalculate(files, outDir, options = {}) {
  const soffice = options.soffice || sofficePath();
  if (!soffice) throw new Error("LibreOffice (soffice) is not installed: apt-get install -y libreoffice-calc-nogui");
  const names = files.map((f) => path.basename(f));
  if (new Set(names).size !== names.length) throw new Error("recalculate: input base names must be unique");
  fs.mkdirSync(outDir, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "recalc-profile-"));
  try {
    const args = [`-env:UserInstallation=${writeRecalcProfile(profile)}`, "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", outDir, ...files];
    const run = spawnSync(soffice, args, { encoding: "utf8", timeout: options.timeoutMs || 600000 });
    const outputs = names.map((n) => {
      const out = path.join(outDir, n.replace(/\.[^.]+$/, "") + ".xlsx");
      return fs.existsSync(out) ? out : undefined;
    });
    return { outputs, log: `${run.stdout || ""}${run.stderr || ""}${run.error ? String(run.error) : ""}`, status: run.status };
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

// A cached or recalculated value in one comparable shape.
function normalise(value) {
  if (value === undefined || value === null) return "";
  if (value instanceof Date) return { date: value.getTime() };
  if (typeof value === "object" && "error" in value) return { error: value.error };
  if (typeof value === "object" && "richText" in value) return value.richText.map((t) => t.text).join("");
  return value;
}

/**
 * Whether a recalculated value agrees with the cached one: numbers to 1e-9 relative, the rest exactly.
 *
 * @param cached the value in the file as written
 * @param recalculated LibreOffice's value
 * @returns true when they agree
 * @example sameValue(0.1 + 0.2, 0.3) // true
 */
function sameValue(cached, recalculated) {
  const a = normalise(cached);
  const b = normalise(recalculated);
  if (typeof a === "number" && typeof b === "number") return a === b || Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
  return JSON.stringify(a) === JSON.stringify(b);
}

// Every sheet's merges, as a sorted list of ranges.
function mergesOf(worksheet) {
  return [...(worksheet.model.merges || [])].sort();
}

/**
 * Compares a workbook with its recalculated copy.
 *
 * @param originalPath the file as written
 * @param recalculatedPath LibreOffice's copy
 * @returns formulaCells (how many were compared), mismatches and structural problems (lost sheets, merges, number formats)
 */
async function compareWorkbooks(originalPath, recalculatedPath) {
  const original = new ExcelJS.Workbook();
  await original.xlsx.readFile(originalPath);
  const recalculated = new ExcelJS.Workbook();
  await recalculated.xlsx.readFile(recalculatedPath);
  const mismatches = [];
  const problems = [];
  let formulaCells = 0;
  const before = original.worksheets.map((w) => w.name);
  const after = recalculated.worksheets.map((w) => w.name);
  if (JSON.stringify(before) !== JSON.stringify(after)) problems.push(`sheets ${before.join(", ")} became ${after.join(", ")}`);
  for (const sheet of original.worksheets) {
    const copy = recalculated.getWorksheet(sheet.name);
    if (!copy) continue;
    const lost = mergesOf(sheet).filter((m) => !mergesOf(copy).includes(m));
    if (lost.length > 0) problems.push(`${sheet.name}: merged areas lost: ${lost.join(", ")}`);
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const other = copy.getCell(cell.address);
        const format = cell.numFmt;
        if (format && format !== "General" && other.numFmt !== format)
          problems.push(`${sheet.name}!${cell.address}: number format ${format} became ${other.numFmt}`);
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        formulaCells++;
        if (!sameValue(cell.result, other.result)) {
          mismatches.push({
            sheet: sheet.name,
            address: cell.address,
            formula: cell.formula,
            cached: normalise(cell.result),
            recalculated: normalise(other.result),
          });
        }
      }),
    );
  }
  return { formulaCells, mismatches, problems };
}

/**
 * Recalculates the files in LibreOffice and compares each with its copy.
 *
 * @param files .xlsx files with unique base names
 * @param options soffice (path), keep (a folder to keep the recalculated copies in)
 * @returns one result per file: file, converted (whether LibreOffice wrote it), formulaCells, mismatches, problems
 */
async function checkRecalc(files, options = {}) {
  const outDir = options.keep || fs.mkdtempSync(path.join(os.tmpdir(), "recalc-out-"));
  try {
    const { outputs, log } = recalculate(files, outDir, options);
    const results = [];
    for (let i = 0; i < files.length; i++) {
      if (!outputs[i]) {
        results.push({
          file: files[i],
          converted: false,
          formulaCells: 0,
          mismatches: [],
          problems: [`LibreOffice could not open or convert it: ${log.trim()}`],
        });
        continue;
      }
      results.push({ file: files[i], converted: true, ...(await compareWorkbooks(files[i], outputs[i])) });
    }
    return results;
  } finally {
    if (!options.keep) fs.rmSync(outDir, { recursive: true, force: true });
  }
}

// The .xlsx files named on the command line, folders expanded (Office's lock files ~$… left out).
function inputFiles(args) {
  return args.flatMap((a) =>
    fs.statSync(a).isDirectory()
      ? fs
          .readdirSync(a)
          .filter((f) => /\.xls[xm]$/i.test(f) && !f.startsWith("~$"))
          .map((f) => path.join(a, f))
      : [a],
  );
}

async function main(args) {
  if (args.length === 0 || args.includes("--help")) {
    process.stdout.write("Usage: node scripts/check-recalc.js <file.xlsx | folder>…\n");
    return args.length === 0 ? 2 : 0;
  }
  if (!sofficePath()) {
    process.stderr.write("LibreOffice is not installed (apt-get install -y libreoffice-calc-nogui, or set SOFFICE_PATH).\n");
    return 2;
  }
  const files = inputFiles(args);
  // One soffice call per group of unique base names.
  const groups = [];
  for (const file of files) {
    const group = groups.find((g) => !g.some((f) => path.basename(f) === path.basename(file)));
    if (group) group.push(file);
    else groups.push([file]);
  }
  let failed = false;
  let total = 0;
  for (const group of groups) {
    for (const r of await checkRecalc(group)) {
      total += r.formulaCells;
      const bad = r.mismatches.length + r.problems.length > 0 || !r.converted;
      failed = failed || bad;
      process.stdout.write(`${bad ? "✗" : "✓"} ${r.file}: ${r.formulaCells} formula cells, ${r.mismatches.length} differ from LibreOffice\n`);
      for (const m of r.mismatches)
        process.stdout.write(`    ${m.sheet}!${m.address} =${m.formula}: cached ${JSON.stringify(m.cached)}, LibreOffice ${JSON.stringify(m.recalculated)}\n`);
      for (const p of r.problems) process.stdout.write(`    ${p}\n`);
    }
  }
  process.stdout.write(`${files.length} files, ${total} formula cells recalculated by LibreOffice${failed ? "; some differ" : ", all agree"}\n`);
  return failed ? 1 : 0;
}

module.exports = { sofficePath, writeRecalcProfile, recalculate, compareWorkbooks, checkRecalc, sameValue, TOLERANCE };

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
      process.exit(1);
    },
  );
}
