/**
 * The task pane at Excel's narrow default width, in Debian's Chromium: the workbench at 320 × 700
 * (its narrow layout puts the real pane first, full width) on the sample workbook, in Chinese and
 * English. On each of the four tabs, in its richest state (after Detect, after Generate), nothing
 * scrolls sideways: the pane's own container and the document have scrollWidth ≤ clientWidth, and
 * no element of the pane reaches past the pane's right edge. axe-core (node_modules/axe-core,
 * loaded into the page) finds no serious or critical violation in the pane or on the page.
 *
 * Screenshots go to test-results/e2e/narrow-*.png; with UPDATE_DOCS_IMAGES=1 the ones the user
 * guide shows (docs/使用说明.md, docs/user-guide.md) are also written to docs/images/.
 */
import fs from "fs";
import path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath, ensureWorkbenchBuild } from "./browser";
import { serveStatic, type StaticServer } from "./staticServer";

const ROOT = path.resolve(__dirname, "../..");
const SHOTS = path.join(ROOT, "test-results", "e2e");
const DOC_IMAGES = path.join(ROOT, "docs", "images");
const updateDocs = process.env.UPDATE_DOCS_IMAGES === "1";
const executablePath = chromiumPath();
const ci = process.env.CI === "true";
// axe-core is served from the page's own origin: the workbench's Content-Security-Policy (script-src 'self') refuses inline scripts.
const AXE_DIR = path.join(ROOT, "node_modules", "axe-core");

type Tab = "detect" | "options" | "generate" | "functions";
const TABS: readonly Tab[] = ["detect", "options", "generate", "functions"];

/** What one tab measured. */
interface Widths {
  readonly pane: readonly [number, number];
  readonly document: readonly [number, number];
  /** Elements of the pane whose right edge lies past the pane's (should be none). */
  readonly overflowing: readonly string[];
}

/** One axe violation, summarised. */
interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly nodes: number;
  readonly target: string;
}

