/**
 * Both metadata files Excel reads — functions.json and functions.zh-CN.json, as the build writes
 * them — against the JSON Schema written from Microsoft's custom functions metadata reference and
 * naming guidance (scripts/functions/metadata.schema.json, checked with ajv), plus the rules a
 * schema cannot state (scripts/functions/validateMetadata.js). Each rule is also shown to refuse
 * a file that breaks it, so the check cannot pass by accepting everything.
 */
import * as fs from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { HyperFormula } from "hyperformula";
import translations from "../../src/functions/functions.zh-CN.json";
/* eslint-disable @typescript-eslint/no-require-imports */
const { localizeMetadata } = require("../../scripts/functions/localize.js");
const { finishMetadata } = require("../../scripts/functions/finishMetadata.js");
const { metadataProblems } = require("../../scripts/functions/validateMetadata.js");
const { addinOrigin } = require("../../scripts/build/addinConfig.js");
/* eslint-enable @typescript-eslint/no-require-imports */

const root = path.join(__dirname, "../..");
const SOURCES = ["src/functions/functions.ts", "src/functions/statsFunctions.ts"].map((f) => path.join(root, f));
/** Excel's built-ins as HyperFormula knows them (about 400), on top of the validator's own list. */
const BUILT_INS = HyperFormula.getRegisteredFunctionNames("enGB");

type Metadata = { functions: { id: string; name: string; helpUrl?: string; parameters: { name: string }[] }[] } & Record<string, unknown>;
let english: Metadata;
let chinese: Metadata;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(SOURCES);
  expect(result.errors).toEqual([]);
  english = finishMetadata(result.metadataJson, { origin: addinOrigin({}) });
  chinese = localizeMetadata(english, translations);
}, 60000);

const copy = (m: Metadata): Metadata => JSON.parse(JSON.stringify(m));

describe("the metadata the build writes", () => {
  it("functions.json passes the schema and the naming rules, with names equal to ids", () => {
    expect(metadataProblems(english, { english: true, builtIns: BUILT_INS })).toEqual([]);
    expect(english.functions).toHaveLength(16);
  });

  it("functions.zh-CN.json passes the schema and the naming rules, with Chinese parameter names", () => {
    expect(metadataProblems(chinese, { builtIns: BUILT_INS })).toEqual([]);
  });

  const built = ["functions.json", "functions.zh-CN.json"].map((f) => path.join(root, "dist", f));
  (built.every((f) => fs.existsSync(f)) ? it : it.skip)("and so do the files in dist/ (after npm run build)", () => {
    const [en, zh] = built.map((f) => JSON.parse(fs.readFileSync(f, "utf8")));
    expect(metadataProblems(en, { english: true, builtIns: BUILT_INS })).toEqual([]);
    expect(metadataProblems(zh, { builtIns: BUILT_INS })).toEqual([]);
    expect(zh.allowErrorForDataTypeAny).toBe(true);
  });
});

describe("each rule refuses metadata that breaks it", () => {
  const cases: [string, (m: Metadata) => void, RegExp][] = [
    ["a lower-case id", (m) => (m.functions[0].id = "yoy"), /\/functions\/0\/id must match pattern/],
    ["an id with a hyphen", (m) => (m.functions[0].id = "YOY-2"), /\/functions\/0\/id must match pattern/],
    ["an id of two characters", (m) => (m.functions[0].id = "YO"), /\/functions\/0\/id must NOT have fewer than 3 characters/],
    ["a name of two characters", (m) => (m.functions[0].name = "同比"), /\/functions\/0\/name must NOT have fewer than 3 characters/],
    ["a lower-case name", (m) => (m.functions[0].name = "Yoy"), /\/functions\/0\/name must not contain a lower-case letter/],
    ["a name starting with a digit", (m) => (m.functions[0].name = "2YOY"), /\/functions\/0\/name must match pattern/],
    ["a name with a space", (m) => (m.functions[0].name = "YO Y"), /\/functions\/0\/name must match pattern/],
    ["a cell reference as the name (digits are no letters)", (m) => (m.functions[0].name = "XFD1048576"), /\/functions\/0\/name must match pattern/],
    ["an Excel 4.0 macro function name", (m) => (m.functions[0].name = "ECHO"), /must not be an Excel 4\.0 macro function name/],
    ["Excel's TREND", (m) => (m.functions[0].name = "TREND"), /name TREND is the name of an Excel built-in function/],
    ["a built-in HyperFormula knows (SUMIF)", (m) => (m.functions[0].id = "SUMIF"), /id SUMIF is the name of an Excel built-in function/],
    ["two functions with one id", (m) => (m.functions[1].id = m.functions[0].id), /id YOY is used twice/],
    ["a misspelt property", (m) => ((m.functions[0] as Record<string, unknown>).helpURL = "https://x.cn"), /must NOT have additional properties \(helpURL\)/],
    ["a helpUrl over http", (m) => (m.functions[0].helpUrl = "http://localhost:3000/functions-help.html#yoy"), /\/functions\/0\/helpUrl must match pattern/],
    ["a parameter name with a space", (m) => (m.functions[0].parameters[0].name = "this period"), /parameters\/0\/name must match pattern/],
    ["two parameters of one name", (m) => (m.functions[0].parameters[1].name = m.functions[0].parameters[0].name), /YOY has two parameters of the same name/],
    ["a root flag that is no boolean", (m) => (m.allowErrorForDataTypeAny = "yes"), /\/allowErrorForDataTypeAny must be boolean/],
    ["no functions", (m) => (m.functions = []), /\/functions must NOT have fewer than 1 items/],
  ];

  it.each(cases)("refuses %s", (_, breakIt, message) => {
    const broken = copy(chinese);
    breakIt(broken);
    const problems: string[] = metadataProblems(broken, { builtIns: BUILT_INS });
    expect(problems.join("\n")).toMatch(message);
  });

  it("refuses an English file whose name differs from its id (names are localized only in zh-CN)", () => {
    const broken = copy(english);
    broken.functions[0].name = "TONGBI";
    expect(metadataProblems(broken, { english: true })).toEqual(["name TONGBI differs from its id YOY in the default-language file"]);
  });
});
