/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * The statistics functions as Excel calls them, with `CustomFunctions` mocked as the global
 * the Office runtime provides: errors come back as CustomFunctions.Error with their
 * messages where Excel can show one, omitted optional arguments (null) take defaults, and
 * nothing is thrown. Values: R 4.2 (see the core tests).
 */
class MockError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}
(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: MockError,
  ErrorCode: {},
};

import * as S from "../../src/functions/statsFunctions";
import { expectClose } from "./close";

describe("the Office layer of the statistics functions", () => {
  it("returns YOYTEST of 11 against 6 as R's poisson.test p-value, with Excel's null for the omitted ratio", () => {
    const result = S.yoyTestFunction([[11]], [[6]], null as any);
    expectClose(result[0][0], 0.33230590820312517);
  });
  it("returns YOYSIG text with omitted alpha and style", () => {
    expect(S.yoySigFunction([[45]], [[20]], null, null)).toEqual([["显著上升（p=0.00263）"]]);
  });
  it("returns a too-short TREND as #N/A whose message says how many points are needed, in both languages", () => {
    const [[cell]] = S.trendFunction([[5], [7]], null as any);
    expect(cell).toBeInstanceOf(MockError);
    expect((cell as MockError).code).toBe("#N/A");
    expect((cell as MockError).message).toMatch(/needs at least 3 points.*至少需要3个数据点/);
  });
  it("returns RATECI of more rectified than found as #NUM! in both cells, without a message", () => {
    expect(S.rateCiFunction([[11]], [[10]], null)).toEqual([[new MockError("#NUM!"), new MockError("#NUM!")]]);
  });
  it("returns a zero denominator as — in every RATEDIFF cell", () => {
    expect(S.rateDiffFunction([[0]], [[0]], [[1]], [[2]])).toEqual([["—", "—", "—", "—"]]);
  });
  it("returns OUTLIERS flags and DESCRIBE's labelled rows", () => {
    expect(S.outliersFunction([[10], [10], [10], [10], [40]], null as any, null, null).map((r) => r[0])).toEqual([
      "正常",
      "正常",
      "正常",
      "正常",
      "偏高（超出99.8%控制限）",
    ]);
    const d = S.describeFunction([[1], [2], [3], [4]], null);
    expect(d[5]).toEqual(["下四分位数（Q1）", 1.75]);
  });
  it("returns a mismatch of shapes as one #VALUE! with the message, instead of throwing", () => {
    const result = S.yoyTestFunction([[1], [2]], [[1], [2], [3]]);
    expect(result).toHaveLength(1);
    expect((result[0][0] as MockError).code).toBe("#VALUE!");
    expect((result[0][0] as MockError).message).toContain("2×1, 3×1");
  });
});
