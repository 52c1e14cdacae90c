/** @jest-environment jsdom */
/**
 * The ribbon always works and always answers. OfficeDev/office-js#5176: a first ribbon click did
 * nothing where `Office.actions.associate` waited inside `Office.onReady` in a page that also
 * loaded Fluent UI v9. So: the command registers when its bundle loads, before Office is ready;
 * nothing of React or Fluent UI is on the static import path of the commands or of the pane's
 * entry (the pane's React tree comes by dynamic import after Office is ready); the button shows
 * the pane after publishing its result; manifest.xml has no TaskpaneId under the shared runtime.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { BELOW_FLOOR_MESSAGE } from "../../src/excel/requirements";

const root = path.resolve(__dirname, "../..");

/** Modules reached by static (value) imports from a file: relative files and package names. */
function staticGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const resolve = (from: string, spec: string) => {
    const base = path.resolve(path.dirname(from), spec);
    return [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
  };
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const sf = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.ES2020, true);
    for (const st of sf.statements) {
      let spec: string | undefined;
      if (ts.isImportDeclaration(st) && !st.importClause?.isTypeOnly) spec = (st.moduleSpecifier as ts.StringLiteral).text;
      if (ts.isExportDeclaration(st) && st.moduleSpecifier && !st.isTypeOnly) spec = (st.moduleSpecifier as ts.StringLiteral).text;
      if (!spec) continue;
      if (spec.startsWith(".")) {
        const target = resolve(file, spec);
        if (target) visit(target);
      } else packages.add(spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]);
    }
  };
  visit(entry);
  return { files, packages };
}

const UI = ["react", "react-dom", "@fluentui/react-components", "@fluentui/react-icons"];

describe("what loads with the ribbon command", () => {
  test("the scanner sees React and Fluent UI on the pane's lazily loaded tree (so it can find them)", () => {
    const { packages } = staticGraph(path.join(root, "src/taskpane/mountPane.tsx"));
    expect(packages.has("react-dom")).toBe(true);
    expect([...packages].some((p) => p.startsWith("@fluentui"))).toBe(true);
  });

  test("neither the commands bundle nor the pane's entry imports React or Fluent UI statically", () => {
    for (const entry of ["src/commands/commands.ts", "src/taskpane/index.tsx"]) {
      const { packages, files } = staticGraph(path.join(root, entry));
      expect([...packages].filter((p) => UI.includes(p) || p.startsWith("@fluentui"))).toEqual([]);
      expect([...files].some((f) => f.endsWith("mountPane.tsx"))).toBe(false);
    }
  });
});

describe("registration order in the shared runtime", () => {
  type Ready = () => void;
  let readyCallbacks: Ready[];
  let associate: jest.Mock;
  let supported: Record<string, boolean>;

  beforeEach(() => {
    jest.resetModules();
    readyCallbacks = [];
    associate = jest.fn();
    supported = { ExcelApi: true, SharedRuntime: true };
    document.body.innerHTML = '<div id="container"></div>';
    (globalThis as unknown as { Office: unknown }).Office = {
      actions: { associate },
      onReady: (cb: Ready) => void readyCallbacks.push(cb),
      context: {
        displayLanguage: "zh-CN",
        requirements: { isSetSupported: (name: string) => supported[name] ?? false },
      },
      addin: { showAsTaskpane: jest.fn(async () => undefined) },
    };
  });
  afterEach(() => {
    delete (globalThis as unknown as { Office?: unknown }).Office;
  });

  const flush = () => new Promise((r) => setTimeout(r, 0));

  test("the command is associated when its bundle loads, before Office is ready and before the pane's React tree loads", async () => {
    const events: string[] = [];
    associate.mockImplementation((id: string) => events.push(`associate ${id}`));
    jest.doMock("../../src/taskpane/mountPane", () => {
      events.push("pane module loaded");
      return { mountPane: () => events.push("pane rendered") };
    });
    jest.isolateModules(() => {
      jest.requireActual("../../src/commands/commands");
      jest.requireActual("../../src/taskpane/index");
    });
    expect(events).toEqual(["associate generateSummary"]);
    expect(readyCallbacks).toHaveLength(1); // only the pane waits for Office
    readyCallbacks.forEach((cb) => cb());
    await flush();
    await flush();
    expect(events).toEqual(["associate generateSummary", "pane module loaded", "pane rendered"]);
  });

  test("below the floor the pane shows the bilingual message and never loads React", async () => {
    supported.ExcelApi = false;
    const loaded = jest.fn();
    jest.doMock("../../src/taskpane/mountPane", () => {
      loaded();
      return { mountPane: () => undefined };
    });
    jest.isolateModules(() => jest.requireActual("../../src/taskpane/index"));
    readyCallbacks.forEach((cb) => cb());
    await flush();
    const text = document.getElementById("container")!.textContent!;
    expect(text).toContain(BELOW_FLOOR_MESSAGE.zh);
    expect(text).toContain(BELOW_FLOOR_MESSAGE.en);
    expect(loaded).not.toHaveBeenCalled();
  });

  test("the button shows the pane through Office.addin.showAsTaskpane where SharedRuntime 1.1 is supported, and not elsewhere", async () => {
    const office = (globalThis as unknown as { Office: { addin: { showAsTaskpane: jest.Mock } } }).Office;
    const { showPaneIfSupported } = jest.requireActual("../../src/commands/ribbonSummary") as typeof import("../../src/commands/ribbonSummary");
    await showPaneIfSupported();
    expect(office.addin.showAsTaskpane).toHaveBeenCalledTimes(1);
    supported.SharedRuntime = false;
    await showPaneIfSupported();
    expect(office.addin.showAsTaskpane).toHaveBeenCalledTimes(1);
  });

  test("the button publishes its result before it shows the pane, on success and on failure", async () => {
    const { runRibbonSummary } = jest.requireActual("../../src/commands/ribbonSummary") as typeof import("../../src/commands/ribbonSummary");
    const { subscribeRibbonResult } = jest.requireActual("../../src/taskpane/ribbonChannel") as typeof import("../../src/taskpane/ribbonChannel");
    const { memorySettingsStore } = jest.requireActual("../../src/taskpane/settings") as typeof import("../../src/taskpane/settings");
    const order: string[] = [];
    const stop = subscribeRibbonResult((r) => order.push(r.sheetName ? "published ok" : "published failure"));
    order.length = 0;
    await runRibbonSummary(
      memorySettingsStore(),
      () => Promise.reject(new Error("x")),
      async () => void order.push("shown"),
    );
    stop();
    expect(order).toEqual(["published failure", "shown"]);
  });
});

test("manifest.xml gives no Action a TaskpaneId (the shared runtime's page is the pane)", () => {
  const manifest = fs.readFileSync(path.join(root, "manifest.xml"), "utf8").replace(/<!--[\s\S]*?-->/g, "");
  expect(manifest).toContain('lifetime="long"');
  expect(manifest).not.toMatch(/<TaskpaneId>/);
});
