/**
 * The built WPS add-in (issue 21, Proof: "test the built add-in folder"), in the slow project because
 * it runs the production build (webpack.wps.config.js) into a temporary folder — minutes on a loaded
 * machine. Then:
 * - the package check passes (files, ribbon.xml against the customUI schema subset, publish.xml and
 *   jsplugins.xml naming the folder, every script runnable on Chromium 67) and the sizes are printed;
 * - the built pages themselves run over the ET imitation in jsdom, as WPS would load them from the
 *   folder: index.html puts the four ribbon callbacks on window.ribbon and registers the 16 BUREAU
 *   functions, 一键汇总 writes one 汇总 sheet after the user's sheets (none of which changes) and
 *   opens pane.html, BUREAU.YOY(23, 20) gives 0.15; pane.html — the React pane of Excel over the ET
 *   services — then shows that summary with its 核对 findings, each a link to its cell.
 * jsdom's window has no setImmediate and JSZip's fallback scheduler never fires there, so the test
 * lends it Node's; Chromium runs the same reader in the browser workbench's tests.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import { TextDecoder } from "util";
import webpack from "webpack";
import { JSDOM, VirtualConsole } from "jsdom";
import { createEtHostFromXlsx, type EtHost } from "../../src/etHost/etHost";
import { SAMPLE_PATH } from "../summary/sample";
/* eslint-disable @typescript-eslint/no-require-imports */
const wpsConfig = require("../../webpack.wps.config.js");
const { checkPackage } = require("../../scripts/wps/checkPackage");
const { addinFolderName } = require("../../scripts/wps/addinPackage");
/* eslint-enable @typescript-eslint/no-require-imports */

const root = path.resolve(__dirname, "../..");
const folder = addinFolderName(JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).version);
let out: string;

beforeAll(
  async () => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), "bureau-wps-"));
    const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
    const compiler = webpack(wpsConfig({ outDir: out }, { mode: "production" }));
    const stats = await new Promise<webpack.Stats>((resolve, reject) => compiler.run((e, s) => (e || !s ? reject(e) : resolve(s))));
    await new Promise((resolve) => compiler.close(resolve));
    log.mockRestore();
    expect(stats.toJson({ all: false, errors: true }).errors).toEqual([]);
  },
  20 * 60 * 1000,
);
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

const gzip = (file: string) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;

test("the built folder passes the package check; its size is printed", () => {
  const result = checkPackage(out, folder);
  expect(result.problems).toEqual([]);
  const dir = path.join(out, folder);
  const start = ["engineCheck.js", "shared.js", "main.js"].reduce((sum, f) => sum + gzip(path.join(dir, f)), 0);
  const zip = fs.statSync(path.join(out, `${folder}.zip`)).size;
  console.log(
    `WPS PACKAGE ${JSON.stringify({ files: result.files, kib: Math.round(result.bytes / 1024), zipKib: Math.round(zip / 1024), startGzipKib: Math.round(start / 1024), scripts: result.scripts })}`,
  );
  expect(result.files).toBeGreaterThanOrEqual(8);
});

/** Loads one built page over the imitation and waits for its scripts. */
async function openPage(host: EtHost, page: string): Promise<JSDOM> {
  const errors: string[] = [];
  const virtualConsole = new VirtualConsole();
  virtualConsole.on("jsdomError", (e) => errors.push(String(e)));
  const file = path.join(out, folder, page);
  const dom = new JSDOM(fs.readFileSync(file, "utf8"), {
    url: `file://${file}`,
    runScripts: "dangerously",
    resources: "usable",
    virtualConsole,
    beforeParse(window) {
      // jsdom lacks ResizeObserver (Fluent's MessageBar uses it); Chromium has had it since 64.
      const ResizeObserver = class {
        observe(): void {}
        unobserve(): void {}
        disconnect(): void {}
      };
      Object.assign(window, { Application: host.application, TextDecoder, setImmediate, ResizeObserver });
    },
  });
  await new Promise<void>((resolve) => dom.window.addEventListener("load", () => resolve()));
  expect(errors).toEqual([]);
  return dom;
}

test(
  "the built pages run over the ET imitation: ribbon, functions, 一键汇总, the pane",
  async () => {
    const host = await createEtHostFromXlsx(fs.readFileSync(SAMPLE_PATH), "bureau-2024H1.xlsx");
    const before = host.state.sheets.map((s) => ({ name: s.name, values: JSON.stringify(s.values) }));
    const index = await openPage(host, "index.html");
    const ribbon = (index.window as unknown as { ribbon: Record<string, (control: unknown) => unknown> }).ribbon;
    expect(Object.keys(ribbon).sort()).toEqual(["GetImage", "OnAction", "OnAddinLoad", "OnGetEnabled"]);
    expect(JSON.parse(String(host.pluginStorage.get("bureauStats.functions"))).registered).toHaveLength(16);
    expect(host.customFunction("BUREAU.YOY")!.callback(23, 20)).toBe(0.15);

    expect(ribbon.OnAddinLoad({})).toBe(true);
    expect(ribbon.OnAction({ Id: "btnBureauSummary" })).toBe(true);
    for (let i = 0; i < 1200 && !host.pluginStorage.has("bureauStats.lastResult"); i++) await new Promise((r) => setTimeout(r, 50));
    const result = JSON.parse(String(host.pluginStorage.get("bureauStats.lastResult")));
    expect(result.error).toBeUndefined();
    expect(result.result.sheetName).toBe("汇总");
    expect(host.state.sheets.map((s) => s.name)).toEqual([...before.map((s) => s.name), "汇总"]);
    expect(host.state.sheets.slice(0, before.length).map((s) => ({ name: s.name, values: JSON.stringify(s.values) }))).toEqual(before);
    expect(host.taskPanes).toEqual([{ id: expect.any(Number), url: `file://${path.join(out, folder, "pane.html")}`, visible: true }]);
    index.window.close();

    const pane = await openPage(host, "pane.html");
    const doc = pane.window.document;
    for (let i = 0; i < 200 && !doc.querySelector("[data-testid=generate-result]"); i++) await new Promise((r) => setTimeout(r, 50));
    expect(doc.querySelector("[data-testid=open-summary]")!.textContent).toContain("汇总");
    const links = [...doc.querySelectorAll("[data-testid=finding-link]")].map((b) => b.textContent);
    expect(links).toEqual(result.result.findings.map((f: { sheet: string; cell: string }) => `${f.sheet}!${f.cell}`));
    pane.window.close();
  },
  5 * 60 * 1000,
);
