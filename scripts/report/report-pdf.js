#!/usr/bin/env node
/**
 * Converts .docx reports to PDF with LibreOffice, the 公文 font names aliased to Noto CJK
 * (scripts/report/fonts.conf), and with --png renders each page as a PNG (pdftoppm, 60 dpi) beside
 * it. The layout tests (tests/libreoffice/reportLayout.test.ts) and a person looking at a report
 * on Linux both use it.
 *   node scripts/report/report-pdf.js [--png] <report.docx>… [--outdir dir]
 */
"use strict";
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const FONTS = path.join(__dirname, "fonts.conf");

/**
 * Converts reports to PDF (one LibreOffice start for all), with a profile of its own so it never
 * waits on another LibreOffice.
 *
 * @param {string[]} files the .docx files
 * @param {string} outDir where the PDFs go
 * @returns {string[]} the PDF paths
 */
function toPdf(files, outDir) {
  fs.mkdirSync(outDir, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "report-lo-"));
  try {
    execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outDir, ...files], {
      env: { ...process.env, FONTCONFIG_FILE: FONTS },
      stdio: "ignore",
      timeout: 300000,
    });
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  return files.map((f) => path.join(outDir, path.basename(f).replace(/\.docx$/i, ".pdf")));
}

/**
 * Renders a PDF's pages as PNG files (name-1.png, name-2.png …).
 *
 * @param {string} pdf the PDF
 * @param {number} dpi resolution
 * @returns {string[]} the PNG paths
 */
function toPng(pdf, dpi = 60) {
  const prefix = pdf.replace(/\.pdf$/i, "");
  execFileSync("pdftoppm", ["-r", String(dpi), "-png", pdf, prefix]);
  const dir = path.dirname(pdf);
  const base = path.basename(prefix);
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(`${base}-`) && f.endsWith(".png"))
    .sort((a, b) => Number(/-(\d+)\.png$/.exec(a)[1]) - Number(/-(\d+)\.png$/.exec(b)[1]))
    .map((f) => path.join(dir, f));
}

module.exports = { toPdf, toPng, FONTS };

if (require.main === module) {
  const args = process.argv.slice(2);
  let png = false;
  let outDir;
  const docx = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--png") png = true;
    else if (args[i] === "--outdir") outDir = args[++i];
    else docx.push(args[i]);
  }
  for (const pdf of toPdf(docx, outDir ?? path.dirname(docx[0]))) {
    process.stdout.write(`${pdf}\n`);
    if (png) for (const p of toPng(pdf)) process.stdout.write(`${p}\n`);
  }
}
