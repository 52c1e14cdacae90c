/**
 * taskpane.html in Debian's Chromium (playwright-core): office.js from Microsoft's CDN, and the
 * fallback to the bundled copy when the CDN cannot be reached (an intranet: every request to it
 * is aborted). Either way the page loads, says where office.js came from
 * (window.__bureauOfficeJsSource), keeps to its Content-Security-Policy, and asks nothing of any
 * origin but its own and the office.js CDN. Screenshots go to test-results/e2e/.
 */
import fs from "fs";
import path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath } from "./browser";
import { ensureAddinBuild } from "./addinBuild";
import { recordNetwork } from "./network";
import { serveStatic, type StaticServer } from "./staticServer";

const ROOT = path.resolve(__dirname, "../..");
const SHOTS = path.join(ROOT, "test-results", "e2e");
const CDN = "https://appsforoffice.microsoft.com";
const executablePath = chromiumPath();

(executablePath ? describe : describe.skip)("taskpane.html and office.js in Chromium", () => {
  let server: StaticServer;
  let browser: Browser;
  let dist: string;

  beforeAll(async () => {
    dist = ensureAddinBuild(ROOT);
    fs.mkdirSync(SHOTS, { recursive: true });
    server = await serveStatic({ "/": dist });
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  }, 660000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The page's own text once the pane (or its not-in-Excel message) has rendered. */
  async function loaded(page: Page): Promise<string> {
    await page.waitForFunction(() => (document.getElementById("container")?.textContent ?? "").trim().length > 0, undefined, { timeout: 30000 });
    return page.locator("body").innerText();
  }

  it("references Microsoft's production CDN first, under a policy that allows only its own origin and the CDN", () => {
    const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
    // The minified page drops attribute quotes where it can.
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)/g)].map((m) => m[1]);
    // The ES5 engine guard comes first (issue 27 item 11: it must run before any bundle), then office.js.
    expect(scripts.slice(0, 3)).toEqual(["engine-guard.js", `${CDN}/lib/1/hosted/office.js`, "office-js-fallback.js"]);
    const policy = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1];
    expect(policy).toContain(`script-src 'self' ${CDN};`);
    expect(policy).toContain(`connect-src 'self' ${CDN};`);
  });

  it("falls back to the bundled office.js when the CDN cannot be reached, says so, and still loads", async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 700 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.route(`${CDN}/**`, (route) => route.abort("internetdisconnected"));
    const network = recordNetwork(page);
    await page.goto(`${server.url}/taskpane.html`);
    await loaded(page);
    expect(await page.evaluate(() => (window as unknown as { __bureauOfficeJsSource?: string }).__bureauOfficeJsSource)).toBe("fallback");
    expect(await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).toBe("object");
    const notice = await page.getByTestId("officejs-fallback-notice").innerText();
    expect(notice).toContain("已改用加载项自带的副本");
    expect(notice).toContain("bundled copy");
    await page.screenshot({ path: path.join(SHOTS, "officejs-fallback.png") });
    expect(network.requests.some((url) => url.startsWith(`${server.url}/office-js/office.js`))).toBe(true);
    // Only office.js itself was asked of the CDN: the bundled copy loads its own files from its own folder.
    expect(network.requests.filter((url) => url.startsWith(CDN))).toEqual([`${CDN}/lib/1/hosted/office.js`]);
    expect(network.requests.some((url) => url.startsWith(`${server.url}/office-js/o15apptofilemappingtable.js`))).toBe(true);
    expect(network.foreign([new URL(server.url).origin, CDN])).toEqual([]);
    expect(network.cspViolations).toEqual([]);
    expect(errors).toEqual([]);
    console.log(`taskpane.html with the CDN blocked: ${network.requests.length} requests (${network.requests.join(" ")})`);
    await page.close();
  }, 90000);

  it("uses the CDN's office.js when it answers, with no notice (the CDN is played by the bundled files)", async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 700 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.route(`${CDN}/**`, (route) => {
      const file = path.join(dist, "office-js", new URL(route.request().url()).pathname.replace(/^\/lib\/1\/hosted\//, ""));
      if (!fs.existsSync(file)) return route.fulfill({ status: 404, body: "" });
      return route.fulfill({ status: 200, contentType: "text/javascript", body: fs.readFileSync(file) });
    });
    const network = recordNetwork(page);
    await page.goto(`${server.url}/taskpane.html`);
    await loaded(page);
    expect(await page.evaluate(() => (window as unknown as { __bureauOfficeJsSource?: string }).__bureauOfficeJsSource)).toBe("cdn");
    expect(await page.getByTestId("officejs-fallback-notice").count()).toBe(0);
    expect(network.requests.some((url) => url.startsWith(`${server.url}/office-js/`))).toBe(false);
    expect(network.foreign([new URL(server.url).origin, CDN])).toEqual([]);
    expect(network.cspViolations).toEqual([]);
    expect(errors).toEqual([]);
    console.log(`taskpane.html with the CDN answering: ${network.requests.length} requests (${network.requests.join(" ")})`);
    await page.close();
  }, 90000);
});
