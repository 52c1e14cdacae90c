/**
 * Small helpers for the corpus generator: a sheet written from
 * rows of values (row 1 first, `null` leaves a cell empty), merges, widths and number formats.
 * Plain CommonJS on ExcelJS so `node scripts/corpus/make-corpus.js` runs with no compile step.
 */
"use strict";

// The fixtures' workbook maker: fixed document dates and pinned zip entry dates, so re-running changes nothing.
const { newWorkbook } = require("../../fixtures/make-fixtures.js");

/** A date cell (ExcelJS writes it as a serial number with a date format). */
function date(y, m, d, hh = 0, mm = 0) {
  return new Date(Date.UTC(y, m - 1, d, hh, mm));
}

/**
 * Writes `rows` into `sheet` starting at `startRow` (1-based); each row is an array of values
 * from column A (or `startColumn`). `null`/`undefined` leave a cell empty.
 */
function putRows(sheet, rows, startRow = 1, startColumn = 1) {
  rows.forEach((values, i) => {
    (values || []).forEach((value, j) => {
      if (value === null || value === undefined) return;
      const cell = sheet.getCell(startRow + i, startColumn + j);
      cell.value = value;
      if (value instanceof Date) cell.numFmt = value.getUTCHours() || value.getUTCMinutes() ? "yyyy/m/d h:mm" : "yyyy/m/d";
    });
  });
}

/**
 * Adds a sheet written from rows, with merges ("A1:J1"), column widths ({ A: 18 }) and number
 * formats ({ "C4:C9": "0.0" }).
 */
function addSheet(workbook, name, rows, options = {}) {
  const sheet = workbook.addWorksheet(name);
  putRows(sheet, rows, options.startRow || 1, options.startColumn || 1);
  for (const range of options.merges || []) sheet.mergeCells(range);
  for (const [col, width] of Object.entries(options.widths || {})) sheet.getColumn(col).width = width;
  for (const [range, fmt] of Object.entries(options.formats || {})) {
    const [a, b] = range.split(":");
    const from = sheet.getCell(a);
    const to = sheet.getCell(b || a);
    for (let r = Number(from.row); r <= Number(to.row); r++) for (let c = Number(from.col); c <= Number(to.col); c++) sheet.getCell(r, c).numFmt = fmt;
  }
  if (options.boldRows) for (const r of options.boldRows) sheet.getRow(r).font = { bold: true };
  return sheet;
}

module.exports = { newWorkbook, date, putRows, addSheet };

/**
 * Builds a book's sheets from data: `[{ name, rows, merges, widths, formats, startRow, boldRows }]`.
 * Books keep their transcription as data so that tests and tools can read it back.
 */
function buildSheets(workbook, sheets) {
  for (const s of sheets) addSheet(workbook, s.name, s.rows, s);
}

module.exports.buildSheets = buildSheets;
