/**
 * The metadata Excel reads (functions.json) is generated from the JSDoc of the functions
 * layer and finished by the build (helpUrl from the add-in origin, allowErrorForDataTypeAny);
 * these tests do both the way the webpack plugins do and check what Excel will see, and that
 * every description and parameter name has its Chinese translation.
 */
import * as fs from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeMetadata } = require("../../scripts/functions/localize.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { finishMetadata } = require("../../scripts/functions/finishMetadata.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { addinOrigin } = require("../../scripts/build/addinConfig.js");
import translations from "../../src/functions/functions.zh-CN.json";

const root = path.join(__dirname, "../..");
const SOURCES = ["src/functions/functions.ts", "src/functions/statsFunctions.ts"].map((f) => path.join(root, f)).filter((f) => fs.existsSync(f));

interface Parameter {
  name: string;
  description?: string;
  dimensionality?: string;
  optional?: boolean;
  type?: string;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  helpUrl?: string;
  parameters: Parameter[];
  result: { dimensionality?: string };
}

let generated: { functions: FunctionMetadata[] };
let finished: { allowErrorForDataTypeAny?: boolean; functions: FunctionMetadata[] };
let associate: { functionName: string; id: string; sourceFileName: string }[];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(SOURCES);
  expect(result.errors).toEqual([]);
  generated = JSON.parse(result.metadataJson);
  finished = finishMetadata(generated, { origin: addinOrigin({}) });
  associate = result.associate;
}, 60000);

const EXPECTED: Record<string, [string, boolean][]> = {
  YOY: [
    ["current", false],
    ["previous", false],
  ],
  CHANGE: [
    ["current", false],
    ["previous", false],
  ],
  PPCHANGE: [
    ["rate_now", false],
    ["rate_before", false],
  ],
  SHARE: [
    ["part", false],
    ["total", false],
  ],
  RECTRATE: [
    ["rectified", false],
    ["found", false],
  ],
  YOYTEXT: [
    ["current", false],
    ["previous", false],
    ["unit", true],
    ["decimals", true],
    ["style", true],
  ],
  PCTTEXT: [
    ["value", false],
    ["decimals", true],
  ],
  SUMGAP: [
    ["total", false],
    ["parts", false],
  ],
  BREAKDOWN: [
    ["values", false],
    ["labels", true],
  ],
};
const VALUE_PARAMETERS = new Set([
  "current",
  "previous",
  "rate_now",
  "rate_before",
  "part",
  "total",
  "rectified",
  "found",
  "value",
  "parts",
  "values",
  "labels",
]);

describe("the generated functions.json", () => {
  it.each(Object.keys(EXPECTED))("lists %s with its parameters in order, optional flags as issue 2 specifies", (id) => {
    const fn = generated.functions.find((f) => f.id === id);
    expect(fn).toBeDefined();
    expect(fn!.parameters.map((p) => [p.name, p.optional === true])).toEqual(EXPECTED[id]);
  });

  it.each(Object.keys(EXPECTED))("declares the value parameters and the result of %s as matrices, so ranges spill", (id) => {
    const fn = generated.functions.find((f) => f.id === id)!;
    for (const p of fn.parameters) {
      if (VALUE_PARAMETERS.has(p.name)) expect([p.name, p.dimensionality]).toEqual([p.name, "matrix"]);
    }
    expect(fn.result.dimensionality).toBe("matrix");
  });

  it.each(Object.keys(EXPECTED))("points %s's helpUrl at its help section under the add-in origin of package.json", (id) => {
    expect(generated.functions.find((f) => f.id === id)!.helpUrl).toBeUndefined(); // no origin written in the sources
    expect(finished.functions.find((f) => f.id === id)!.helpUrl).toBe(`https://localhost:3000/functions-help.html#${id.toLowerCase()}`);
    const moved = finishMetadata(generated, { origin: "https://stats.example.cn" });
    expect(moved.functions.find((f: FunctionMetadata) => f.id === id).helpUrl).toBe(`https://stats.example.cn/functions-help.html#${id.toLowerCase()}`);
  });

  it("lets Excel call the functions with error inputs (allowErrorForDataTypeAny), which the generator cannot set", () => {
    expect((generated as { allowErrorForDataTypeAny?: boolean }).allowErrorForDataTypeAny).toBeUndefined();
    expect(finished.allowErrorForDataTypeAny).toBe(true);
    // The flag reaches only parameters of type any: every value parameter is one. YOYTEXT's and PCTTEXT's typed settings
    // are not, so Excel answers an error there itself, as the help page says.
    for (const fn of finished.functions)
      for (const p of fn.parameters) if (VALUE_PARAMETERS.has(p.name)) expect([fn.id, p.name, p.type]).toEqual([fn.id, p.name, "any"]);
    const typed = finished.functions.flatMap((fn) => fn.parameters.filter((p) => p.type !== "any").map((p) => `${fn.id}.${p.name}`));
    expect(typed).toEqual(["YOYTEXT.unit", "YOYTEXT.decimals", "YOYTEXT.style", "PCTTEXT.decimals"]);
  });

  it("has no function named TREND (an Excel built-in); the Poisson trend is COUNTTREND", () => {
    expect(finished.functions.map((f) => f.id)).toContain("COUNTTREND");
    expect(finished.functions.map((f) => f.name)).not.toContain("TREND");
  });

  it("associates every function with a function the functions module exports (what the loader registers)", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const modules = SOURCES.map((f) => require(f));
    for (const fn of generated.functions) {
      const entry = associate.find((a) => a.id === fn.id);
      expect(entry).toBeDefined();
      expect(modules.some((m) => typeof m[entry!.functionName] === "function")).toBe(true);
    }
  });
});

