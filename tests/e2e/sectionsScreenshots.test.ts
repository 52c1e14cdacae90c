/**
 * Issue 15 in the browser: the workbench (the real task pane on the in-memory host, Debian's
 * Chromium) opens the national disaster form and the 月报 of scripts/fixtures/make-section-fixtures.js,
 * generates their summaries in Chinese and in English, and saves screenshots of the summary sheet
 * to test-results/e2e/sections-*.png. The figures checked are issue 15's.
 */
import fs from "fs";
import path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath, ensureWorkbenchBuild } from "./browser";
import { serveStatic, type StaticServer } from "./staticServer";
import { wholeGridText } from "./gridText";

const ROOT = path.resolve(__dirname, "../..");
const SHOTS = path.join(ROOT, "test-results", "e2e");
const executablePath = chromiumPath();

const CASES = [
  {
    name: "sections-disaster-zh",
    file: "sections-disaster.xlsx",
    language: "zh",
    narrative:
      "2024年上半年，全省各类自然灾害共造成312.45万人次受灾，17人死亡失踪，8.91万人次紧急转移安置；倒塌房屋1206间，严重损坏房屋3311间；农作物受灾面积265.3千公顷",
    grid: ["自然灾害情况", "直接经济损失（亿元）", "48.72", "312.45"],
  },
  {
    name: "sections-disaster-en",
    file: "sections-disaster.xlsx",
    language: "en",
    narrative: "natural disasters in the province affected 3.12 million people, left 17 people dead or missing",
    grid: ["Natural disasters", "48.72"],
  },
  {
    name: "sections-monthly-zh",
    file: "sections-monthly.xlsx",
    language: "zh",
    narrative: "；其中6月发生3起、死亡2人、受伤1人，同比事故起数减少1起、下降25%",
    grid: ["生产安全事故（2024年1—6月）", "生产安全事故（6月）", "去年同月"],
  },
  {
    name: "sections-monthly-en",
    file: "sections-monthly.xlsx",
    language: "en",
    narrative: "June 2024 alone had 3 accidents",
    grid: ["January–June 2024", "Same month last year"],
  },
] as const;

if (!executablePath) {
  test.skip("browser screenshots of the section summaries (no Chromium installed)", () => undefined);
} else {
  describe("the section summaries in the workbench", () => {
    let server: StaticServer;
    let browser: Browser;

    beforeAll(async () => {
      ensureWorkbenchBuild(ROOT);
      fs.mkdirSync(SHOTS, { recursive: true });
      server = await serveStatic({ "/": path.join(ROOT, "dist"), "/fixtures/": path.join(ROOT, "tests/fixtures") });
      browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    }, 360000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    async function generate(page: Page, language: "zh" | "en"): Promise<void> {
      if (language === "en") {
        await page.getByTestId("tab-options").click();
        await page.getByTestId("option-language").getByLabel("English").check();
      }
      await page.getByTestId("tab-generate").click();
      await page.getByTestId("generate-button").click();
      await page.locator('[data-testid="generate-result"], [data-testid="pane-error"]').first().waitFor({ state: "visible" });
      if (await page.getByTestId("pane-error").count()) throw new Error(`Generate failed: ${await page.getByTestId("pane-error").innerText()}`);
    }

    test.each(CASES.map((c) => [c.name, c]))(
      "%s: the summary sheet and its 综述",
      async (_name, c) => {
        // Wide and full-page, so the summary sheet's tables show beside their labels.
        const page = await browser.newPage({ viewport: { width: 2600, height: 1400 } });
        const errors: string[] = [];
        page.on("pageerror", (e) => errors.push(String(e)));
        await page.goto(`${server.url}/workbench.html?file=/fixtures/${c.file}${c.language === "en" ? "&lang=en" : ""}`);
        await page.getByTestId("detect-button").waitFor({ state: "visible" });
        await generate(page, c.language);
        expect(await page.getByTestId("narrative").innerText()).toContain(c.narrative);
        const sheetName = (await page.getByTestId("open-summary").innerText()).split(/[：:]/).pop()!.trim();
        await page.getByTestId("open-summary").click();
        await page.locator(`[data-testid="grid"][data-sheet="${sheetName}"]`).waitFor();
        const gridText = await wholeGridText(page);
        for (const text of c.grid) expect(gridText.replace(/,/g, "")).toContain(text);
        await page.screenshot({ path: path.join(SHOTS, `${c.name}.png`), fullPage: true });
        expect(errors).toEqual([]);
        await page.close();
      },
      120000,
    );
  });
}
