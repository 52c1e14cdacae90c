/**
 * The statistics functions as Excel sees them (before the Office layer): broadcasting, the
 * missing-value rule, spills and edge cases. p-values and intervals are R 4.2's (see the
 * core tests and scripts/reference/stats-reference.R); tolerance 1e-9 relative.
 */
import { yoyTest, yoySig } from "../../src/core/stats/sheet/yoyTest";
import { rateCi, rateDiff } from "../../src/core/stats/sheet/rateCi";
import { trend } from "../../src/core/stats/sheet/trend";
import { outliers } from "../../src/core/stats/sheet/outliers";
import { describeValues } from "../../src/core/stats/sheet/describeValues";
import { isSheetError, type SheetError } from "../../src/core/grid/sheetError";
import type { ResultMatrix } from "../../src/core/grid/broadcast";
import { expectClose } from "./close";

function matrix(result: ResultMatrix | SheetError): ResultMatrix {
  if (isSheetError(result)) throw new Error(`expected a matrix, got ${result.code}: ${result.message}`);
  return result;
}
const codeOf = (x: unknown): string | undefined => (isSheetError(x) ? x.code : undefined);

describe("YOYTEST", () => {
  test("a column of counts against a column gives R's poisson.test p-values, element-wise", () => {
    const m = matrix(yoyTest([[11], [23], [42]], [[6], [20], [45]]));
    expectClose(m[0][0], 0.33230590820312517);
    expectClose(m[1][0], 0.76079164256134568);
    expectClose(m[2][0], 0.83037300968575345);
  });
  test("exposure_ratio compares periods of different length: poisson.test(c(29, 32), c(8, 6))", () => {
    expectClose(matrix(yoyTest([[29]], [[32]], [[8 / 6]]))[0][0], 0.15429567001179539);
  });
  test("an omitted or blank exposure_ratio means 1", () => {
    expect(yoyTest([[11]], [[6]], [[null]])).toEqual(yoyTest([[11]], [[6]]));
    expect(yoyTest([[11]], [[6]], undefined)).toEqual(yoyTest([[11]], [[6]]));
  });
  test("zero on both sides is p = 1", () => {
    expect(matrix(yoyTest([[0]], [[0]]))[0][0]).toBe(1);
  });
  test("missing values follow the house rule: both missing → blank, one missing → #N/A, text → #VALUE!", () => {
    const m = matrix(yoyTest([[""], ["—"], [5], ["五"]], [["/"], [3], [3], [3]]));
    expect(m[0][0]).toBe("");
    expect(codeOf(m[1][0])).toBe("na");
    expect(typeof m[2][0]).toBe("number");
    expect(codeOf(m[3][0])).toBe("value");
  });
  test("fractional or negative counts and a zero exposure ratio are #NUM!", () => {
    const m = matrix(yoyTest([[2.5], [-1], [3]], [[3], [3], [3]], [[1], [1], [0]]));
    expect(m.map((row) => codeOf(row[0]))).toEqual(["num", "num", "num"]);
  });
  test("mismatched shapes are one #VALUE!", () => {
    expect(codeOf(yoyTest([[1], [2]], [[1], [2], [3]]))).toBe("value");
  });
});

describe("YOYSIG", () => {
  test("writes the verdict with the p-value, in Chinese by default and in English on request", () => {
    expect(matrix(yoySig([[45], [3], [11], [0]], [[20], [15], [6], [0]]))).toEqual([
      ["显著上升（p=0.00263）"],
      ["显著下降（p=0.00754）"],
      ["变化不显著（p=0.332）"],
      ["变化不显著（p=1）"],
    ]);
    expect(matrix(yoySig([[45]], [[20]], undefined, "en"))).toEqual([["significant rise (p=0.00263)"]]);
  });
  test("alpha changes the verdict: p = 0.00263 is not significant at 0.001", () => {
    expect(matrix(yoySig([[45]], [[20]], 0.001))).toEqual([["变化不显著（p=0.00263）"]]);
  });
  test("a bad alpha or style is #VALUE!", () => {
    expect(codeOf(yoySig([[1]], [[2]], 5))).toBe("value");
    expect(codeOf(yoySig([[1]], [[2]], 0.05, "fr"))).toBe("value");
  });
});

