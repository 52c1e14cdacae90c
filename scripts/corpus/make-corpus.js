#!/usr/bin/env node
/**
 * Writes the corpus of real shapes into tests/corpus/workbooks/ (or the folder given as the first
 * argument): one workbook per published release, in the shape of that release's table. Each
 * workbook is built by one module under scripts/corpus/books/ and its source, its figures and
 * what a statistician expects from it are in tests/corpus/expected/ and tests/corpus/README.md.
 * Deterministic (fixed dates), so re-running leaves git clean.
 *
 * Usage: node scripts/corpus/make-corpus.js [outDir]
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { newWorkbook } = require("./lib/book");
const { asWpsSaved } = require("./lib/wps");

const BOOKS_DIR = path.join(__dirname, "books");
const DEFAULT_OUT = path.join(__dirname, "..", "..", "tests", "corpus", "workbooks");

/** Every book module, in file order (NN-name.js). */
function books() {
  return fs
    .readdirSync(BOOKS_DIR)
    .filter((f) => /^\d\d-.*\.js$/.test(f))
    .sort()
    .map((f) => require(path.join(BOOKS_DIR, f)));
}

/**
 * Builds one book and returns its bytes.
 *
 * @param {{ id: string, build: Function, wps?: { icv: string } }} book the module
 * @returns {Promise<Buffer>}
 */
async function bookBytes(book) {
  const workbook = newWorkbook();
  book.build(workbook);
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  if (!book.wps) return bytes;
  return asWpsSaved(
    bytes,
    workbook.worksheets.map((w) => w.name),
    book.wps.icv,
  );
}

/**
 * Writes every corpus workbook.
 *
 * @param {string} outDir folder to write into (created if needed)
 * @returns {Promise<string[]>} the files written
 */
async function writeCorpus(outDir = DEFAULT_OUT) {
  fs.mkdirSync(outDir, { recursive: true });
  const written = [];
  for (const book of books()) {
    const file = path.join(outDir, `${book.id}.xlsx`);
    fs.writeFileSync(file, await bookBytes(book));
    written.push(file);
  }
  return written;
}

module.exports = { books, bookBytes, writeCorpus };

if (require.main === module) {
  writeCorpus(process.argv[2] || DEFAULT_OUT).then(
    (files) => console.log(`corpus: ${files.length} workbooks written to ${path.dirname(files[0] || DEFAULT_OUT)}`),
    (error) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
