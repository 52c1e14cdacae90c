/**
 * Property-based tests (fast-check) of the statistics contract: nothing throws, p-values lie
 * in [0, 1], every interval holds its estimate, spills have the promised shape, and the
 * fast exact test agrees with R's rule applied by brute force.
 */
import fc from "fast-check";
import { yoyTest, yoySig } from "../../src/core/stats/sheet/yoyTest";
import { rateCi, rateDiff } from "../../src/core/stats/sheet/rateCi";
import { trend } from "../../src/core/stats/sheet/trend";
import { outliers } from "../../src/core/stats/sheet/outliers";
import { describeValues } from "../../src/core/stats/sheet/describeValues";
import { binomialProbability, binomialTestTwoSided } from "../../src/core/stats/binomialTest";
import { poissonRateTest } from "../../src/core/stats/poissonRateTest";
import { wilsonInterval } from "../../src/core/stats/wilsonInterval";
import { proportionDifference } from "../../src/core/stats/proportionDifference";
import { poissonTrend } from "../../src/core/stats/poissonTrend";
import { mannKendall } from "../../src/core/stats/mannKendall";
import { describe as describeNumbers } from "../../src/core/stats/describe";
import { isSheetError } from "../../src/core/grid/sheetError";
import type { ResultMatrix } from "../../src/core/grid/broadcast";
import type { SheetError } from "../../src/core/grid/sheetError";

const cell: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: -5, max: 300 }),
  fc.integer({ min: 0, max: 30 }),
  fc.double({ noNaN: false }),
  fc.constantFrom(0, -0, 1e308, 5e-324, 0.5, 2.5, Infinity, NaN, 100000),
  fc.constantFrom("24,101", " 92% ", "'15", "3万", null, undefined, "", "—", "/", "无", "#N/A", "#DIV/0!", true, false),
  fc.string({ maxLength: 4 }),
);
const dims = fc.constantFrom(1, 1, 2, 3, 5);
const range: fc.Arbitrary<unknown[][]> = fc.tuple(dims, dims).chain(([r, c]) =>
  fc.array(fc.array(cell, { minLength: c, maxLength: c }), {
    minLength: r,
    maxLength: r,
  }),
);
const argument: fc.Arbitrary<unknown> = fc.oneof(range, cell, fc.constant(undefined));

function isAllowed(x: unknown): boolean {
  if (typeof x === "number") return Number.isFinite(x) && !Object.is(x, -0);
  return typeof x === "string" || typeof x === "boolean" || isSheetError(x);
}

function checkContract(result: ResultMatrix | SheetError): void {
  if (isSheetError(result)) return;
  expect(result.length).toBeGreaterThan(0);
  const width = result[0].length;
  for (const row of result) {
    expect(row.length).toBe(width);
    for (const x of row) expect([x, isAllowed(x)]).toEqual([x, true]);
  }
}

const FUNCTIONS: Array<[string, (args: unknown[]) => ResultMatrix | SheetError]> = [
  ["YOYTEST", ([a, b, c]) => yoyTest(a, b, c)],
  ["YOYSIG", ([a, b, c, d]) => yoySig(a, b, c, d)],
  ["RATECI", ([a, b, c]) => rateCi(a, b, c)],
  ["RATEDIFF", ([a, b, c, d]) => rateDiff(a, b, c, d)],
  ["TREND", ([a, b]) => trend(a, b)],
  ["OUTLIERS", ([a, b, c, d]) => outliers(a, b, c, d)],
  ["DESCRIBE", ([a, b]) => describeValues(a, b)],
];

describe.each(FUNCTIONS)("%s under arbitrary cells and ranges", (_name, fn) => {
  test("never throws and returns only finite numbers, text, booleans or error values in a rectangle", () => {
    fc.assert(
      fc.property(fc.array(argument, { minLength: 4, maxLength: 4 }), (args) => {
        checkContract(fn(args));
      }),
      { numRuns: 300 },
    );
  });
});

const count = fc.integer({ min: 0, max: 400 });

