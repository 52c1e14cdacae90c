/**
 * BUREAU.* in WPS (issue 21, item 3): registered through AddCustomFunction on the ET imitation of
 * build 12.1.0.20540 (the first with custom functions, Kingsoft's 加载项自定义函数 page) and called
 * as WPS calls them — a cell as a scalar, a range as rows, an error cell as a COM error number —
 * they give the results the Excel layer gives for the same vectors (tests/functions/officeLayer.test.ts,
 * issue 2's table), errors as their text ("#N/A": WPS documents no error result); on 11.8 (no custom functions) nothing is registered
 * and the reason is the bilingual catalogue message.
 */
import { createEtHost } from "../../src/etHost/etHost";
import { WPS_MESSAGES } from "../../src/core/messages/wpsMessages";
import { callForWps, registerWpsFunctions, WPS_FUNCTIONS } from "../../src/wps/functions";
import ZH from "../../src/functions/functions.zh-CN.json";

const NA = -2146826246; // #N/A as COM gives it

function registered() {
  const host = createEtHost({ 表: [["a"]] });
  const result = registerWpsFunctions(host.application);
  const call = (name: string, ...args: unknown[]) => host.customFunction(`BUREAU.${name}`)!.callback(...args);
  return { host, result, call };
}

test("every BUREAU function Excel has is registered in WPS 12.1.0.20540, with its Chinese description", () => {
  const { host, result } = registered();
  expect(result).toEqual({ registered: Object.keys(ZH) });
  expect(Object.keys(WPS_FUNCTIONS).sort()).toEqual(Object.keys(ZH).sort());
  const yoy = host.customFunction("BUREAU.YOY")!;
  expect(yoy.metadata!.description).toBe(ZH.YOY.description);
  expect(yoy.metadata!.parameters.map((p) => p.name)).toEqual(["本期", "去年同期"]);
});

test.each([
  ["YOY of 23 against 20 is 0.15 (issue 2 table)", "YOY", [23, 20], 0.15],
  [
    "YOY of a range spills as rows",
    "YOY",
    [
      [[23], [10]],
      [[20], [8]],
    ],
    [[0.15], [0.25]],
  ],
  ["YOY against — is #N/A", "YOY", [23, "—"], "#N/A"],
  ["YOY of an #N/A cell is #N/A", "YOY", [NA, 20], "#N/A"],
  [
    "CHANGE of ranges of different shapes is #VALUE!",
    "CHANGE",
    [
      [[1], [2], [3]],
      [[1], [2]],
    ],
    "#VALUE!",
  ],
  ["RECTRATE of 5 rectified out of 4 found is #NUM!", "RECTRATE", [5, 4], "#NUM!"],
  ["YOYTEXT with omitted arguments reads 增加3、上升15%", "YOYTEXT", [23, 20, undefined, undefined, undefined], "增加3、上升15%"],
  [
    "BREAKDOWN spills with a 合计 row",
    "BREAKDOWN",
    [[[1], [3]]],
    [
      ["项目1", 1, 0.25],
      ["项目2", 3, 0.75],
      ["合计", 4, 1],
    ],
  ],
])("%s, through the WPS registration", (_label, name, args, expected) => {
  const { call } = registered();
  const result = call(name, ...(args as unknown[]));
  expect(result).toEqual(expected);
  expect(documentedResult(result)).toBe(true);
});

/** A result of a type Kingsoft documents: string, number, boolean, or 2-D rows of them (no error objects). */
function documentedResult(result: unknown): boolean {
  const scalar = (v: unknown) => ["string", "number", "boolean"].includes(typeof v);
  return scalar(result) || (Array.isArray(result) && result.every((row) => Array.isArray(row) && row.every(scalar)));
}

test("metadata naming a type WPS does not know is refused by the imitation, as wpsjs refuses it", () => {
  const host = createEtHost({ 表: [["a"]] });
  const add = host.application.AddCustomFunction!;
  expect(() => add("BUREAU", "X", () => 1, { result: { type: "error" }, parameters: [] })).toThrow(/unknown type error/);
  expect(() => add("BUREAU", "Y", () => 1, { result: { type: "any[][]" }, parameters: [{ type: "number?" }] })).not.toThrow();
});

test("a range object passed by WPS is read through its Value2", () => {
  const range = { Value2: [[23, 10]], Rows: { Count: 1 }, Columns: { Count: 2 } };
  expect(callForWps(WPS_FUNCTIONS.YOY, [range, [[20, 8]]])).toEqual([[0.15, 0.25]]);
});

test("WPS 11.8 has no custom functions: nothing is registered and the pane gets the bilingual reason", () => {
  const host = createEtHost({ 表: [["a"]] }, { build: "11.8.2.12085" });
  expect(host.application.AddCustomFunction).toBeUndefined();
  expect(registerWpsFunctions(host.application)).toEqual({ unavailable: WPS_MESSAGES.functionsUnavailable("11.8.2.12085") });
  expect(host.functions.size).toBe(0);
});
