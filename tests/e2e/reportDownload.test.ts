/**
 * The workbench's 下载报告（.docx）/ Download report (.docx) button in Debian's Chromium: the report
 * is made in the browser from the opened file (no upload: every request goes to the page's own
 * origin and none carries a body), in the file-maker worker fetched when the button is pressed, and
 * the download is the sample's report — the 综述 with a bookmark per figure and native charts.
 */
import fs from "fs";
import os from "os";
import path from "path";
import JSZip from "jszip";
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath, ensureWorkbenchBuild } from "./browser";
import { serveStatic, type StaticServer } from "./staticServer";
import { recordNetwork } from "./network";

const ROOT = path.resolve(__dirname, "../..");
const executablePath = chromiumPath();

if (!executablePath) {
  if (process.env.CI === "true")
    test("Chromium is installed (required under CI=true)", () => {
      throw new Error("No Chromium at /usr/bin/chromium: install Debian's chromium package.");
    });
  else test.skip("browser tests (no Chromium installed)", () => undefined);
} else {
  describe("the report download in Chromium", () => {
    let server: StaticServer;
    let browser: Browser;
    let dir: string;

    beforeAll(async () => {
      ensureWorkbenchBuild(ROOT);
      dir = fs.mkdtempSync(path.join(os.tmpdir(), "bureau-report-"));
      server = await serveStatic({ "/": path.join(ROOT, "dist"), "/fixtures/": path.join(ROOT, "tests/fixtures") });
      browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    }, 360000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    test("the button downloads the sample's report without sending anything anywhere", async () => {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(String(e)));
      const bodies: string[] = [];
      page.on("request", (r) => {
        if (r.postData()) bodies.push(`${r.method()} ${r.url()}`);
      });
      const network = recordNetwork(page);
      await page.goto(`${server.url}/workbench.html`);
      await page.getByTestId("grid").waitFor({ state: "visible" });
      const button = page.getByTestId("download-report");
      expect(await button.innerText()).toBe("下载报告（.docx）");
      const before = network.requests.length;
      const [download] = await Promise.all([page.waitForEvent("download", { timeout: 90000 }), button.click()]);
      expect(download.suggestedFilename()).toBe("bureau-2024H1.report.docx");
      const saved = path.join(dir, download.suggestedFilename());
      await download.saveAs(saved);
      // The .docx writer runs in the file-maker worker, fetched when the button is pressed.
      expect(network.requests.slice(before).some((url) => /file-maker/.test(url))).toBe(true);
      expect(network.foreign([new URL(server.url).origin])).toEqual([]);
      expect(bodies).toEqual([]);
      expect(errors).toEqual([]);
      const zip = await JSZip.loadAsync(fs.readFileSync(saved));
      const doc = await zip.file("word/document.xml")!.async("string");
      expect(doc.includes("全州共发生各类生产安全事故")).toBe(true);
      expect(doc.includes('w:name="F1_事故分县统计_B5"')).toBe(true);
      expect(Object.keys(zip.files).filter((n) => /^word\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(3);
      await page.close();
    }, 180000);
  });
}
