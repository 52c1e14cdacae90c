/**
 * The build's own webpack plugins (scripts/build/), run through real webpack compilations of tiny
 * entries: the bundle-size budget and React ban that guard functions.js, and the zh-CN metadata
 * step that must fail the build when a translation is missing. Expected values follow from
 * issue 2 ("The functions bundle stays under 30 KB gzipped and contains no React"; "fail a test
 * when a translation is missing") and the localizer's documented error text.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import webpack from "webpack";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { BundleSizePlugin, gzipSize, containsReact } = require("../../scripts/build/bundleSizePlugin");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { LocalizeFunctionsPlugin } = require("../../scripts/build/localizeFunctionsPlugin");

const root = path.resolve(__dirname, "../..");
let work: string;

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "bureau-build-plugins-"));
});
afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

/** Compiles `source` as the entry `functions` with the given plugins; resolves with errors, warnings and emitted files. */
function compile(source: string, plugins: webpack.WebpackPluginInstance[]): Promise<{ errors: string[]; warnings: string[]; files: string[]; out: string }> {
  const dir = fs.mkdtempSync(path.join(work, "case-"));
  fs.writeFileSync(path.join(dir, "entry.js"), source);
  const out = path.join(dir, "out");
  const compiler = webpack({
    mode: "production",
    context: dir,
    entry: { functions: "./entry.js" },
    output: { path: out, filename: "[name].js" },
    resolve: { modules: [path.join(root, "node_modules")] },
    devtool: false,
    plugins,
  });
  return new Promise((resolve, reject) => {
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error || !stats) return reject(error);
      const json = stats.toJson({ all: false, errors: true, warnings: true, assets: true });
      resolve({
        errors: (json.errors ?? []).map((e) => e.message),
        warnings: (json.warnings ?? []).map((w) => w.message),
        files: (json.assets ?? []).map((a) => a.name),
        out,
      });
    });
  });
}

/** Emits a functions.json the way CustomFunctionsMetadataPlugin does, before the localizer runs. */
class FakeMetadataPlugin {
  constructor(private readonly metadata: object) {}
  apply(compiler: webpack.Compiler) {
    compiler.hooks.thisCompilation.tap("FakeMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "FakeMetadataPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL - 1 }, () => {
        compilation.emitAsset("functions.json", new webpack.sources.RawSource(JSON.stringify(this.metadata)));
      });
    });
  }
}

const YOY_METADATA = {
  functions: [
    {
      id: "YOY",
      name: "YOY",
      description: "Year-on-year relative change.",
      parameters: [
        { name: "current", description: "This period.", type: "any", dimensionality: "matrix" },
        { name: "previous", description: "Same period last year.", type: "any", dimensionality: "matrix" },
      ],
      result: { type: "any", dimensionality: "matrix" },
    },
  ],
};

describe("gzipSize and containsReact", () => {
  test("gzipSize agrees with Node's zlib at level 9", () => {
    const text = "增加3起、上升15%".repeat(50);
    expect(gzipSize(text)).toBe(zlib.gzipSync(Buffer.from(text), { level: 9 }).length);
  });

  test("containsReact recognises React's internals marker and not ordinary code", () => {
    expect(containsReact("var a=1;function YOY(c,p){return(c-p)/p}")).toBe(false);
    expect(containsReact("x.__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED={}")).toBe(true);
  });
});

describe("BundleSizePlugin in a real webpack build", () => {
  test("fails a functions bundle that contains React, and one over a (100-byte) gzip budget", async () => {
    const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
    const result = await compile('import React from "react";\nconsole.log(React.createElement("div"));\n', [
      new BundleSizePlugin({ print: true, failOn: { functions: 100 }, forbidReactIn: ["functions"] }),
    ]);
    log.mockRestore();
    expect(result.errors.some((message) => message.includes("contains React"))).toBe(true);
    expect(result.errors.some((message) => /functions\.js is [\d.]+ KB gzipped; the budget is </.test(message))).toBe(true);
  }, 60000);

  test("passes a small React-free bundle and prints its raw and gzipped size", async () => {
    const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
    const result = await compile("export function yoy(c, p) { return p === 0 ? '—' : (c - p) / p; }\nconsole.log(yoy(23, 20));\n", [
      new BundleSizePlugin({ print: true, failOn: { functions: 30 * 1024 }, forbidReactIn: ["functions"] }),
    ]);
    const printed = log.mock.calls.map((call) => String(call[0])).join("\n");
    log.mockRestore();
    expect(result.errors).toEqual([]);
    const bytes = fs.readFileSync(path.join(result.out, "functions.js"));
    expect(printed).toContain("Bundle sizes");
    expect(printed).toContain(`${(gzipSize(bytes) / 1024).toFixed(1)} KB gzip`);
  }, 60000);
});

describe("LocalizeFunctionsPlugin in a real webpack build", () => {
  const localizer = path.join(root, "scripts/functions/localize.js");

  test("writes functions.zh-CN.json with the Chinese descriptions and the same ids and shapes", async () => {
    const translations = path.join(work, "complete.zh-CN.json");
    fs.writeFileSync(
      translations,
      JSON.stringify({
        YOY: {
          description: "同比增减幅度。",
          parameters: { current: "本期数。", previous: "上年同期数。" },
          parameterNames: { current: "本期", previous: "去年同期" },
        },
      }),
    );
    const result = await compile("console.log(1);\n", [
      new FakeMetadataPlugin(YOY_METADATA),
      new LocalizeFunctionsPlugin({ input: "functions.json", output: "functions.zh-CN.json", translations, localizer }),
    ]);
    expect(result.errors).toEqual([]);
    const zh = JSON.parse(fs.readFileSync(path.join(result.out, "functions.zh-CN.json"), "utf8"));
    expect(zh.functions[0].id).toBe("YOY");
    expect(zh.functions[0].description).toBe("同比增减幅度。");
    expect(
      zh.functions[0].parameters.map((p: { name: string; description: string; dimensionality: string }) => [p.name, p.description, p.dimensionality]),
    ).toEqual([
      ["本期", "本期数。", "matrix"],
      ["去年同期", "上年同期数。", "matrix"],
    ]);
  }, 60000);

  test("fails the build and names the parameter whose translation is missing", async () => {
    const translations = path.join(work, "incomplete.zh-CN.json");
    fs.writeFileSync(translations, JSON.stringify({ YOY: { description: "同比增减幅度。", parameters: { current: "本期数。" } } }));
    const result = await compile("console.log(1);\n", [
      new FakeMetadataPlugin(YOY_METADATA),
      new LocalizeFunctionsPlugin({ input: "functions.json", output: "functions.zh-CN.json", translations, localizer }),
    ]);
    expect(result.errors.join("\n")).toContain("YOY.parameters.previous");
    expect(result.files).not.toContain("functions.zh-CN.json");
  }, 60000);
});
