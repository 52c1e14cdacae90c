/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * The functions layer as Excel calls it, with `CustomFunctions` mocked as the global the
 * Office runtime provides: errors come back as CustomFunctions.Error, nothing is thrown.
 */
class MockError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}
(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: MockError,
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!", divisionByZero: "#DIV/0!", nullReference: "#NULL!" },
};

import * as F from "../../src/functions/functions";
import { excelCall, toExcelCell } from "../../src/functions/toExcel";
import { sheetError } from "../../src/core/grid/sheetError";

describe("the Office layer of the BUREAU functions", () => {
  it("returns YOY of 23 against 20 as [[0.15]] (issue 2 table)", () => {
    expect(F.yoyFunction([[23]], [[20]])).toEqual([[0.15]]);
  });

  it("turns a partly missing element into #N/A with the bilingual message", () => {
    const [[cell]] = F.yoyFunction([[23]], [["—"]]);
    expect(cell).toBeInstanceOf(MockError);
    expect(cell).toEqual(new MockError("#N/A", "missing value / 缺少数值"));
  });

  it("returns a shape mismatch as a 1×1 #VALUE! carrying the message, instead of throwing", () => {
    const result = F.changeFunction([[1], [2], [3]], [[1], [2]]);
    expect(result).toHaveLength(1);
    expect((result[0][0] as MockError).code).toBe("#VALUE!");
    expect((result[0][0] as MockError).message).toContain("3×1, 2×1");
  });

  it("returns RECTRATE 5 of 4 as #NUM! without a message, as Excel cannot show one for #NUM! (CustomFunctions.ErrorCode docs)", () => {
    const [[cell]] = F.rectRateFunction([[5]], [[4]]);
    expect(cell).toEqual(new MockError("#NUM!"));
  });

  it("gives YOYTEXT with omitted optional arguments (Excel passes null) the default style", () => {
    expect(F.yoyTextFunction([[23]], [[20]], null as unknown as string, null as unknown as number, null as unknown as string)).toEqual([["增加3、上升15%"]]);
  });

  it("spills BREAKDOWN with a 合计 row", () => {
    expect(F.breakdownFunction([[1], [3]])).toEqual([
      ["项目1", 1, 0.25],
      ["项目2", 3, 0.75],
      ["合计", 4, 1],
    ]);
  });

  it("turns an exception inside a computation into #VALUE!, never a throw", () => {
    const result = excelCall(() => {
      throw new Error("boom");
    });
    expect((result[0][0] as MockError).code).toBe("#VALUE!");
  });

  it("never lets NaN, Infinity, −0, null or undefined through", () => {
    expect((toExcelCell(NaN) as MockError).code).toBe("#NUM!");
    expect((toExcelCell(Infinity) as MockError).code).toBe("#NUM!");
    expect(Object.is(toExcelCell(-0), 0)).toBe(true);
    expect(toExcelCell(null)).toBe("");
    expect(toExcelCell(undefined)).toBe("");
  });

  it("maps #REF! and #NAME?, which Excel refuses as outputs, to #VALUE!", () => {
    expect((toExcelCell(sheetError("ref", { zh: "x", en: "x" })) as MockError).code).toBe("#VALUE!");
    expect((toExcelCell(sheetError("div0", { zh: "x", en: "x" })) as MockError).code).toBe("#DIV/0!");
  });
});

import fc from "fast-check";

describe("the Office layer under arbitrary arguments", () => {
  const anything = fc.oneof(
    fc.double(),
    fc.constantFrom(null, undefined, "", "—", "#N/A", "92%", true, -0, NaN, Infinity),
    fc.string({ maxLength: 4 }),
    fc.array(fc.array(fc.oneof(fc.double(), fc.string({ maxLength: 3 }), fc.constant(null)), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
  );
  const calls: [string, (a: any, b: any, c: any) => unknown[][]][] = [
    ["YOY", (a, b) => F.yoyFunction(a, b)],
    ["CHANGE", (a, b) => F.changeFunction(a, b)],
    ["PPCHANGE", (a, b) => F.ppChangeFunction(a, b)],
    ["SHARE", (a, b) => F.shareFunction(a, b)],
    ["RECTRATE", (a, b) => F.rectRateFunction(a, b)],
    ["YOYTEXT", (a, b, c) => F.yoyTextFunction(a, b, c, c, c)],
    ["PCTTEXT", (a, b) => F.pctTextFunction(a, b)],
    ["SUMGAP", (a, b) => F.sumGapFunction(a, b)],
    ["BREAKDOWN", (a, b) => F.breakdownFunction(a, b)],
  ];
  it.each(calls)("%s never throws and returns a non-empty rectangular matrix of numbers, text, booleans or CustomFunctions.Error", (_, call) => {
    fc.assert(
      fc.property(anything, anything, anything, (a, b, c) => {
        const result = call(a, b, c);
        expect(result.length).toBeGreaterThan(0);
        const width = result[0].length;
        for (const row of result) {
          expect(row.length).toBe(width);
          for (const x of row) {
            const ok =
              (typeof x === "number" && Number.isFinite(x) && !Object.is(x, -0)) || typeof x === "string" || typeof x === "boolean" || x instanceof MockError;
            expect([x, ok]).toEqual([x, true]);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
