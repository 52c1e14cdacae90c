/**
 * Funnel-plot limits and descriptive statistics. Reference values: R 4.2 `qpois(p, lambda)`,
 * `quantile(x, type = 7)`, `mean`, `sd`, printed by scripts/reference/stats-reference.R;
 * Excel's QUARTILE.INC({1,2,3,4}, 1) = 1.75 (Microsoft's documentation of QUARTILE.INC).
 */
import { poissonQuantile, poissonLowerTail } from "../../src/core/stats/poissonQuantile";
import { funnelOutliers, funnelFlagText } from "../../src/core/stats/funnelOutliers";
import { describe as describeValues, quantileType7 } from "../../src/core/stats/describe";
import { significanceSentence, significanceText } from "../../src/core/stats/significanceColumn";
import { expectClose } from "./close";

const R_QPOIS: ReadonlyArray<[number, number, number]> = [
  [0.975, 10, 17],
  [0.025, 10, 4],
  [0.999, 10, 21],
  [0.001, 10, 2],
  [0.975, 0.5, 2],
  [0.001, 0.5, 0],
  [0.999, 1234.5, 1344],
  [0.025, 1234.5, 1166],
  [0.999, 37.2, 57],
];

describe("poissonQuantile", () => {
  test.each(R_QPOIS)("qpois(%d, %d) is %d as in R", (p, lambda, expected) => {
    expect(poissonQuantile(p, lambda)).toBe(expected);
  });
  test("P(X ≤ 2) for Poisson(1) is 2.5/e", () => {
    expectClose(poissonLowerTail(2, 1), 2.5 * Math.exp(-1), 1e-14);
  });
  test("a mean of 0 puts every quantile at 0", () => {
    expect(poissonQuantile(0.999, 0)).toBe(0);
  });
});

describe("funnelOutliers", () => {
  test("with exposures, expected counts follow the overall rate and limits are qpois of it", () => {
    // Rate 43/310. R: qpois(c(0.001, 0.025, 0.975, 0.999), 43 * c(100, 120, 90) / 310) gives
    // 4 7 22 27 | 6 9 25 31 | 3 6 20 25: 5 is below 7 (95%) but not below 4 (99.8%);
    // 30 is above 25 (95%) but not above 31 (99.8%); 8 is inside 6 … 20.
    const regions = funnelOutliers([5, 30, 8], [100, 120, 90]);
    expectClose(regions[1].expected, (43 * 120) / 310, 1e-12);
    expect(regions[1].position).toBe("high");
    expect(regions[1].level).toBe(0.95);
    expect(regions[1].limits).toEqual([
      { level: 0.998, lower: 6, upper: 31 },
      { level: 0.95, lower: 9, upper: 25 },
    ]);
    expect(regions.map((r) => funnelFlagText(r))).toEqual(["偏低（低于95%控制限）", "偏高（超出95%控制限）", "正常"]);
  });
  test("without exposures every region is compared with the mean count", () => {
    const regions = funnelOutliers([10, 10, 10, 10, 40]);
    expect(regions[0].expected).toBe(16);
    // qpois(0.999, 16) = 30 and qpois(0.001, 16) = 5 in R: 40 breaks the 99.8% limit, 10 breaks no limit.
    expect(regions[4].position).toBe("high");
    expect(regions[4].level).toBe(0.998);
    expect(funnelFlagText(regions[4])).toBe("偏高（超出99.8%控制限）");
    expect(funnelFlagText(regions[4], "en")).toBe("high (above 99.8% limit)");
    expect(regions[0].position).toBe("within");
  });
  test("a count far below its expectation is flagged low", () => {
    const regions = funnelOutliers([0, 30, 30, 30]);
    expect(regions[0].position).toBe("low");
    expect(funnelFlagText(regions[0])).toBe("偏低（低于99.8%控制限）");
  });
  test("all counts 0 are all within limits", () => {
    expect(funnelOutliers([0, 0, 0]).every((r) => r.position === "within")).toBe(true);
  });
});

describe("describe", () => {
  test("matches R's mean, sd and type-7 quartiles of c(23, 20, 42, 45, 11, 6, 0, 3.5)", () => {
    const d = describeValues([23, 20, 42, 45, 11, 6, 0, 3.5]);
    expect(d.n).toBe(8);
    expectClose(d.mean, 18.8125, 1e-14);
    expectClose(d.sd, 17.137964331523492, 1e-12);
    expect([d.q1, d.median, d.q3]).toEqual([5.375, 15.5, 27.75]);
    expect([d.min, d.max]).toEqual([0, 45]);
  });
  test("QUARTILE.INC({1,2,3,4}, 1) is 1.75 as in Excel", () => {
    expect(quantileType7([1, 2, 3, 4], 0.25)).toBe(1.75);
  });
  test("one value has no sample standard deviation", () => {
    expect(describeValues([7]).sd).toBeNaN();
    expect(describeValues([7]).q3).toBe(7);
  });
});

describe("significance column and sentence", () => {
  test("the column text is YOYSIG's verdict", () => {
    expect(significanceText(11, 6)).toBe("变化不显著（p=0.332）");
    expect(significanceText(45, 20)).toBe("显著上升（p=0.00263）");
    expect(significanceText(3, 15, { style: "en" })).toBe("significant fall (p=0.00754)");
    expect(significanceText(0, 0)).toBe("变化不显著（p=1）");
    expect(significanceText(2.5, 3)).toBeUndefined();
  });
  test("the sentence appears only for a significant change", () => {
    expect(significanceSentence("事故起数", "up", 0.002)).toBe("事故起数上升在统计上显著");
    expect(significanceSentence("死亡人数", { current: 3, previous: 15 }, 0.0075)).toBe("死亡人数下降在统计上显著");
    expect(significanceSentence("事故起数", "up", 0.76)).toBeUndefined();
    expect(significanceSentence("事故起数", "up", 0.05)).toBeUndefined();
    expect(significanceSentence("事故起数", "flat", 0)).toBeUndefined();
    expect(significanceSentence("事故起数", "up", Number.NaN)).toBeUndefined();
  });
});
