/**
 * 合并各县报表 in Debian's Chromium, on the browser workbench: the sample county returns
 * (assets/samples/returns/) are picked with the pane's file input, read in the page (no upload:
 * every request goes to the page's own origin and none carries a body), and the consolidation
 * appears as new sheets of the simulated workbook, with the counties summed, 武定县 未报 and the
 * unreadable file listed. Screenshots go to test-results/e2e/ (and, with UPDATE_DOCS_IMAGES=1, to the
 * user guide's docs/images/).
 */
import fs from "fs";
import path from "path";
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath, ensureWorkbenchBuild } from "./browser";
import { recordNetwork } from "./network";
import { serveStatic, type StaticServer } from "./staticServer";

const ROOT = path.resolve(__dirname, "../..");
const SHOTS = path.join(ROOT, "test-results", "e2e");
const RETURNS = path.join(ROOT, "assets/samples/returns");
const executablePath = chromiumPath();

if (!executablePath) {
  if (process.env.CI === "true")
    test("Chromium is installed (required under CI=true)", () => {
      throw new Error("No Chromium at /usr/bin/chromium: install Debian's chromium package.");
    });
  else test.skip("browser tests (no Chromium installed)", () => undefined);
} else {
  describe("consolidating county returns in the workbench", () => {
    let server: StaticServer;
    let browser: Browser;

    beforeAll(async () => {
      ensureWorkbenchBuild(ROOT);
      fs.mkdirSync(SHOTS, { recursive: true });
      server = await serveStatic({ "/": path.join(ROOT, "dist") });
      browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    }, 360000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    test.each(["zh", "en"] as const)(
      "the picked returns become the consolidation's sheets, read in the page (%s)",
      async (language) => {
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        const errors: string[] = [];
        const bodies: string[] = [];
        page.on("pageerror", (e) => errors.push(String(e)));
        page.on("request", (r) => {
          if (r.postData()) bodies.push(`${r.method()} ${r.url()}`);
        });
        const network = recordNetwork(page);
        await page.goto(`${server.url}/workbench.html${language === "en" ? "?lang=en" : ""}`);
        await page.getByTestId("grid").waitFor({ state: "visible" });
        await page.getByTestId("tab-generate").click();
        const files = fs
          .readdirSync(RETURNS)
          .sort()
          .map((f) => path.join(RETURNS, f));
        await page.getByTestId("consolidate-input").setInputFiles(files);
        const result = page.getByTestId("consolidate-result");
        await result.waitFor({ state: "visible", timeout: 90000 });
        const text = await result.innerText();
        if (language === "zh") {
          expect(text).toContain("已汇总 8 个县（市）的报表（2024年1—6月）。");
          expect(text).toContain("未报：武定县");
          expect(text).toContain("无法读取“损坏的文件.xlsx”");
        } else {
          expect(text).toContain("Consolidated the returns of 8 counties (2024年1—6月).");
          expect(text).toContain("No return from: 武定县");
          expect(text).toContain('Could not read "损坏的文件.xlsx"');
        }
        const tabs = await page.getByTestId("sheet-tabs").innerText();
        for (const name of language === "zh" ? ["综合汇总", "汇总表", "分县汇总", "报送情况"] : ["Overall summary", "Consolidated", "By county", "Returns"])
          expect(tabs).toContain(name);
        await page.screenshot({ path: path.join(SHOTS, `consolidate-${language}.png`) });
        // The user guide's pictures (docs/images/) are refreshed from this run when asked.
        if (process.env.UPDATE_DOCS_IMAGES === "1")
          fs.copyFileSync(path.join(SHOTS, `consolidate-${language}.png`), path.join(ROOT, "docs", "images", `consolidate-${language}.png`));
        expect(network.foreign([new URL(server.url).origin])).toEqual([]);
        expect(bodies).toEqual([]);
        expect(errors).toEqual([]);
        await page.close();
      },
      180000,
    );
  });
}
