/**
 * Property-based tests (fast-check): arbitrary cells and ranges thrown at every BUREAU
 * function, checking the contract of issue 2 rather than particular values.
 */
import fc from "fast-check";
import { breakdown, change, pctText, ppChange, rectRate, share, sumGap, yoy, yoyText } from "../../src/core/functions";
import { readCell } from "../../src/core/numbers/readCell";
import { isSheetError } from "../../src/core/grid/sheetError";
import type { ResultMatrix } from "../../src/core/grid/broadcast";
import type { SheetError } from "../../src/core/grid/sheetError";

const cell: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: -1000, max: 100000 }),
  fc.double({ noNaN: false }),
  fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, 1e-300, Number.MAX_SAFE_INTEGER, 0.1, 13099.92, Infinity, NaN),
  fc.constantFrom("24,101", "１２，３２２．３４", " 92% ", "60万元", "'15", "3.0126万", "1e5"),
  fc.constantFrom(null, undefined, "", "—", "–", "-", "/", "无", "——"),
  fc.constantFrom("#N/A", "#DIV/0!", "#VALUE!", "#REF!"),
  fc.boolean(),
  fc.string({ maxLength: 6 }),
);

const dims = fc.constantFrom(1, 1, 2, 3);
const range: fc.Arbitrary<unknown[][]> = fc
  .tuple(dims, dims)
  .chain(([r, c]) => fc.array(fc.array(cell, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }));
const argument: fc.Arbitrary<unknown> = fc.oneof(range, cell);

const asMatrix = (x: unknown): unknown[][] => (Array.isArray(x) ? (x as unknown[][]) : [[x]]);

/** Excel's broadcast shape, or null when the shapes do not fit. */
function expectedShape(inputs: unknown[][][]): [number, number] | null {
  let rows = 1;
  let columns = 1;
  for (const m of inputs) {
    if (m.length !== 1) {
      if (rows !== 1 && rows !== m.length) return null;
      rows = m.length;
    }
    if (m[0].length !== 1) {
      if (columns !== 1 && columns !== m[0].length) return null;
      columns = m[0].length;
    }
  }
  return [rows, columns];
}

function isAllowedCell(x: unknown): boolean {
  if (typeof x === "number") return Number.isFinite(x) && !Object.is(x, -0);
  return typeof x === "string" || typeof x === "boolean" || isSheetError(x);
}

/** What the missing rule says an element must be, from its inputs' readings; null when computed. */
function ruleFor(inputs: unknown[]): { blank: true } | { code: string } | null {
  const readings = inputs.map(readCell);
  for (const r of readings) {
    if (r.kind === "text" || r.kind === "boolean") return { code: "value" };
    if (r.kind === "error") return { code: "error" };
  }
  const missing = readings.filter((r) => r.kind === "missing").length;
  if (missing === readings.length) return { blank: true };
  if (missing > 0) return { code: "na" };
  return null;
}

type Pair = (a: unknown, b: unknown) => ResultMatrix | SheetError;
const PAIRS: [string, Pair][] = [
  ["YOY", yoy],
  ["CHANGE", change],
  ["PPCHANGE", ppChange],
  ["SHARE", share],
  ["RECTRATE", rectRate],
  ["YOYTEXT", (a, b) => yoyText(a, b, "起")],
  ["YOYTEXT en", (a, b) => yoyText(a, b, undefined, 2, "en")],
  ["PCTTEXT", (a) => pctText(a)],
];

describe.each(PAIRS)("%s under arbitrary cells and ranges", (name, fn) => {
  const arity = name === "PCTTEXT" ? 1 : 2;

  it("never throws, and returns the broadcast shape or one #VALUE! for shapes that do not fit", () => {
    fc.assert(
      fc.property(argument, argument, (a, b) => {
        const inputs = [a, b].slice(0, arity).map(asMatrix);
        const result = fn(a, b);
        const shape = expectedShape(inputs);
        if (shape === null) {
          expect(isSheetError(result) && result.code).toBe("value");
          return;
        }
        expect(Array.isArray(result)).toBe(true);
        const m = result as ResultMatrix;
        expect([m.length, ...m.map((row) => row.length)]).toEqual([shape[0], ...new Array(shape[0]).fill(shape[1])]);
      }),
      { numRuns: 300 },
    );
  });

  it("holds only finite numbers (never −0), text, booleans or error values", () => {
    fc.assert(
      fc.property(argument, argument, (a, b) => {
        const result = fn(a, b);
        if (isSheetError(result)) return;
        for (const row of result) for (const x of row) expect([x, isAllowedCell(x)]).toEqual([x, true]);
      }),
      { numRuns: 300 },
    );
  });

  it('follows the missing rule: all missing → "", some missing → #N/A, text → #VALUE!, an error → an error', () => {
    fc.assert(
      fc.property(cell, cell, (a, b) => {
        const result = fn([[a]], [[b]]);
        expect(isSheetError(result)).toBe(false);
        const x = (result as ResultMatrix)[0][0];
        const rule = ruleFor([a, b].slice(0, arity));
        if (rule === null) return;
        if ("blank" in rule) expect(x).toBe("");
        else if (rule.code === "error") expect(isSheetError(x)).toBe(true);
        else expect(isSheetError(x) && x.code).toBe(rule.code);
      }),
      { numRuns: 500 },
    );
  });
});

describe("SUMGAP under arbitrary totals and parts", () => {
  it("never throws and gives one result per total, or one #VALUE!", () => {
    fc.assert(
      fc.property(argument, range, (total, parts) => {
        const result = sumGap(total, parts);
        if (isSheetError(result)) {
          expect(result.code).toBe("value");
          return;
        }
        const t = asMatrix(total);
        expect([result.length, result[0].length]).toEqual([t.length, t[0].length]);
        for (const row of result) for (const x of row) expect(isAllowedCell(x)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("is exactly 0 when the total is the sum of integer parts", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e9, max: 1e9 }), { minLength: 1, maxLength: 8 }), (parts) => {
        const total = parts.reduce((s, x) => s + x, 0);
        expect(sumGap(total, [parts])).toEqual([[0]]);
      }),
    );
  });

  it("is exactly 0 for totals of two-decimal parts summed as cents (the 万元 figures of docs/report-rules.md T4)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 1, maxLength: 8 }), (cents) => {
        const total = cents.reduce((s, x) => s + x, 0) / 100;
        expect(sumGap(total, [cents.map((c) => c / 100)])).toEqual([[0]]);
      }),
    );
  });
});

describe("BREAKDOWN under arbitrary values and labels", () => {
  it("never throws; a row or column of n values spills n + 1 rows of three cells ending in 合计", () => {
    fc.assert(
      fc.property(range, fc.option(range, { nil: undefined }), (values, labels) => {
        const result = breakdown(values, labels);
        const line = values.length === 1 || values.every((r) => r.length === 1);
        if (isSheetError(result)) {
          expect(result.code).toBe("value");
          return;
        }
        expect(line).toBe(true);
        const n = values.length === 1 ? values[0].length : values.length;
        expect(result).toHaveLength(n + 1);
        expect(result[n][0]).toBe("合计");
        for (const row of result) {
          expect(row).toHaveLength(3);
          for (const x of row) expect(isAllowedCell(x)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
