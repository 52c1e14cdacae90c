/**
 * Wilson and Newcombe intervals. Reference values: R 4.2 `prop.test(..., correct = FALSE)`
 * (conf.int for one rate, p.value for two), printed by scripts/reference/stats-reference.R;
 * Newcombe's limits computed in R from those Wilson limits by Newcombe (1998) method 10,
 * which agree with the paper's Table II example 56/70 − 48/80: +0.0524 to +0.3339.
 * Tolerance 1e-9 relative.
 */
import { wilsonInterval } from "../../src/core/stats/wilsonInterval";
import { proportionDifference } from "../../src/core/stats/proportionDifference";
import { expectClose } from "./close";

// [x, n, confidence, low, high] from prop.test(x, n, conf.level, correct = FALSE)$conf.int
const R_WILSON: ReadonlyArray<[number, number, number, number, number]> = [
  [92, 100, 0.95, 0.85001892299051274, 0.95890653851561936],
  [0, 10, 0.95, 0, 0.27753279986288915],
  [10, 10, 0.95, 0.72246720013711085, 1],
  [1, 3, 0.95, 0.061491944720396291, 0.792340399197952294],
  [1999, 2000, 0.95, 0.99717313749673375, 0.99991173226929442],
  [56, 70, 0.95, 0.69183355503746946, 0.87695260751637039],
  [48, 80, 0.95, 0.49045465005160405, 0.70038172404129073],
  [92, 100, 0.99, 0.82132518517778019, 0.96640943714092842],
  [5, 40, 0.9, 0.0621913586981113, 0.23532372778598226],
];

describe("wilsonInterval", () => {
  test.each(R_WILSON)("%d of %d at %d matches R's prop.test conf.int", (x, n, confidence, low, high) => {
    const interval = wilsonInterval(x, n, confidence);
    expectClose(interval.low, low, 1e-9);
    expectClose(interval.high, high, 1e-9);
    expect(interval.estimate).toBe(x / n);
  });
  test("a rate of 0 starts exactly at 0 and a rate of 1 ends exactly at 1", () => {
    expect(wilsonInterval(0, 10).low).toBe(0);
    expect(wilsonInterval(10, 10).high).toBe(1);
  });
  test("rejects an empty denominator, a numerator above it, and a confidence outside (0, 1)", () => {
    expect(() => wilsonInterval(1, 0)).toThrow(RangeError);
    expect(() => wilsonInterval(11, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(1, 10, 1)).toThrow(RangeError);
  });
});

// [x1, n1, x2, n2, low, high (fractions), R's prop.test p-value]
const R_DIFFERENCE: ReadonlyArray<[number, number, number, number, number, number, number]> = [
  [56, 70, 48, 80, 0.052431472402364926, 0.333872654036905858, 0.0080450813681965643],
  [9, 10, 3, 10, 0.17052272393450296, 0.80901797353548788, 0.0061698993205441532],
  [5, 5, 0, 10, 0.48444256653230466, 1, 0.00010751117672950054],
];

describe("proportionDifference", () => {
  test.each(R_DIFFERENCE)("%d/%d − %d/%d gives Newcombe's interval and prop.test's p-value", (x1, n1, x2, n2, low, high, p) => {
    const d = proportionDifference(x1, n1, x2, n2);
    expectClose(d.difference, (x1 / n1 - x2 / n2) * 100, 1e-12);
    expectClose(d.low, low * 100, 1e-9);
    expectClose(d.high, high * 100, 1e-9);
    expectClose(d.p, p, 1e-9);
  });
  test("Newcombe's published example 56/70 − 48/80 reads +5.24 to +33.39 points", () => {
    const d = proportionDifference(56, 70, 48, 80);
    expect(d.low.toFixed(2)).toBe("5.24");
    expect(d.high.toFixed(2)).toBe("33.39");
  });
  test("p-values of prop.test(c(92, 85), c(100, 100)) and prop.test(c(400, 380), c(500, 500)) match R", () => {
    expectClose(proportionDifference(92, 100, 85, 100).p, 0.12077274828966536, 1e-9);
    expectClose(proportionDifference(400, 500, 380, 500).p, 0.12682019367748848, 1e-9);
  });
  test("both rates 0 (R gives NaN) is a difference of 0 with p = 1", () => {
    const d = proportionDifference(0, 10, 0, 20);
    expect(d.difference).toBe(0);
    expect(d.p).toBe(1);
    expect(d.low).toBeLessThan(0);
    expect(d.high).toBeGreaterThan(0);
  });
});
