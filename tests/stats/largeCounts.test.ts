/**
 * The exact tests at the sizes the functions accept (issue 10). Reference values: R 4.2.2
 * (Debian r-base-core), printed with 17 digits by the "Large counts" section of
 * scripts/reference/stats-reference.R. Three of them are also the values SciPy's own binomtest
 * tests assert from R at n = 21,000,000, p = 0.48. At n = 10⁸ and 10⁹ R's binom.test cannot hold
 * its vector of counts; there the script runs binom.test's own code with that vector split
 * (`bt()`, checked equal to binom.test wherever both run).
 */
import { binomialProbability, binomialTestTwoSided } from "../../src/core/stats/binomialTest";
import { poissonRateTest, MAX_COUNT } from "../../src/core/stats/poissonRateTest";
import { poissonLowerTail, poissonQuantile } from "../../src/core/stats/poissonQuantile";
import { regularizedGammaP } from "../../src/core/stats/regularizedGamma";
import { poissonDensity } from "../../src/core/stats/saddlePoint";
import { yoySig, yoyTest } from "../../src/core/stats/sheet/yoyTest";
import { verdictText } from "../../src/core/stats/verdict";
import { expectClose } from "./close";

/** Relative tolerance against R for every value in this file (the largest error measured is 1.3e-13). */
const TOLERANCE = 1e-12;

// [x, n, p, R's binom.test(x, n, p)$p.value]
const R_BINOM_TEST: ReadonlyArray<[number, number, number, number]> = [
  [4900, 1e4, 0.5, 0.046585527704947359],
  [5001, 1e4, 0.5, 0.99202135386061807],
  [4791, 1e4, 0.48, 0.86490414000615812],
  [499000, 1e6, 0.5, 0.045608299865382104],
  [300700, 1e6, 0.3, 0.12663056984451496],
  [480001, 1e6, 0.48, 0.99840295466484719],
  [4795000, 1e7, 0.48, 0.0015518391552525436],
  [4800001, 1e7, 0.48, 0.99974748466097851], // the tie rule decides: 0.99949496937051774 without it
  [4800003, 1e7, 0.48, 0.99873742381073216], // the tie rule decides: 0.99848490892089603 without it
  [10079999, 2.1e7, 0.48, 1], // SciPy's test value; the tie rule decides: 0.9998257478590491 without it
  [10080017, 2.1e7, 0.48, 0.99407548173280669], // SciPy's test value
  [10079990, 2.1e7, 0.48, 0.99668921879646422], // SciPy's test value
  [10080002, 2.1e7, 0.48, 0.9994772436103907], // the tie rule decides: 0.9993029915345979 without it
  [10081234, 2.1e7, 0.48, 0.58989161094859677],
  [47999998, 1e8, 0.48, 0.99992014763819148], // bt(); the tie rule decides: 0.99976044291316657 without it
  [48000003, 1e8, 0.48, 0.99960073819927486], // bt(); the tie rule decides: 0.9995208858501351 without it
  [47990000, 1e8, 0.48, 0.045327562586479034], // bt()
  [50012345, 1e8, 0.5, 0.013552908251242462], // bt()
  [500020000, 1e9, 0.5, 0.20591454810136567], // bt()
  [499999999, 1e9, 0.5, 1], // bt()
];

// [x1, x2, t1, t2, R's poisson.test(c(x1, x2), c(t1, t2))$p.value]
const R_POISSON_TEST: ReadonlyArray<[number, number, number, number, number]> = [
  [5050, 4950, 1, 1, 0.3221741997953122],
  [500700, 499300, 1, 1, 0.16181294960110151],
  [5003000, 4997000, 1, 1, 0.057821285315837564],
  [10500000, 10500001, 1, 1, 1],
  [4800100, 5200000, 12, 13, 0.97374327765484525],
  [8012000, 5990000, 8, 6, 4.5375031965997089e-9],
  [50010000, 49990000, 1, 1, 0.045511062629615705], // bt(50010000, 1e8, 0.5)
];

// [x, n, p, R's dbinom(x, n, p)]
const R_DBINOM: ReadonlyArray<[number, number, number, number]> = [
  [5000, 1e4, 0.48, 2.6594442820962122e-6],
  [480123, 1e6, 0.48, 0.00077467857358611838],
  [10080017, 2.1e7, 0.48, 0.00017424732594638462],
  [48000000, 1e8, 0.48, 7.9852363344283514e-5],
  [47950000, 1e8, 0.48, 1.4197029620793418e-26],
  [0, 1e8, 1e-8, 0.36787943933204514],
  [1e8, 1e8, 1 - 1e-9, 0.90483742054977268],
];

