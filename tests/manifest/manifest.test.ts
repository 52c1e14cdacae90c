/**
 * The manifest, read offline (jsdom's DOMParser; the online validator is `npm run validate`).
 * Expected values come from issue 2 ("The project") and Microsoft's shared-runtime manifest shape.
 * Every URL the manifest names must be an output of the build: checked against the outputs
 * webpack.config.js declares and, when a production build exists in dist/, against its files.
 */
import * as fs from "fs";
import * as path from "path";
import { JSDOM } from "jsdom";
import { PNG } from "pngjs";

const root = path.resolve(__dirname, "../..");
const DEV_ORIGIN = "https://localhost:3000/";
const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const { DOMParser } = new JSDOM("").window;
const doc = new DOMParser().parseFromString(xml, "application/xml");

/** Elements by local name, whatever their namespace prefix. */
function all(name: string, scope: Document | Element = doc): Element[] {
  return Array.from(scope.getElementsByTagNameNS("*", name));
}
function one(name: string, scope: Document | Element = doc): Element {
  const found = all(name, scope);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0];
}
/** The one direct child of that local name. */
function child(element: Element, name: string): Element {
  const found = Array.from(element.children).filter((c) => c.localName === name);
  if (found.length !== 1) throw new Error(`expected one <${name}> in <${element.localName}>, found ${found.length}`);
  return found[0];
}
const xsiType = (element: Element) => element.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type");
const resource = (id: string) => all("*").find((element) => element.getAttribute("id") === id && ["String", "Url", "Image"].includes(element.localName));
const zhOverride = (element: Element | undefined) =>
  element &&
  Array.from(element.children)
    .find((child) => child.localName === "Override" && child.getAttribute("Locale") === "zh-CN")
    ?.getAttribute("Value");

describe("manifest.xml", () => {
  test("is well-formed XML for an Excel task-pane add-in", () => {
    expect(all("parsererror")).toHaveLength(0);
    expect(xsiType(doc.documentElement)).toBe("TaskPaneApp");
    expect(
      all("Host")
        .filter((h) => h.getAttribute("Name"))
        .map((h) => h.getAttribute("Name")),
    ).toEqual(["Workbook"]);
    expect(one("DefaultLocale").textContent).toBe("en-US");
  });

  test("asks for a shared runtime that lives as long as the workbook", () => {
    const set = all("Set").find((s) => s.getAttribute("Name") === "SharedRuntime");
    expect(set?.getAttribute("MinVersion")).toBe("1.1");
    const runtime = one("Runtime");
    expect(runtime.getAttribute("resid")).toBe("Taskpane.Url");
    expect(runtime.getAttribute("lifetime")).toBe("long");
    expect(one("FunctionFile").getAttribute("resid")).toBe("Taskpane.Url");
  });

  test("declares the custom functions under the BUREAU namespace, on the shared page", () => {
    const point = all("ExtensionPoint").find((e) => xsiType(e) === "CustomFunctions");
    expect(point).toBeDefined();
    expect(point!.parentElement!.localName).toBe("AllFormFactors");
    const namespaceId = one("Namespace", point!).getAttribute("resid")!;
    expect(resource(namespaceId)?.getAttribute("DefaultValue")).toBe("BUREAU");
    expect(one("SourceLocation", one("Page", point!)).getAttribute("resid")).toBe("Taskpane.Url");
    const metadata = resource(one("SourceLocation", one("Metadata", point!)).getAttribute("resid")!);
    expect(metadata?.getAttribute("DefaultValue")).toBe(`${DEV_ORIGIN}functions.json`);
    expect(zhOverride(metadata)).toBe(`${DEV_ORIGIN}functions.zh-CN.json`);
  });

  test("puts one group with the task-pane and summary buttons on the Home tab", () => {
    const tab = one("OfficeTab");
    expect(tab.getAttribute("id")).toBe("TabHome");
    const controls = all("Control", one("Group", tab));
    expect(controls).toHaveLength(2);
    const [pane, summary] = controls.map((control) => one("Action", control));
    expect(xsiType(pane)).toBe("ShowTaskpane");
    expect(xsiType(summary)).toBe("ExecuteFunction");
    expect(one("FunctionName", summary).textContent).toBe("generateSummary");
  });

  test("labels the group and buttons in Chinese with the names the issue gives", () => {
    const label = (element: Element) => resource(child(element, "Label").getAttribute("resid")!);
    const [pane, summary] = all("Control");
    expect(zhOverride(label(one("Group")))).toBe("应急统计");
    expect(label(pane)?.getAttribute("DefaultValue")).toBe("Show task pane");
    expect(zhOverride(label(pane))).toBe("应急统计");
    expect(label(summary)?.getAttribute("DefaultValue")).toBe("Generate summary");
    expect(zhOverride(label(summary))).toBe("一键汇总");
  });

  test("has a zh-CN override for the display name, the description and every string resource", () => {
    expect(zhOverride(child(doc.documentElement, "DisplayName"))).toBe("应急统计");
    expect(zhOverride(child(doc.documentElement, "Description"))).toMatch(/应急/);
    const strings = all("String").filter((s) => s.getAttribute("id") !== "Functions.Namespace");
    expect(strings.length).toBeGreaterThanOrEqual(7);
    for (const string of strings)
      expect([string.getAttribute("id"), zhOverride(string)]).toEqual([string.getAttribute("id"), expect.stringMatching(/[\u4e00-\u9fff]/)]);
  });

  test("points every resid at a resource that exists", () => {
    const ids = new Set(
      all("*")
        .filter((e) => ["String", "Url", "Image"].includes(e.localName) && e.getAttribute("id"))
        .map((e) => e.getAttribute("id")),
    );
    const used = all("*")
      .map((e) => e.getAttribute("resid"))
      .filter((id): id is string => id !== null);
    expect(used.length).toBeGreaterThan(10);
    for (const id of used) expect([id, ids.has(id)]).toEqual([id, true]);
  });

  test("uses icons from assets/ whose pixel sizes match what the manifest says", () => {
    const images: Array<[string, number]> = all("Image")
      .filter((image) => image.getAttribute("DefaultValue"))
      .map((image) => [image.getAttribute("DefaultValue")!, Number(image.getAttribute("id")!.match(/(\d+)x\1/)![1])]);
    images.push([one("IconUrl").getAttribute("DefaultValue")!, 64], [one("HighResolutionIconUrl").getAttribute("DefaultValue")!, 128]);
    expect(images.map(([, size]) => size).sort((a, b) => a - b)).toEqual([16, 32, 64, 80, 128]);
    for (const [url, size] of images) {
      expect(url.startsWith(`${DEV_ORIGIN}assets/`)).toBe(true);
      const png = PNG.sync.read(fs.readFileSync(path.join(root, url.slice(DEV_ORIGIN.length))));
      expect([url, png.width, png.height]).toEqual([url, size, size]);
    }
  });
});