describe("RATECI", () => {
  test("spills low and high beside each rate of a column: prop.test(92, 100) and prop.test(0, 10)", () => {
    const m = matrix(rateCi([[92], [0]], [[100], [10]]));
    expect(m.length).toBe(2);
    expect(m[0].length).toBe(2);
    expectClose(m[0][0], 0.85001892299051274);
    expectClose(m[0][1], 0.95890653851561936);
    expect(m[1][0]).toBe(0);
    expectClose(m[1][1], 0.27753279986288915);
  });
  test("a row of rates spills low and high downwards", () => {
    const m = matrix(rateCi([[92, 10]], [[100, 10]]));
    expect(m.length).toBe(2);
    expect(m[1][1]).toBe(1);
    expectClose(m[0][1], 0.72246720013711085);
  });
  test("confidence 0.99 gives prop.test(92, 100, conf.level = 0.99)'s interval", () => {
    const m = matrix(rateCi([[92]], [[100]], 0.99));
    expectClose(m[0][0], 0.82132518517778019);
    expectClose(m[0][1], 0.96640943714092842);
  });
  test("a zero denominator shows — in both cells; more rectified than found is #NUM!", () => {
    expect(matrix(rateCi([[0]], [[0]]))).toEqual([["—", "—"]]);
    expect(matrix(rateCi([[11]], [[10]]))[0].map(codeOf)).toEqual(["num", "num"]);
  });
  test("a 2-D block of rates is #VALUE! (its spills would overlap)", () => {
    expect(
      codeOf(
        rateCi(
          [
            [1, 2],
            [3, 4],
          ],
          [[10]],
        ),
      ),
    ).toBe("value");
  });
  test("one missing input fills both cells with #N/A", () => {
    expect(matrix(rateCi([["—"]], [[10]]))[0].map(codeOf)).toEqual(["na", "na"]);
  });
});

describe("RATEDIFF", () => {
  test("spills difference, low, high in points and p: Newcombe's 56/70 − 48/80", () => {
    const [row] = matrix(rateDiff([[56]], [[70]], [[48]], [[80]]));
    expectClose(row[0], 20, 1e-12);
    expectClose(row[1], 5.2431472402364926);
    expectClose(row[2], 33.3872654036905858);
    expectClose(row[3], 0.0080450813681965643);
  });
  test("a zero denominator gives — in all four cells", () => {
    expect(matrix(rateDiff([[0]], [[0]], [[3]], [[5]]))).toEqual([["—", "—", "—", "—"]]);
  });
});

describe("TREND", () => {
  test("spills change per period, interval, p, Mann-Kendall p and n for R's glm(c(20, 31, 45) ~ t)", () => {
    const [row] = matrix(trend([[20], [31], [45]]));
    expectClose(row[0], Math.expm1(0.4010113941951207184), 1e-8);
    expectClose(row[3], 0.0020434863012597309, 1e-7);
    expectClose(row[4], 0.33333333333333326, 1e-12);
    expect(row[5]).toBe("n=3");
    expect(row[1] as number).toBeLessThan(row[0] as number);
    expect(row[2] as number).toBeGreaterThan(row[0] as number);
  });
  test("periods given as years, with a gap, reproduce glm(c(30,28,25,27,21) ~ c(2019,2020,2021,2023,2024))", () => {
    const [row] = matrix(trend([[30, 28, 25, 27, 21]], [[2019, 2020, 2021, 2023, 2024]]));
    expectClose(row[0], Math.expm1(-0.052449793810125267), 1e-8);
    expectClose(row[3], 0.270902593966258931, 1e-7);
  });
  test("missing values are skipped and counted, never read as 0", () => {
    const [row] = matrix(trend([[30], ["—"], [28], [25], [""], [27], [21]], [[2019], [2019.5], [2020], [2021], [2022], [2023], [2024]]));
    expectClose(row[0], Math.expm1(-0.052449793810125267), 1e-8);
    expect(row[5]).toBe("n=5 (2 missing skipped / 已跳过2个缺失值)");
  });
  test("fewer than 3 usable points is #N/A saying 3 are needed", () => {
    const result = trend([[5], ["—"], [7]]);
    expect(codeOf(result)).toBe("na");
    expect((result as SheetError).message).toContain("at least 3 points, got 2");
    expect((result as SheetError).message).toContain("至少需要3个数据点");
  });
  test("counts that are zero except at one end leave the regression #NUM! but keep Mann-Kendall", () => {
    const [row] = matrix(trend([[0], [0], [0], [4]]));
    expect(row.slice(0, 4).map(codeOf)).toEqual(["num", "num", "num", "num"]);
    expect(typeof row[4]).toBe("number");
  });
  test("counts so near zero that the fitted change overflows give #NUM!, never Infinity (found by the fast-check property: [0, 5e-324, 0])", () => {
    const [row] = matrix(trend([[0], [5e-324], [0]]));
    for (const cell of row.slice(0, 4)) expect(typeof cell === "number" ? Number.isFinite(cell) : codeOf(cell)).toBe(typeof cell === "number" ? true : "num");
    expect(row.slice(0, 4).some((cell) => codeOf(cell) === "num")).toBe(true);
  });
  test("a 2-D range, text in the series or a length mismatch is #VALUE!", () => {
    expect(
      codeOf(
        trend([
          [1, 2],
          [3, 4],
        ]),
      ),
    ).toBe("value");
    expect(codeOf(trend([[1], ["abc"], [3]]))).toBe("value");
    expect(codeOf(trend([[1], [2], [3]], [[1], [2]]))).toBe("value");
  });
});