// [x, mean, R's dpois(x, mean)]
const R_DPOIS: ReadonlyArray<[number, number, number]> = [
  [10050, 1e4, 0.0035125852724427089],
  [1000000, 1e6, 0.00039894224715624404],
  [10001000, 1e7, 0.00011999809408502368],
  [99990000, 1e8, 2.4197879054604741e-5],
  [1000030000, 1e9, 8.0440171695353785e-6],
];

// [k, mean, R's ppois(k, mean), ppois(k, mean, lower.tail = FALSE)]
const R_PPOIS: ReadonlyArray<[number, number, number, number]> = [
  [9800, 1e4, 0.022749222010894857, 0.977250777989105202],
  [1001500, 1e6, 0.933230559020757799, 0.066769440979242187],
  [9990000, 1e7, 0.00078185109240779666, 0.9992181489075921963],
  [100020000, 1e8, 0.977249868141795708, 0.022750131858204275],
  // near the mean of a large Poisson, where R's pgamma uses its asymptotic expansion
  [386, 300, 0.9999991587408299, 8.4125917013490123e-7],
  [810, 1000, 2.9504390801705512e-10, 0.99999999970495612],
  [9999400000, 1e10, 9.8626364139197514e-10, 0.99999999901373637],
  [1000002000000, 1e12, 0.977249868051829784, 0.022750131948170205],
];

describe("exact tests at large counts agree with R", () => {
  test.each(R_BINOM_TEST)("binom.test(%d, %d, %d) gives R's p-value %d", (x, n, p, expected) => {
    expectClose(binomialTestTwoSided(x, n, p), expected, TOLERANCE);
  });
  test.each(R_POISSON_TEST)("poisson.test(c(%d, %d), c(%d, %d)) gives R's p-value %d", (x1, x2, t1, t2, expected) => {
    expectClose(poissonRateTest(x1, x2, t1 / t2).p, expected, TOLERANCE);
  });
  test("YOYTEST and YOYSIG give R's p-value and verdict at 10⁸ and at the 10⁹ limit, and #NUM! beyond it", () => {
    expectClose((yoyTest([[50010000]], [[49990000]]) as number[][])[0][0], 0.045511062629615705, TOLERANCE);
    expectClose((yoyTest([[500020000]], [[499980000]]) as number[][])[0][0], 0.20591454810136567, TOLERANCE);
    expect(yoySig([[50010000]], [[49990000]])).toEqual([[verdictText("up", 0.045511062629615705, 0.05, "zh")]]);
    expect(yoySig([[10079999]], [[10920001]], 0.05, "en", [[12 / 13]])).toEqual([[verdictText("down", 1, 0.05, "en")]]);
    expect((yoyTest([[MAX_COUNT]], [[1]]) as unknown[][])[0][0]).toMatchObject({ kind: "sheet-error", code: "num" });
  });
});

describe("binomial and Poisson probabilities by Loader's saddle point agree with R", () => {
  test.each(R_DBINOM)("dbinom(%d, %d, %d) = %d", (x, n, p, expected) => {
    expectClose(binomialProbability(x, n, p), expected, TOLERANCE);
  });
  test.each(R_DPOIS)("dpois(%d, %d) = %d", (x, mean, expected) => {
    expectClose(poissonDensity(x, mean), expected, TOLERANCE);
  });
  test.each(R_PPOIS)("ppois(%d, %d) = %d (upper tail %d)", (k, mean, lower, upper) => {
    expectClose(poissonLowerTail(k, mean), lower, TOLERANCE);
    expectClose(regularizedGammaP(k + 1, mean), upper, TOLERANCE);
  });
  test("qpois at means from 10⁶ to 10¹² gives R's quantiles (the funnel limits of OUTLIERS)", () => {
    expect(poissonQuantile(0.975, 1e6)).toBe(1001960);
    expect(poissonQuantile(0.001, 1e7)).toBe(9990229);
    expect(poissonQuantile(0.999, 1e8)).toBe(100030904);
    expect(poissonQuantile(0.025, 1e9)).toBe(999938021);
    expect(poissonQuantile(0.975, 1e10)).toBe(10000195997);
    expect(poissonQuantile(0.001, 1e12)).toBe(999996909769);
    expect(poissonQuantile(0.999, 1e12)).toBe(1000003090234);
  });
});