describe("the zh-CN metadata", () => {
  it("has a Chinese description for every function and parameter in the sources (a missing one fails here)", () => {
    const zh = localizeMetadata(generated, translations);
    for (const fn of zh.functions as FunctionMetadata[]) {
      expect(fn.description).toMatch(/[\u4e00-\u9fff]/);
      for (const p of fn.parameters) expect([fn.id, p.name, p.description]).toEqual([fn.id, p.name, expect.stringMatching(/[\u4e00-\u9fff]/)]);
    }
    expect(zh.functions.map((f: FunctionMetadata) => f.id)).toEqual(generated.functions.map((f) => f.id));
  });

  it("keeps ids, types and dimensionality unchanged and leaves the English metadata as it was", () => {
    const before = JSON.stringify(generated);
    const zh = localizeMetadata(generated, translations);
    expect(JSON.stringify(generated)).toBe(before);
    const strip = (m: { functions: FunctionMetadata[] }) =>
      m.functions.map((f) => ({ id: f.id, r: f.result, p: f.parameters.map((p) => [p.type, p.dimensionality, p.optional]) }));
    expect(strip(zh)).toEqual(strip(generated));
  });

  it("shows Chinese parameter names in Excel's argument tooltip: =BUREAU.YOY(本期, 去年同期)", () => {
    const zh = localizeMetadata(generated, translations);
    const names = (id: string) => (zh.functions as FunctionMetadata[]).find((f) => f.id === id)!.parameters.map((p) => p.name);
    expect(names("YOY")).toEqual(["本期", "去年同期"]);
    expect(names("YOYTEXT")).toEqual(["本期", "去年同期", "单位", "小数位数", "样式"]);
    expect(names("RECTRATE")).toEqual(["已整改数", "隐患数"]);
    for (const fn of zh.functions as FunctionMetadata[])
      for (const p of fn.parameters) expect([fn.id, p.name]).toEqual([fn.id, expect.stringMatching(/^[\u4e00-\u9fff]+$/)]);
  });

  it("throws naming every missing translation", () => {
    const partial = JSON.parse(JSON.stringify(translations));
    delete partial.YOY;
    delete partial.YOYTEXT.parameters.style;
    delete partial.SHARE.parameterNames.total;
    expect(() => localizeMetadata(generated, partial)).toThrow(/YOY \(no entry\).*SHARE\.parameterNames\.total.*YOYTEXT\.parameters\.style/);
  });
});

describe("the help page", () => {
  const html = fs.readFileSync(path.join(root, "src/functions/help/functions-help.html"), "utf8");

  it("has the section every helpUrl points to, for every function in the sources", () => {
    for (const fn of finished.functions) {
      expect(fn.helpUrl).toMatch(/functions-help\.html#[a-z]+$/);
      const anchor = fn.helpUrl!.split("#")[1];
      expect([fn.id, html.includes(`id="${anchor}"`)]).toEqual([fn.id, true]);
      expect([fn.id, html.includes(`BUREAU.${fn.id}(`)]).toEqual([fn.id, true]);
    }
  });

  it("states the missing-value rule and the domain vectors' results", () => {
    expect(html).toContain('id="missing"');
    for (const text of ["增加3起、上升15%", "减少3起、下降6.7%", "净增加1起", "增加1起、上升6.3%", "23.8%", "92%", "3.5", "12322.34"]) {
      expect(html).toContain(text);
    }
  });
});
