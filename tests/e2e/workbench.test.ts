/**
 * Browser tests of the workbench in Debian's Chromium (playwright-core, never a downloaded
 * browser): the real task pane on the in-memory host, on the sample workbook (楚雄州 2024H1,
 * figures from ../shared/reference/chuxiong-2024H1-report.txt) in Chinese and English, and on
 * a malformed workbook. Screenshots of each step go to test-results/e2e/.
 */
import fs from "fs";
import path from "path";
import JSZip from "jszip";
import { chromium, type Browser, type Page } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath, ensureWorkbenchBuild } from "./browser";
import { serveStatic, type StaticServer } from "./staticServer";
import { wholeGridText } from "./gridText";
import { recordNetwork } from "./network";

const ROOT = path.resolve(__dirname, "../..");
const SHOTS = path.join(ROOT, "test-results", "e2e");
const executablePath = chromiumPath();
const ci = process.env.CI === "true";

// Issue 4's three sentences, as the sample workbook must produce them.
const SENTENCES = [
  "全州共发生各类生产安全事故23起、死亡26人、受伤11人，同比事故起数增加3起、上升15%，死亡人数增加5人、上升23.8%，受伤人数增加5人、上升83.3%",
  "造成直接经济损失12322.34万元，其中：房屋及居民家庭财产损失126.59万元，农林牧渔业损失11810.23万元，工矿商贸业损失100万元，基础设施损失265.76万元，公共服务损失19.76万元",
  "发现安全隐患411条，完成整改378条，整改率92%",
];