describe("the exact Poisson test", () => {
  test("gives p in [0, 1], symmetric in the two counts when exposures are equal", () => {
    fc.assert(
      fc.property(count, count, (x1, x2) => {
        const p = poissonRateTest(x1, x2).p;
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
        expect(Math.abs(p - poissonRateTest(x2, x1).p)).toBeLessThan(1e-12);
      }),
    );
  });
  test("agrees with R's two-sided rule applied by brute force over every outcome", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), fc.double({ min: 0.05, max: 0.95, noNaN: true }), (a, b, p) => {
        const n = a + b;
        const threshold = binomialProbability(a, n, p) * (1 + 1e-7);
        let brute = 0;
        for (let i = 0; i <= n; i++) {
          const d = binomialProbability(i, n, p);
          if (d <= threshold) brute += d;
        }
        const expected = n * p === a ? 1 : Math.min(1, brute);
        expect(Math.abs(binomialTestTwoSided(a, n, p) - expected)).toBeLessThan(1e-10);
      }),
    );
  });
  test("YOYTEST spills with the broadcast shape of its inputs", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }), (rows, columns) => {
        const current = Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => r + c));
        const result = yoyTest(current, [[3]]) as ResultMatrix;
        expect([result.length, result[0].length]).toEqual([rows, columns]);
      }),
    );
  });
});

describe("intervals", () => {
  const rate = fc.integer({ min: 1, max: 5000 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
  test("a Wilson interval lies in [0, 1] and holds its rate; a higher confidence widens it", () => {
    fc.assert(
      fc.property(rate, ([x, n]) => {
        const i95 = wilsonInterval(x, n);
        const i99 = wilsonInterval(x, n, 0.99);
        expect(0 <= i95.low && i95.low <= i95.estimate && i95.estimate <= i95.high && i95.high <= 1).toBe(true);
        expect(i99.low <= i95.low && i99.high >= i95.high).toBe(true);
      }),
    );
  });
  test("Newcombe's interval holds the difference inside [−100, 100] points and p lies in [0, 1]", () => {
    fc.assert(
      fc.property(rate, rate, ([x1, n1], [x2, n2]) => {
        const d = proportionDifference(x1, n1, x2, n2);
        expect(-100 - 1e-9 <= d.low && d.low <= d.difference + 1e-9 && d.difference <= d.high + 1e-9 && d.high <= 100 + 1e-9).toBe(true);
        expect(d.p >= 0 && d.p <= 1).toBe(true);
      }),
    );
  });
  test("RATECI spills two cells per rate of a column", () => {
    fc.assert(
      fc.property(fc.array(rate, { minLength: 1, maxLength: 20 }), (rates) => {
        const result = rateCi(
          rates.map(([x]) => [x]),
          rates.map(([, n]) => [n]),
        ) as ResultMatrix;
        expect([result.length, result[0].length]).toEqual([rates.length, 2]);
        result.forEach((row) => expect((row[0] as number) <= (row[1] as number)).toBe(true));
      }),
    );
  });
});

describe("trend, Mann-Kendall and description", () => {
  const series = fc.array(fc.integer({ min: 0, max: 300 }), {
    minLength: 3,
    maxLength: 20,
  });
  test("the trend's interval holds its estimate and its p-values lie in [0, 1] whenever a fit exists", () => {
    fc.assert(
      fc.property(series, (y) => {
        let fit;
        try {
          fit = poissonTrend(y);
        } catch {
          return; // all zero, or non-zero only at one end: no finite fit
        }
        expect(fit.low <= fit.percentChange + 1e-12 && fit.percentChange <= fit.high + 1e-12).toBe(true);
        expect(fit.p >= 0 && fit.p <= 1).toBe(true);
        const mk = mannKendall(y);
        expect(mk.p >= 0 && mk.p <= 1).toBe(true);
      }),
    );
  });
  test("reversing a series flips the sign of S and keeps the Mann-Kendall p-value", () => {
    fc.assert(
      fc.property(series, (y) => {
        const forward = mannKendall(y);
        const backward = mannKendall([...y].reverse());
        expect(backward.s + forward.s).toBe(0);
        expect(Math.abs(backward.p - forward.p)).toBeLessThan(1e-12);
      }),
    );
  });
  test("minimum ≤ Q1 ≤ median ≤ Q3 ≤ maximum and the mean lies between the extremes", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), {
          minLength: 1,
          maxLength: 40,
        }),
        (values) => {
          const d = describeNumbers(values);
          expect(d.min <= d.q1 && d.q1 <= d.median && d.median <= d.q3 && d.q3 <= d.max).toBe(true);
          expect(d.mean >= d.min - 1e-9 && d.mean <= d.max + 1e-9).toBe(true);
        },
      ),
    );
  });
});
