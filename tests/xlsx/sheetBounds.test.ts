/**
 * The sheet reader's work bound (issue 27, item 1), apart from any parser: column widths resolved
 * once however many runs repeat, merged areas clipped, deduplicated and refused when they overlap,
 * positions outside Excel's grid refused, and the date-format test linear. Each fast routine is
 * checked against the obvious brute force (the reference) on random inputs (fast-check), and the
 * inputs that stalled the old reader for minutes finish in milliseconds here.
 */
import fc from "fast-check";
import type { MergedArea } from "../../src/core/model/snapshot";
import { XlsxRefusal } from "../../src/xlsx/package/limits";
import { isDateFormat } from "../../src/xlsx/stream/numberFormats";
import { blankMergedCells, checkInGrid, ColumnWidths, disjointMerges, rowIndex } from "../../src/xlsx/stream/sheetBounds";

/** The old test, two regular expressions (quadratic on unclosed brackets): the reference for the linear one. */
function regexIsDate(code: string): boolean {
  if (!code || code === "General") return false;
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

test("isDateFormat agrees with the two regular expressions it replaces on random codes of brackets, quotes and date letters", () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom("[", "]", '"', "y", "m", "d", "0", "#", "年", "\\", "h", " "), maxLength: 30 }), (code) => {
      expect(isDateFormat(code)).toBe(regexIsDate(code));
    }),
    { numRuns: 3000 },
  );
  for (const code of ['yyyy"年"m"月"d"日"', "[$-804]yyyy-mm-dd", "0.00%", '[Red]0;"-"', "General", "[h]:mm:ss", '"d"0'])
    expect(isDateFormat(code)).toBe(regexIsDate(code));
});

test("isDateFormat is linear: 200,000 unclosed '[' or '\"' take well under 5 s (the regular expressions took minutes)", () => {
  const start = Date.now();
  expect(isDateFormat("[".repeat(200000))).toBe(false);
  expect(isDateFormat('"' + "0".repeat(199999))).toBe(false);
  expect(isDateFormat('"'.repeat(200000) + "y")).toBe(true);
  expect(isDateFormat("[".repeat(100000) + "y")).toBe(true);
  expect(Date.now() - start).toBeLessThan(5000);
});

test("column widths: the last run over a column wins, as assigning every run in order would give", () => {
  const run = fc.record({ min: fc.integer({ min: -5, max: 40 }), max: fc.integer({ min: -5, max: 40 }), width: fc.integer({ min: 1, max: 99 }) });
  fc.assert(
    fc.property(fc.array(run, { maxLength: 30 }), fc.integer({ min: 0, max: 35 }), (runs, columns) => {
      const widths = new ColumnWidths();
      const brute: (number | undefined)[] = new Array(columns).fill(undefined);
      for (const r of runs) {
        widths.add(String(r.min), String(r.max), String(r.width));
        for (let c = Math.max(1, r.min); c <= Math.min(r.max, columns); c++) brute[c - 1] = r.width;
      }
      expect(widths.resolve(columns)).toEqual(brute);
    }),
    { numRuns: 500 },
  );
});

test("100,000 runs of min=1 max=16384 and one of min=-50,000,000 resolve at once (the old loop ran 10 billion steps)", () => {
  const widths = new ColumnWidths();
  widths.add("-50000000", "1", "12");
  for (let i = 0; i < 100000; i++) widths.add("1", "16384", "9");
  widths.add("3", "3", "20");
  const start = Date.now();
  const out = widths.resolve(16384);
  expect(Date.now() - start).toBeLessThan(5000);
  expect(out.slice(0, 4)).toEqual([9, 9, 20, 9]);
  expect(out).toHaveLength(16384);
  widths.add("abc", "NaN", "x");
  expect(widths.resolve(2)).toEqual([9, 9]);
});

/** The reference: whether two areas share a cell, by coordinates. */
function overlap(a: MergedArea, b: MergedArea): boolean {
  return a.row < b.row + b.rowCount && b.row < a.row + a.rowCount && a.column < b.column + b.columnCount && b.column < a.column + a.columnCount;
}

const area = fc.record({
  row: fc.integer({ min: 0, max: 12 }),
  column: fc.integer({ min: 0, max: 12 }),
  rowCount: fc.integer({ min: 1, max: 6 }),
  columnCount: fc.integer({ min: 1, max: 6 }),
});

test("merged areas: clipped to the grid, repeats dropped, refused exactly when two distinct clipped areas overlap (checked pair by pair)", () => {
  fc.assert(
    fc.property(fc.array(area, { maxLength: 8 }), fc.integer({ min: 1, max: 14 }), fc.integer({ min: 1, max: 14 }), (merges, rows, columns) => {
      const clipped = merges
        .map((m) => ({ ...m, rowCount: Math.min(m.row + m.rowCount, rows) - m.row, columnCount: Math.min(m.column + m.columnCount, columns) - m.column }))
        .filter((m) => m.rowCount > 0 && m.columnCount > 0);
      const unique = clipped.filter((m, i) => clipped.findIndex((o) => JSON.stringify(o) === JSON.stringify(m)) === i);
      const overlaps = unique.some((a, i) => unique.some((b, j) => j > i && overlap(a, b)));
      if (overlaps) expect(() => disjointMerges("表1", merges, rows, columns)).toThrow(XlsxRefusal);
      else expect(disjointMerges("表1", merges, rows, columns)).toEqual(unique);
    }),
    { numRuns: 2000 },
  );
});

test("20,000 copies of one merged area over a 1,000 × 1,000 grid are one area; the overlap message names two areas", () => {
  const big = { row: 0, column: 3, rowCount: 1000, columnCount: 1000 };
  const start = Date.now();
  expect(disjointMerges("表1", new Array(20000).fill(big), 1000, 1003)).toEqual([big]);
  expect(Date.now() - start).toBeLessThan(5000);
  const shifted = Array.from({ length: 20000 }, (_x, i) => ({ ...big, row: i % 900, rowCount: 100 }));
  const error = (() => {
    try {
      disjointMerges("表1", shifted, 1000, 1003);
    } catch (e) {
      return e as XlsxRefusal;
    }
  })();
  expect(error?.en).toContain('on sheet "表1" the merged areas D1:ALO100 and D2:ALO101 overlap');
});

test("blanking merged cells keeps the top-left value and the grid's other cells", () => {
  const values = [
    [1, 2, 3],
    [4, 5, 6],
  ];
  const formulas = [values[0], ["=A1", "", ""]];
  blankMergedCells(values, formulas, [{ row: 0, column: 0, rowCount: 2, columnCount: 2 }]);
  expect(values).toEqual([
    [1, "", 3],
    ["", "", 6],
  ]);
  expect(formulas[1]).toEqual(["", "", ""]);
});

test("row numbers and positions outside the grid are refused as damage, naming the sheet", () => {
  expect(rowIndex("表1", "1048576")).toBe(1048575);
  for (const bad of ["0", "1048577", "abc", "-3", "1.5", "", "1e3"]) expect(() => rowIndex("表1", bad)).toThrow(/row numbered/);
  expect(() => checkInGrid("表1", 0, 16384)).toThrow(/column 16,385/);
  expect(() => checkInGrid("表1", NaN, 0)).toThrow(XlsxRefusal);
  expect(() => checkInGrid("表1", 1048575, 16383)).not.toThrow();
});