if (!executablePath) {
  if (ci) {
    test("Chromium is installed (required under CI=true)", () => {
      throw new Error("No Chromium at /usr/bin/chromium: install Debian's chromium package (apt-get install -y chromium); CI must run the browser tests.");
    });
  } else {
    console.warn("Browser tests skipped: no Chromium at /usr/bin/chromium (apt-get install chromium to run them).");
    test.skip("browser tests (no Chromium installed)", () => undefined);
  }
} else {
  describe("the workbench in Chromium", () => {
    let server: StaticServer;
    let browser: Browser;
    const timings: string[] = [];

    beforeAll(async () => {
      ensureWorkbenchBuild(ROOT);
      fs.mkdirSync(SHOTS, { recursive: true });
      server = await serveStatic({ "/": path.join(ROOT, "dist"), "/fixtures/": path.join(ROOT, "tests/fixtures") });
      browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    }, 360000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      console.log(`Browser test screenshots: ${SHOTS}\n${timings.join("\n")}`);
    });

    async function shot(page: Page, name: string) {
      await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: false });
    }

    /** Opens the workbench; returns the milliseconds until the pane can be used and until the workbook is drawn. */
    async function openWorkbench(page: Page, query: string): Promise<string> {
      const start = Date.now();
      await page.goto(`${server.url}/workbench.html${query}`);
      await page.getByTestId("detect-button").waitFor({ state: "visible" });
      const pane = Date.now() - start;
      await page.getByTestId("grid").waitFor({ state: "visible" });
      return `${pane} ms (sample workbook drawn after ${Date.now() - start} ms)`;
    }

    async function generate(page: Page): Promise<number> {
      await page.getByTestId("tab-generate").click();
      const start = Date.now();
      await page.getByTestId("generate-button").click();
      await page.locator('[data-testid="generate-result"], [data-testid="pane-error"]').first().waitFor({ state: "visible" });
      const elapsed = Date.now() - start;
      const error = await page.getByTestId("pane-error").count();
      if (error) throw new Error(`Generate failed: ${await page.getByTestId("pane-error").innerText()}`);
      return elapsed;
    }

    test("Chinese: open, detect, change an option, generate; the summary sheet, narrative, 核对 and charts", async () => {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(String(e)));
      // "No data leaves the machine": every request of the whole flow goes to the page's own origin.
      const network = recordNetwork(page);
      const ready = await openWorkbench(page, "");
      timings.push(`open → task pane ready (zh): ${ready}`);
      expect(await page.getByTestId("simulation-banner").innerText()).toContain("模拟环境：这不是 Excel / Simulation — this is not Excel");
      expect(await page.getByTestId("tab-detect").innerText()).toBe("识别");
      await shot(page, "zh-01-open");

      await page.getByTestId("detect-button").click();
      await page.getByTestId("detected-table").first().waitFor();
      const summary = await page.getByTestId("detect-summary").innerText();
      expect(await page.getByTestId("detected-table").count()).toBeGreaterThanOrEqual(3);
      expect(summary).toMatch(/表格 \d+/);
      await shot(page, "zh-02-detect");

      await page.getByTestId("tab-options").click();
      await page.getByLabel("另建新的汇总表").check();
      await page.getByText("设置已保存在此工作簿中。").waitFor();
      await shot(page, "zh-03-options");

      const written = await generate(page);
      timings.push(`click Generate → summary written (zh): ${written} ms`);
      const narrative = await page.getByTestId("narrative").innerText();
      for (const sentence of SENTENCES) expect(narrative).toContain(sentence);
      const sheetName = (await page.getByTestId("open-summary").innerText()).split("：").pop()!.trim();
      await page.getByTestId("open-summary").click();
      await page.locator(`[data-testid="grid"][data-sheet="${sheetName}"]`).waitFor();
      const gridText = await wholeGridText(page);
      for (const figure of ["23", "20", "26", "21", "411", "378"]) expect(gridText).toContain(figure);
      expect(gridText).toMatch(/12,?322\.34/);
      expect(gridText).toContain("综述");
      expect(gridText).toContain("核对");
      const charts = page.getByTestId("chart");
      expect(await charts.count()).toBeGreaterThanOrEqual(3);
      expect(await page.getByTestId("chart-mark").count()).toBeGreaterThan(6);
      await shot(page, "zh-04-summary");

      // 核对: the sample carries one documented slip (assets/samples/README.md: 隐患排查治理!G9, stated 95,
      // recomputed 89.58); clicking it selects its cell in its sheet.
      const findings = page.getByTestId("finding-link");
      expect(await findings.allInnerTexts()).toEqual(["隐患排查治理!G9"]);
      const target = (await findings.first().innerText()).trim();
      const [findingSheet, findingCell] = [target.slice(0, target.lastIndexOf("!")), target.slice(target.lastIndexOf("!") + 1)];
      await findings.first().click();
      await page.locator(`[data-testid="grid"][data-sheet="${findingSheet}"]`).waitFor();
      const selected = await page.locator(`[data-cell="${findingCell.split(":")[0]}"]`).evaluate((el) => getComputedStyle(el).outlineStyle);
      expect(selected).toBe("solid");
      await shot(page, "zh-05-finding");
      expect(errors).toEqual([]);
      const paths = network.requests.map((url) => new URL(url).pathname).join(" ");
      timings.push(`requests during the flow (zh): ${network.requests.length} (${paths}), origins: ${network.origins().join(", ")}`);
      expect(network.requests.length).toBeGreaterThan(0);
      expect(network.foreign([new URL(server.url).origin])).toEqual([]);
      expect(network.cspViolations).toEqual([]);
      await page.close();
    }, 120000);

    test("English: the pane and the narrative in English", async () => {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      const ready = await openWorkbench(page, "?lang=en");
      timings.push(`open → task pane ready (en): ${ready}`);
      expect(await page.getByTestId("tab-detect").innerText()).toBe("Detect");
      await page.getByTestId("detect-button").click();
      await page.getByTestId("detected-table").first().waitFor();
      await shot(page, "en-01-detect");
      await page.getByTestId("tab-options").click();
      await page.getByTestId("option-decimals").selectOption("1");
      await page.getByTestId("option-language").getByLabel("English").check();
      await shot(page, "en-02-options");
      const written = await generate(page);
      timings.push(`click Generate → summary written (en): ${written} ms`);
      const narrative = await page.getByTestId("narrative").innerText();
      expect(narrative).toMatch(/23 .*accidents?/i);
      expect(narrative).toMatch(/CNY 123\.22 million/);
      expect(narrative).toMatch(/92%/);
      expect(narrative).not.toMatch(/[\u4e00-\u9fff]{6,}/);
      expect(await page.getByTestId("chart").count()).toBeGreaterThanOrEqual(0);
      await shot(page, "en-03-summary");
      // 下载汇总工作簿 gives what the pane shows: the English summary just written, not a Chinese default.
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-summary").click()]);
      const zip = await JSZip.loadAsync(fs.readFileSync(await download.path()));
      const workbook = await zip.file("xl/workbook.xml")!.async("string");
      expect(workbook).toContain('name="Summary"');
      expect(workbook).not.toContain('name="汇总"');
      const sheets = await Promise.all(
        Object.keys(zip.files)
          .filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))
          .map((f) => zip.file(f)!.async("string")),
      );
      expect(sheets.some((xml) => xml.includes("CNY 123.22 million"))).toBe(true);
      await page.close();
    }, 120000);

    test("a damaged workbook gets a clear bilingual message, not a blank page", async () => {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.goto(`${server.url}/workbench.html?file=/fixtures/malformed-corrupt.xlsx`);
      const message = await page.getByTestId("workbook-error").innerText();
      // The fixture is text under an .xlsx name: the reader's own words (files.csv) after naming the file.
      expect(message).toContain("无法读取这个工作簿");
      expect(message).toContain("该文件是文本（CSV）文件，只是扩展名为 .xlsx；");
      expect(message).toContain("malformed-corrupt.xlsx");
      await shot(page, "malformed-01-corrupt");
      await page.close();
    }, 60000);

    test("a file that cannot be opened (text named .xls) is refused in the catalogue’s words and the open workbook stays, its pane working", async () => {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await openWorkbench(page, "");
      const before = await page.getByTestId("workbook-name").innerText();
      await page
        .getByTestId("file-input")
        .setInputFiles({ name: "县报表.xls", mimeType: "application/vnd.ms-excel", buffer: Buffer.from("not a workbook at all") });
      const message = await page.getByTestId("workbook-error").innerText();
      // The catalogue's words in the page's language, naming the file and its own extension (it said ".xlsx").
      expect(message).toContain("县报表.xls");
      expect(message).toContain("该文件是文本（CSV）文件，只是扩展名为 .xls；");
      expect(message).not.toMatch(/JSZip|Error:|undefined/);
      expect(await page.getByTestId("workbook-name").innerText()).toBe(before);
      expect(await page.getByTestId("grid").isVisible()).toBe(true);
      // The pane still works on the sample: Detect reads it (the open failure is the page's message, not the pane's).
      const pane = page.getByTestId("pane-frame");
      await pane.getByTestId("detect-button").click();
      await pane.locator('[data-testid="detect-summary"], [data-testid="pane-error"]').first().waitFor({ state: "visible" });
      expect(await pane.getByTestId("pane-error").count()).toBe(0);
      expect(await pane.getByTestId("detected-table").count()).toBeGreaterThan(0);
      await shot(page, "malformed-03-xls-kept-open");
      await page.close();
    }, 120000);

    test("a cancelled open is a status, not an error: the workbook on the page stays and nothing says 出错了", async () => {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      // Messages to a book worker are held once asked: the open then waits as a very large file's would, until Cancel.
      await page.addInitScript(() => {
        const send = Worker.prototype.postMessage;
        Worker.prototype.postMessage = function (this: Worker, ...args: unknown[]) {
          if ((globalThis as { holdWorkers?: boolean }).holdWorkers) return;
          send.apply(this, args as never);
        } as Worker["postMessage"];
      });
      await openWorkbench(page, "");
      expect(await page.getByTestId("workbook-name").innerText()).toBe("bureau-2024H1.xlsx");
      await page.evaluate(() => ((globalThis as { holdWorkers?: boolean }).holdWorkers = true));
      await page.getByTestId("file-input").setInputFiles(path.join(ROOT, "tests/fixtures/ledger-real-dates.xlsx"));
      await page.getByTestId("cancel-open").click();
      await page.getByTestId("open-progress").waitFor({ state: "detached" });
      const said = page.getByTestId("workbook-error");
      expect(await said.innerText()).toBe("已取消打开“ledger-real-dates.xlsx”。当前工作簿“bureau-2024H1.xlsx”未受影响。");
      expect(await said.getByRole("status").count()).toBe(1);
      expect(await page.getByRole("alert").count()).toBe(0);
      expect(await page.getByText("出错了").count()).toBe(0);
      // Nothing lost: the sample is still on the page.
      expect(await page.getByTestId("workbook-name").innerText()).toBe("bureau-2024H1.xlsx");
      expect(await page.getByTestId("grid").isVisible()).toBe(true);
      await shot(page, "open-cancelled");
      await page.close();
    }, 120000);

    test("a workbook with only an empty sheet says what the reader expected", async () => {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.goto(`${server.url}/workbench.html?file=/fixtures/malformed-empty-sheet.xlsx`);
      await page.getByTestId("detect-button").click();
      const empty = page.getByTestId("detect-empty");
      await empty.waitFor();
      expect(await empty.innerText()).toContain("没有识别到可用的表格或台账");
      await shot(page, "malformed-02-empty");
      await page.close();
    }, 60000);

    test("a ledger's date cells show as the workbook formats them (2023-01-01 11:06), not as serial numbers (44927)", async () => {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.goto(`${server.url}/workbench.html?file=/fixtures/ledger-real-dates.xlsx`);
      await page.getByTestId("grid").waitFor({ state: "visible" });
      // B2 holds 44927.4625 under "yyyy-mm-dd hh:mm" (openpyxl: 2023-01-01 11:06:00); B3 44929.0708…
      expect(await page.locator('[data-testid="grid"] td[data-cell="B2"]').innerText()).toBe("2023-01-01 11:06");
      expect(await page.locator('[data-testid="grid"] td[data-cell="B3"]').innerText()).toBe("2023-01-03 01:42");
      await shot(page, "ledger-dates");
      await page.close();
    }, 60000);
  });
}
