/**
 * @jest-environment jsdom
 */
/**
 * The old-engine guard (issue 27, item 11): on an Office that hosts add-ins in Internet Explorer's
 * Trident or the old Edge's EdgeHTML, our ES2020 bundles cannot be parsed and the pane stayed blank.
 * The guard is ES5 (acorn parses it at ecmaVersion 5; the bundles' level is checked on the built page
 * by tests/e2e/pageScripts.test.ts), runs first, and with a Trident or EdgeHTML user agent — or in an
 * engine without BigInt — shows the catalogue's message in both languages; on a current engine it
 * does nothing.
 */
import * as acorn from "acorn";
import * as path from "path";
import { MESSAGES } from "../../src/core/messages";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { engineGuardSource } = require("../../scripts/build/engineGuardPlugin.js") as { engineGuardSource(root: string): string };

const SOURCE = engineGuardSource(path.join(__dirname, "../.."));
const AGENTS = {
  trident: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko",
  edgeHtml: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041",
  webView2: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91",
};

/** Runs the guard in a fresh page with the given user agent, as the pane's first script. */
function runGuard(agent: string): HTMLElement | null {
  document.body.innerHTML = '<div id="container">pane</div>';
  delete (window as { __bureauEngineTooOld?: boolean }).__bureauEngineTooOld;
  Object.defineProperty(window.navigator, "userAgent", { value: agent, configurable: true });
  // Indirect eval: the script runs as the page would run it, at global scope.
  (0, eval)(SOURCE);
  return document.querySelector('[data-testid="engine-too-old"]');
}

test("the guard is plain ES5: it parses at ecmaVersion 5", () => {
  expect(() => acorn.parse(SOURCE, { ecmaVersion: 5 })).not.toThrow();
  // The bundles' syntax does not (what Trident chokes on, here an arrow function and optional chaining).
  expect(() => acorn.parse("const f = (a) => a?.b;", { ecmaVersion: 5 })).toThrow();
});

test.each([
  ["a Trident (Internet Explorer 11)", AGENTS.trident],
  ["an EdgeHTML (the old Edge)", AGENTS.edgeHtml],
])("with %s user agent the pane shows the message in Chinese and English instead of a blank pane", (_what, agent) => {
  const box = runGuard(agent);
  expect(box).not.toBeNull();
  expect(box!.getAttribute("role")).toBe("alert");
  expect(box!.textContent).toContain(MESSAGES.host.engineTooOld.zh);
  expect(box!.textContent).toContain(MESSAGES.host.engineTooOld.en);
  expect(box!.textContent).toContain("WebView2");
  expect(document.getElementById("container")!.style.display).toBe("none");
  expect((window as { __bureauEngineTooOld?: boolean }).__bureauEngineTooOld).toBe(true);
});

test("on WebView2 (the new Edge, Edg/) nothing is shown and the pane is left alone", () => {
  expect(runGuard(AGENTS.webView2)).toBeNull();
  expect(document.getElementById("container")!.style.display).toBe("");
});

test("an engine without BigInt (which the figures' exact arithmetic needs) gets the message whatever it calls itself", () => {
  const bigInt = (globalThis as { BigInt?: unknown }).BigInt;
  delete (globalThis as { BigInt?: unknown }).BigInt;
  try {
    expect(runGuard(AGENTS.webView2)).not.toBeNull();
  } finally {
    (globalThis as { BigInt?: unknown }).BigInt = bigInt;
  }
});
