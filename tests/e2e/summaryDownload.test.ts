/**
 * The workbench's 下载汇总工作簿 / Download summary workbook button in Debian's Chromium: the
 * .summary.xlsx is made in the file-maker worker from the opened file (no upload: every request
 * goes to the page's own origin, and none carries a body), the download keeps every part of the
 * sample byte for byte and adds the summary sheet with its three charts. The downloaded file is then rendered
 * once with LibreOffice (soffice, headless HTML export, which draws each chart to a PNG), and the
 * rendering is shown in Chromium and saved to test-results/e2e/ so a person can look at it.
 */
import { execFileSync } from "child_process";
import crypto from "crypto";
import fs from "fs";
import os from "os";
import path from "path";
import JSZip from "jszip";
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath, ensureWorkbenchBuild } from "./browser";
import { serveStatic, type StaticServer } from "./staticServer";
import { recordNetwork } from "./network";

const ROOT = path.resolve(__dirname, "../..");
const SHOTS = path.join(ROOT, "test-results", "e2e");
const SAMPLE = path.join(ROOT, "assets/samples/bureau-2024H1.xlsx");
const executablePath = chromiumPath();
const ci = process.env.CI === "true";
const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => fs.existsSync(p));
const sha = (b: Uint8Array) => crypto.createHash("sha256").update(b).digest("hex");

if (!executablePath) {
  if (ci)
    test("Chromium is installed (required under CI=true)", () => {
      throw new Error("No Chromium at /usr/bin/chromium: install Debian's chromium package.");
    });
  else test.skip("browser tests (no Chromium installed)", () => undefined);
} else {
  describe("the summary workbook download in Chromium", () => {
    let server: StaticServer;
    let browser: Browser;
    let dir: string;
    let downloaded: string;

    beforeAll(async () => {
      ensureWorkbenchBuild(ROOT);
      fs.mkdirSync(SHOTS, { recursive: true });
      dir = fs.mkdtempSync(path.join(os.tmpdir(), "bureau-download-"));
      server = await serveStatic({ "/": path.join(ROOT, "dist"), "/fixtures/": path.join(ROOT, "tests/fixtures") });
      browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    }, 360000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    test("the button downloads the sample's summary workbook without sending anything anywhere", async () => {
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
      const button = page.getByTestId("download-summary");
      expect(await button.innerText()).toBe("下载汇总工作簿");
      const before = network.requests.length;
      const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60000 }), button.click()]);
      expect(download.suggestedFilename()).toBe("bureau-2024H1.summary.xlsx");
      downloaded = path.join(dir, download.suggestedFilename());
      await download.saveAs(downloaded);
      // The writer runs in its own worker (a chunk of its own), fetched when the button is pressed.
      expect(network.requests.slice(before).some((url) => /file-maker/.test(url))).toBe(true);
      expect(network.foreign([new URL(server.url).origin])).toEqual([]);
      expect(bodies).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }, 120000);

    let chartCount = 0;
    test("the downloaded file keeps every part of the sample byte for byte and adds the summary sheet with its charts", async () => {
      const input = await JSZip.loadAsync(fs.readFileSync(SAMPLE));
      const output = await JSZip.loadAsync(fs.readFileSync(downloaded));
      const edited = ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"];
      for (const name of Object.keys(input.files).filter((n) => !input.files[n].dir && !edited.includes(n)))
        expect([name, sha(await output.file(name)!.async("uint8array"))]).toEqual([name, sha(await input.file(name)!.async("uint8array"))]);
      expect(await output.file("xl/workbook.xml")!.async("string")).toContain('name="汇总"');
      // The sample has no chart of its own; its plan has at least the accident columns, the loss doughnut and the 整改率 bars.
      chartCount = Object.keys(output.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).length;
      expect(chartCount).toBeGreaterThanOrEqual(3);
    });

    const render = soffice ? test : ci ? test : test.skip;
    render(
      "LibreOffice opens the download and draws every chart; the rendering is saved for a person to look at",
      async () => {
        if (!soffice) throw new Error("No LibreOffice (soffice): install libreoffice-calc-nogui; CI must render the summary workbook.");
        const out = path.join(dir, "render");
        fs.mkdirSync(out);
        // A private profile, so this soffice does not collide with another test's.
        execFileSync(
          soffice,
          [`-env:UserInstallation=file://${path.join(dir, "lo-profile")}`, "--headless", "--convert-to", "html", "--outdir", out, downloaded],
          {
            stdio: "pipe",
            timeout: 120000,
          },
        );
        const html = fs.readFileSync(path.join(out, "bureau-2024H1.summary.html"), "utf8");
        const images = [...html.matchAll(/<img src="([^"]+\.png)"/g)].map((m) => m[1]);
        expect(images).toHaveLength(chartCount);
        for (const image of images) {
          const png = fs.readFileSync(path.join(out, image));
          expect(png.readUInt32BE(16)).toBeGreaterThan(300); // width
          expect(png.length).toBeGreaterThan(5000); // more than an empty frame
          fs.copyFileSync(path.join(out, image), path.join(SHOTS, `summary-libreoffice-chart-${images.indexOf(image) + 1}.png`));
        }
        const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
        await page.goto(`file://${path.join(out, "bureau-2024H1.summary.html")}`);
        const summary = page.locator("img").first();
        await summary.scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(SHOTS, "summary-libreoffice.png"), fullPage: true });
        await page.close();
      },
      180000,
    );
  });
}
