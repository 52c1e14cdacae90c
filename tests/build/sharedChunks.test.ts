/**
 * The add-in's split-chunks rule (scripts/build/sharedChunks.js) in a real webpack build of three
 * tiny entries laid out like the runtime page's: functions and commands share a core module, the
 * commands and the pane share React. Issue 14: the runtime page must load shared code once, and
 * functions.js must still load no React; the bundle-size plugin prints the page's total.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import webpack from "webpack";
/* eslint-disable @typescript-eslint/no-require-imports */
const { sharedChunks } = require("../../scripts/build/sharedChunks");
const { BundleSizePlugin, gzipSize } = require("../../scripts/build/bundleSizePlugin");
/* eslint-enable @typescript-eslint/no-require-imports */

const root = path.resolve(__dirname, "../..");
let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "bureau-shared-chunks-"));
  const files: Record<string, string> = {
    "core.js": "export function yoy(c, p) { return p === 0 ? '—' : (c - p) / p; }\nexport const LABEL = '同比';\n",
    "functions.js": "import { yoy } from './core.js';\nwindow.YOY = yoy;\n",
    "commands.js": "import { yoy, LABEL } from './core.js';\nimport React from 'react';\nwindow.cmd = () => [LABEL, yoy(23, 20), React.createElement('b')];\n",
    "taskpane.js":
      "import { yoy, LABEL } from './core.js';\nimport React from 'react';\nwindow.pane = () => React.createElement('div', null, LABEL, yoy(1, 2));\n",
  };
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
}, 30000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("puts what the functions share into core, what the others share into shared, and prints the page total once per file", async () => {
  const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
  const out = path.join(dir, "out");
  const compiler = webpack({
    mode: "production",
    context: dir,
    entry: { functions: "./functions.js", commands: "./commands.js", taskpane: "./taskpane.js" },
    output: { path: out, filename: "[name].js" },
    resolve: { modules: [path.join(root, "node_modules")] },
    devtool: false,
    optimization: { splitChunks: sharedChunks(), runtimeChunk: false },
    plugins: [
      new BundleSizePlugin({
        print: true,
        failOn: { functions: 30 * 1024 },
        forbidReactIn: ["functions"],
        pages: { "taskpane.html": ["functions", "commands", "taskpane"] },
      }),
    ],
  });
  const stats = await new Promise<webpack.Stats>((resolve, reject) => compiler.run((e, s) => (e || !s ? reject(e) : resolve(s))));
  await new Promise((resolve) => compiler.close(resolve));
  const printed = log.mock.calls.map((call) => String(call[0])).join("\n");
  log.mockRestore();
  const json = stats.toJson({ all: false, errors: true, entrypoints: true });
  expect(json.errors).toEqual([]);
  const files = (name: string) => json.entrypoints![name].assets!.map((a) => a.name);
  expect(files("functions")).toEqual(["core.js", "functions.js"]);
  expect(files("commands")).toEqual(["core.js", "shared.js", "commands.js"]);
  expect(files("taskpane")).toEqual(["core.js", "shared.js", "taskpane.js"]);
  const read = (file: string) => fs.readFileSync(path.join(out, file), "utf8");
  // The shared function (its "—" literal) is in core.js only, once for the whole page.
  expect(read("core.js")).toContain("—");
  for (const file of ["functions.js", "commands.js", "taskpane.js", "shared.js"]) expect([file, read(file).includes("—")]).toEqual([file, false]);
  expect(read("shared.js")).toContain("react.");
  const total = ["core.js", "functions.js", "shared.js", "commands.js", "taskpane.js"].reduce((sum, file) => sum + gzipSize(read(file)), 0);
  expect(printed).toContain(`taskpane.html: initial JS ${(total / 1024).toFixed(1)} KB gzip in 5 files`);
}, 120000);