if (!executablePath) {
  if (ci) {
    test("Chromium is installed (required under CI=true)", () => {
      throw new Error("No Chromium at /usr/bin/chromium: install Debian's chromium package; CI must run the browser tests.");
    });
  } else {
    console.warn("Browser tests skipped: no Chromium at /usr/bin/chromium (apt-get install chromium to run them).");
    test.skip("narrow-pane browser tests (no Chromium installed)", () => undefined);
  }
} else {
  describe("the task pane at 320 × 700 in Chromium", () => {
    let server: StaticServer;
    let browser: Browser;
    const report: string[] = [];

    beforeAll(async () => {
      ensureWorkbenchBuild(ROOT);
      fs.mkdirSync(SHOTS, { recursive: true });
      if (updateDocs) fs.mkdirSync(DOC_IMAGES, { recursive: true });
      server = await serveStatic({ "/": path.join(ROOT, "dist"), "/__axe__/": AXE_DIR });
      browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    }, 360000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      console.log(`Narrow pane (320 × 700), scrollWidth / clientWidth and axe:\n${report.join("\n")}`);
    });

    /** A viewport screenshot into test-results/e2e/, and into docs/images/ when asked to. */
    async function shot(page: Page, name: string, docName?: string) {
      const file = path.join(SHOTS, `${name}.png`);
      await page.mouse.move(0, 0); // no hover highlight left on the last button clicked
      await page.screenshot({ path: file, fullPage: false });
      if (updateDocs && docName) fs.copyFileSync(file, path.join(DOC_IMAGES, `${docName}.png`));
    }

    async function widths(page: Page): Promise<Widths> {
      return page.evaluate(() => {
        const pane = document.querySelector<HTMLElement>('[data-testid="pane-frame"]')!;
        const right = pane.getBoundingClientRect().left + pane.clientWidth;
        const overflowing = Array.from(pane.querySelectorAll<HTMLElement>("*"))
          .filter((el) => {
            const box = el.getBoundingClientRect();
            return box.width > 0 && box.right > right + 0.5;
          })
          .map((el) => `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ""} "${(el.textContent ?? "").slice(0, 30)}"`);
        const root = document.documentElement;
        return { pane: [pane.scrollWidth, pane.clientWidth], document: [root.scrollWidth, root.clientWidth], overflowing } as const;
      });
    }

    /**
     * Runs axe-core on a part of the page. `exclude` leaves selectors out; `skipRules` turns rules off.
     */
    async function axe(page: Page, selector: string, exclude: string[] = [], skipRules: string[] = []): Promise<Violation[]> {
      if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ url: "/__axe__/axe.min.js" });
      return page.evaluate(
        async ({ selector, exclude, skipRules }) => {
          type Result = { violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: string[] }> }> };
          const engine = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<Result> } }).axe;
          const rules = Object.fromEntries(skipRules.map((id) => [id, { enabled: false }]));
          const result = await engine.run({ include: [[selector]], exclude: exclude.map((x) => [x]) }, { rules });
          return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, target: v.nodes[0]?.target.join(" ") ?? "" }));
        },
        { selector, exclude, skipRules },
      );
    }

    /**
     * The whole page: everything but the workbook's cells with every rule, then the cells without
     * color-contrast (their colours are the workbook's own, drawn as written; reported, not failed).
     */
    async function axePage(page: Page): Promise<{ violations: Violation[]; cellContrast: number }> {
      const outside = await axe(page, "body", ["#sheet-grid"]);
      const cells = await axe(page, "#sheet-grid", [], ["color-contrast"]);
      const contrast = (await axe(page, "#sheet-grid")).find((v) => v.id === "color-contrast");
      return { violations: [...outside, ...cells], cellContrast: contrast?.nodes ?? 0 };
    }

    /** Brings a tab to its richest state: Detect after detecting, Generate after generating. */
    async function openTab(page: Page, tab: Tab) {
      await page.getByTestId(`tab-${tab}`).click();
      if (tab === "detect" && (await page.getByTestId("detected-table").count()) === 0) {
        await page.getByTestId("detect-button").click();
        await page.getByTestId("detected-table").first().waitFor();
      }
      if (tab === "generate" && (await page.getByTestId("generate-result").count()) === 0) {
        await page.getByTestId("generate-button").click();
        await page.locator('[data-testid="generate-result"], [data-testid="pane-error"]').first().waitFor({ timeout: 60000 });
        if (await page.getByTestId("pane-error").count()) throw new Error(`Generate failed: ${await page.getByTestId("pane-error").innerText()}`);
      }
      // axe measures the settled pane, not a frame of a fade-in (the result card animates in).
      await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
    }

    for (const language of ["zh", "en"] as const) {
      test(`${language}: every tab fits 320 px with no sideways scrolling, and axe finds nothing serious`, async () => {
        const page = await browser.newPage({ viewport: { width: 320, height: 700 } });
        const errors: string[] = [];
        page.on("pageerror", (e) => errors.push(String(e)));
        await page.goto(`${server.url}/workbench.html${language === "en" ? "?lang=en" : ""}`);
        await page.getByTestId("grid").waitFor({ state: "visible" });
        if (language === "en") {
          // The narrative in English too, so the Generate tab is English throughout.
          await page.getByTestId("tab-options").click();
          await page.getByTestId("option-language").getByLabel("English").check();
        }
        const failures: string[] = [];
        for (const tab of TABS) {
          await openTab(page, tab);
          await page.evaluate(() => window.scrollTo(0, 0));
          const w = await widths(page);
          report.push(
            `${language} ${tab.padEnd(9)} pane scrollWidth/clientWidth ${w.pane[0]}/${w.pane[1]}, document ${w.document[0]}/${w.document[1]}, elements past the edge ${w.overflowing.length}`,
          );
          if (w.pane[0] > w.pane[1]) failures.push(`${tab}: pane scrollWidth ${w.pane[0]} > clientWidth ${w.pane[1]}`);
          if (w.document[0] > w.document[1]) failures.push(`${tab}: document scrollWidth ${w.document[0]} > clientWidth ${w.document[1]}`);
          if (w.overflowing.length) failures.push(`${tab}: past the pane's edge: ${w.overflowing.slice(0, 5).join("; ")}`);
          const paneViolations = await axe(page, '[data-testid="pane-frame"]');
          report.push(`${language} ${tab.padEnd(9)} axe (pane): ${paneViolations.map((v) => `${v.id} ${v.impact} ×${v.nodes}`).join(", ") || "none"}`);
          const serious = paneViolations.filter((v) => v.impact === "serious" || v.impact === "critical");
          if (serious.length) failures.push(`${tab}: axe ${serious.map((v) => `${v.id} (${v.impact}) at ${v.target}`).join("; ")}`);
          await shot(page, `narrow-${language}-${tab}`, tab === "options" || tab === "functions" ? `pane-${tab}-${language}` : undefined);
        }
        const { violations: pageViolations, cellContrast } = await axePage(page);
        report.push(
          `${language} whole page axe: ${pageViolations.map((v) => `${v.id} ${v.impact} ×${v.nodes}`).join(", ") || "none"}; workbook cells below 4.5:1 contrast (the workbook's own colours): ${cellContrast}`,
        );
        const seriousOnPage = pageViolations.filter((v) => v.impact === "serious" || v.impact === "critical");
        if (seriousOnPage.length) failures.push(`page: axe ${seriousOnPage.map((v) => `${v.id} (${v.impact}) at ${v.target}`).join("; ")}`);

        // The pictures the user guide shows: the column mapping list, the narrative and the 核对 list.
        await openTab(page, "detect");
        await page.getByTestId("column-mapping").first().scrollIntoViewIfNeeded();
        await page
          .getByTestId("detected-table")
          .first()
          .evaluate((el) => el.scrollIntoView({ block: "start" }));
        await shot(page, `narrow-${language}-detect-columns`, `pane-detect-${language}`);
        await openTab(page, "generate");
        await page.getByTestId("generate-result").evaluate((el) => el.scrollIntoView({ block: "start" }));
        await shot(page, `narrow-${language}-generate-result`, `pane-generate-${language}`);
        await page.getByTestId("findings").evaluate((el) => el.scrollIntoView({ block: "center" }));
        await shot(page, `narrow-${language}-checks`, `pane-checks-${language}`);

        expect(failures).toEqual([]);
        expect(errors).toEqual([]);
        await page.close();
      }, 180000);

      test(`${language}: the workbench at desktop width shows the summary sheet beside the pane (user-guide picture)`, async () => {
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        await page.goto(`${server.url}/workbench.html${language === "en" ? "?lang=en" : ""}`);
        await page.getByTestId("grid").waitFor({ state: "visible" });
        await shot(page, `wide-${language}-open`, `workbench-open-${language}`);
        if (language === "en") {
          await page.getByTestId("tab-options").click();
          await page.getByTestId("option-language").getByLabel("English").check();
        }
        await openTab(page, "generate");
        const sheetName = (await page.getByTestId("open-summary").innerText())
          .split(language === "zh" ? "：" : ": ")
          .pop()!
          .trim();
        await page.getByTestId("open-summary").click();
        await page.locator(`[data-testid="grid"][data-sheet="${sheetName}"]`).waitFor();
        expect(await page.getByTestId("chart").count()).toBeGreaterThanOrEqual(1);
        await shot(page, `wide-${language}-summary`, `workbench-summary-${language}`);
        // The keyboard reaches the grid (a focusable scroll region) and the sheet tabs move with the arrow keys.
        const tabs = page.getByTestId("sheet-tab");
        const selected = await page.locator('[data-testid="sheet-tab"][aria-selected="true"]').innerText();
        expect(selected).toBe(sheetName);
        await page.locator('[data-testid="sheet-tab"][aria-selected="true"]').focus();
        await page.keyboard.press("Home");
        expect(await tabs.first().getAttribute("aria-selected")).toBe("true");
        expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("sheet-tab");
        expect(await page.locator("#sheet-grid").getAttribute("tabindex")).toBe("0");
        const violations = (await axePage(page)).violations.filter((v) => v.impact === "serious" || v.impact === "critical");
        expect(violations).toEqual([]);
        // A 核对 finding selects its cell in its sheet (the sample's documented slip, 隐患排查治理!G9).
        await page.getByTestId("finding-link").first().click();
        await page.locator('[data-testid="grid"][data-sheet="隐患排查治理"]').waitFor();
        await page.locator('[data-cell="G9"]').scrollIntoViewIfNeeded();
        await page.getByTestId("findings").evaluate((el) => el.scrollIntoView({ block: "center" }));
        await shot(page, `wide-${language}-finding`, `workbench-finding-${language}`);
        await page.close();
      }, 180000);
    }
  });
}