describe("OUTLIERS", () => {
  test("flags each region of a column against its exposure", () => {
    expect(matrix(outliers([[5], [30], [8]], [[100], [120], [90]]))).toEqual([["偏低（低于95%控制限）"], ["偏高（超出95%控制限）"], ["正常"]]);
  });
  test("a single level checks only that limit; a row stays a row; English on request", () => {
    expect(matrix(outliers([[5, 30, 8]], [[100, 120, 90]], 0.998, "en"))).toEqual([["within limits", "within limits", "within limits"]]);
    expect(matrix(outliers([[10, 10, 10, 10, 40]], undefined, "99.8%"))).toEqual([["正常", "正常", "正常", "正常", "偏高（超出99.8%控制限）"]]);
  });
  test("a missing count is blank and left out; a missing or zero exposure is #N/A or #DIV/0!", () => {
    const m = matrix(outliers([["—"], [10], [12], [11], [9]], [[100], [100], [0], [""], [100]]));
    expect(codeOf(m[0][0])).toBe("na");
    expect(codeOf(m[2][0])).toBe("div0");
    expect(codeOf(m[3][0])).toBe("na");
    expect(m[1][0]).toBe("正常");
    const blank = matrix(outliers([["—"], [10], [12]]));
    expect(blank[0][0]).toBe("");
  });
  test("fewer than 2 usable regions is #N/A saying 2 are needed", () => {
    const result = outliers([[5], ["—"]]);
    expect(codeOf(result)).toBe("na");
    expect((result as SheetError).message).toContain("at least 2");
  });
});

describe("DESCRIBE", () => {
  test("spills labelled rows with R's mean, sd and type-7 quartiles, skipping missing cells", () => {
    const m = matrix(
      describeValues([
        [23, 20, 42],
        [45, 11, "—"],
        [6, 0, 3.5],
      ]),
    );
    expect(m.map((row) => row[0])).toEqual([
      "个数",
      "均值",
      "中位数",
      "标准差（样本）",
      "最小值",
      "下四分位数（Q1）",
      "上四分位数（Q3）",
      "最大值",
      "缺失值（已跳过）",
    ]);
    expect(m[0][1]).toBe(8);
    expectClose(m[1][1], 18.8125, 1e-14);
    expect(m[2][1]).toBe(15.5);
    expectClose(m[3][1], 17.137964331523492, 1e-12);
    expect([m[4][1], m[5][1], m[6][1], m[7][1], m[8][1]]).toEqual([0, 5.375, 27.75, 45, 1]);
  });
  test("English labels with language en; one value has #DIV/0! for the standard deviation", () => {
    const m = matrix(describeValues([[7]], "en"));
    expect(m[0]).toEqual(["n", 1]);
    expect(codeOf(m[3][1])).toBe("div0");
  });
  test("no values is #N/A saying 1 is needed", () => {
    expect(codeOf(describeValues([["—"], [""]]))).toBe("na");
  });
});