describe("the build serves every URL of the manifest", () => {
  const urls = Array.from(new Set(xml.match(/https:\/\/localhost:3000\/[^"<\s]*/g) ?? [])).filter((url) => url !== DEV_ORIGIN);
  const files = urls.map((url) => url.slice(DEV_ORIGIN.length).replace(/#.*$/, ""));

  /** The files a production build writes, from webpack.config.js's entries, pages, copies and metadata plugins. */
  function declaredOutputs(): Set<string> {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require(path.join(root, "webpack.config.js"))({}, { mode: "production" });
    const outputs = new Set<string>(Object.keys(config.entry).map((name) => `${name}.js`));
    for (const plugin of config.plugins) {
      const options = plugin.userOptions ?? plugin.options ?? {};
      if (plugin.constructor.name === "HtmlWebpackPlugin") outputs.add(options.filename);
      if (plugin.constructor.name === "CustomFunctionsMetadataPlugin" || plugin.constructor.name === "LocalizeFunctionsPlugin") outputs.add(options.output);
      for (const pattern of plugin.patterns ?? options.patterns ?? []) {
        const source = path.join(root, pattern.from);
        if (!fs.existsSync(source)) continue;
        if (fs.statSync(source).isFile()) outputs.add(pattern.to);
        else
          for (const file of fs.readdirSync(source, { recursive: true }) as string[]) outputs.add(path.posix.join(pattern.to, file.split(path.sep).join("/")));
      }
    }
    return outputs;
  }

  test("names the pages, scripts, metadata, help and icons", () => {
    expect(files).toEqual(
      expect.arrayContaining(["taskpane.html", "functions.js", "functions.json", "functions.zh-CN.json", "functions-help.html", "assets/icon-16.png"]),
    );
  });

  test("as outputs that webpack.config.js declares", () => {
    const outputs = declaredOutputs();
    for (const file of files) expect([file, outputs.has(file)]).toEqual([file, true]);
  });

  const built = fs.existsSync(path.join(root, "dist/taskpane.html")) && fs.existsSync(path.join(root, "dist/functions.zh-CN.json"));
  (built ? test : test.skip)("as files of the production build in dist/ (run `npm run build` first)", () => {
    for (const file of files) expect([file, fs.existsSync(path.join(root, "dist", file))]).toEqual([file, true]);
    const page = fs.readFileSync(path.join(root, "dist/taskpane.html"), "utf8");
    // The shared runtime: one page loads office.js, the functions, the commands and the pane.
    for (const script of ["functions.js", "commands.js", "taskpane.js"]) expect(page).toContain(script);
    expect(page).toMatch(/office-js\/office\.js|appsforoffice\.microsoft\.com/);
  });
});
