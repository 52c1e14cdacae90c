/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Error inputs as Excel delivers them once the metadata sets allowErrorForDataTypeAny: a
 * CustomFunctions.Error object ({ code }) or, with data types on, an error cell value
 * ({ type: "Error", basicValue }). Each function must do what the help page's "错误值输入 / Error
 * inputs" table says (src/functions/help/functions-help.html); before fromExcel the objects were
 * read as text and every such call gave #VALUE!.
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

import * as fs from "fs";
import * as path from "path";
import * as F from "../../src/functions/functions";
import * as S from "../../src/functions/statsFunctions";
import { fromExcel, fromExcelValue } from "../../src/functions/fromExcel";

/** The two shapes Excel passes an error in (custom-functions runtime and data-types docs). */
const SHAPES: [string, () => unknown][] = [
  ["a CustomFunctions.Error", () => new MockError("#DIV/0!")],
  ["an error cell value (data types)", () => ({ type: "Error", basicType: "Error", basicValue: "#DIV/0!", errorType: "Div0" })],
];
const codeOf = (cell: unknown) => (cell instanceof MockError ? cell.code : undefined);
const codes = (result: unknown[][]) => result.map((row) => row.map((cell) => codeOf(cell) ?? cell));

describe("fromExcel", () => {
  it("turns both error shapes into the { error } value the core reads, and a formatted number into its basic value", () => {
    expect(fromExcelValue(new MockError("#N/A"))).toEqual({ error: "#N/A" });
    expect(fromExcelValue({ type: "Error", basicValue: "#REF!", errorType: "Ref" })).toEqual({ error: "#REF!" });
    expect(fromExcelValue({ type: "FormattedNumber", basicValue: 12.5, numberFormat: "0.0" })).toBe(12.5);
    expect(fromExcelValue("#N/A")).toBe("#N/A");
  });

  it("returns a range without objects as it is, and copies one with an error instead of changing Excel's array", () => {
    const plain = [[1, 2]];
    expect(fromExcel(plain)).toBe(plain);
    const input = [[1, new MockError("#N/A")]];
    expect(fromExcel(input)).toEqual([[1, { error: "#N/A" }]]);
    expect(input[0][1]).toBeInstanceOf(MockError);
  });
});

describe.each(SHAPES)("with %s in an input cell", (_, error) => {
  const elementWise: [string, (e: unknown) => any[][], unknown[][]][] = [
    ["YOY", (e) => F.yoyFunction([[23], [e]] as any, [[20], [20]]), [[0.15], ["#DIV/0!"]]],
    ["CHANGE", (e) => F.changeFunction([[23], [e]] as any, [[20], [20]]), [[3], ["#DIV/0!"]]],
    ["PPCHANGE", (e) => F.ppChangeFunction([[0.92], [e]] as any, [[0.885], [0.885]]), [[3.5], ["#DIV/0!"]]],
    ["SHARE", (e) => F.shareFunction([[1], [e]] as any, [[4], [4]]), [[0.25], ["#DIV/0!"]]],
    ["RECTRATE", (e) => F.rectRateFunction([[378], [e]] as any, [[411], [411]]), [[378 / 411], ["#DIV/0!"]]],
    ["YOYTEXT", (e) => F.yoyTextFunction([[23], [e]] as any, [[20], [20]], "起"), [["增加3起、上升15%"], ["#DIV/0!"]]],
    ["PCTTEXT", (e) => F.pctTextFunction([[0.2380952], [e]] as any), [["23.8%"], ["#DIV/0!"]]],
    ["YOYSIG", (e) => S.yoySigFunction([[23], [e]] as any, [[20], [20]]), [["变化不显著（p=0.761）"], ["#DIV/0!"]]],
  ];

  it.each(elementWise)("%s returns that error for its element and computes the others", (_name, call, expected) => {
    expect(codes(call(error()))).toEqual(expected);
  });

  it("YOYTEST, RATECI and RATEDIFF give the error in the whole output row of that element only", () => {
    expect(codeOf(S.yoyTestFunction([[23], [error()]] as any, [[20], [20]])[1][0])).toBe("#DIV/0!");
    expect(typeof S.yoyTestFunction([[23], [error()]] as any, [[20], [20]])[0][0]).toBe("number");
    expect(codes(S.rateCiFunction([[378], [error()]] as any, [[411], [411]])).slice(1)).toEqual([["#DIV/0!", "#DIV/0!"]]);
    expect(codes(S.rateDiffFunction([[error()]] as any, [[411]], [[350]], [[400]]))).toEqual([["#DIV/0!", "#DIV/0!", "#DIV/0!", "#DIV/0!"]]);
  });

  it("SUMGAP gives the error for the total whose part is an error, and computes the other totals", () => {
    expect(
      codes(
        F.sumGapFunction([[3], [7]], [
          [1, error()],
          [3, 4],
        ] as any),
      ),
    ).toEqual([["#DIV/0!"], [0]]);
  });

  it("BREAKDOWN gives the error for that value, the 合计 and every share; an error label becomes 项目n", () => {
    expect(codes(F.breakdownFunction([[1], [error()]] as any))).toEqual([
      ["项目1", 1, "#DIV/0!"],
      ["项目2", "#DIV/0!", "#DIV/0!"],
      ["合计", "#DIV/0!", "#DIV/0!"],
    ]);
    expect(F.breakdownFunction([[1], [3]], [["房屋"], [error()]] as any).map((row) => row[0])).toEqual(["房屋", "项目2", "合计"]);
  });

  it("COUNTTREND, OUTLIERS and DESCRIBE make the whole result that error (series, periods or exposures)", () => {
    expect(codes(S.trendFunction([[30], [error()], [25], [23]] as any))).toEqual([["#DIV/0!"]]);
    expect(codes(S.trendFunction([[30], [27], [25], [23]], [[1], [error()], [3], [4]] as any))).toEqual([["#DIV/0!"]]);
    expect(codes(S.outliersFunction([[3], [error()], [5], [7]] as any))).toEqual([["#DIV/0!"]]);
    expect(codes(S.outliersFunction([[3], [4], [5], [7]], [[1], [error()], [3], [4]] as any))).toEqual([["#DIV/0!"]]);
    expect(codes(S.describeFunction([[3], [error()], [5]] as any))).toEqual([["#DIV/0!"]]);
  });

  it("an error as a setting gives #VALUE! naming the setting", () => {
    const settings: any[][][] = [
      F.yoyTextFunction([[23]], [[20]], error() as any),
      F.pctTextFunction([[0.2]], error() as any),
      S.yoySigFunction([[23]], [[20]], error()),
      S.rateCiFunction([[3]], [[20]], error()),
      S.outliersFunction([[3], [4], [5]], null as any, error()),
      S.describeFunction([[3], [4]], error()),
    ];
    for (const result of settings) {
      expect(result).toHaveLength(1);
      expect(codeOf(result[0][0])).toBe("#VALUE!");
      expect((result[0][0] as MockError).message).toMatch(/[a-z].* \/ .*[\u4e00-\u9fff]/);
    }
  });
});

describe("the help page's error-inputs table", () => {
  const html = fs.readFileSync(path.join(__dirname, "../../src/functions/help/functions-help.html"), "utf8");
  const translations = JSON.parse(fs.readFileSync(path.join(__dirname, "../../src/functions/functions.zh-CN.json"), "utf8"));

  it("says what an error input does for every function, in Chinese and English", () => {
    const listed = new Set([...html.matchAll(/data-functions="([A-Z ]+)"/g)].flatMap((m) => m[1].split(" ")));
    expect([...Object.keys(translations)].filter((id) => !listed.has(id))).toEqual([]);
    expect(html).toContain('id="errors"');
    expect(html).toContain("allowErrorForDataTypeAny");
  });
});
