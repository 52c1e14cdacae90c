/** @jest-environment jsdom */
/**
 * The WPS task pane is the Excel pane (issue 21, item 2): the same React App, its services backed by
 * the ET API (src/taskpane/wps/wpsServices.ts), run here over the ET imitation loaded with the
 * sample workbook (Chuxiong 2024H1, tests/summary/sample.ts). 生成 writes the summary and lists the
 * same 核对 as the WPS flow finds, each finding selecting its cell; an edit to a sheet the summary
 * was read from offers 刷新汇总, which replaces the summary; 合并各县报表 writes the four sheets of
 * the sample county returns (assets/samples/returns) through the WPS writer; the ribbon's result
 * appears in the pane; without slips the pane says the Excel pane's verdict line; on WPS 11.8 the Functions tab says why BUREAU.* cannot be used in cells.
 */
import "../taskpane/jsdomShims";
import * as fs from "fs";
import * as path from "path";
import { TextDecoder as NodeTextDecoder } from "util";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import { memorySettingsStore } from "../../src/taskpane/settings";
import { createWpsServices } from "../../src/taskpane/wps/wpsServices";
import { subscribeWpsRibbonResults } from "../../src/taskpane/wps/ribbonResults";
import { wpsSettingsStore } from "../../src/taskpane/wps/wpsSettings";
import { createEtHostFromXlsx, type EtHost } from "../../src/etHost/etHost";
import { WPS_MESSAGES } from "../../src/core/messages/wpsMessages";
import { parseSheetMark, SHEET_MARK_KEY } from "../../src/core/summary/sheetMark";
import { FUNCTIONS_KEY, PANE_RESULT_KEY, paneResult } from "../../src/wps/addin/paneResult";
import { registerWpsFunctions } from "../../src/wps/functions";
import { generateWpsSummary } from "../../src/wps/generateSummary";
import { SAMPLE_PATH } from "../summary/sample";
import { createHostFromXlsx } from "../../src/host/excelHost";
import { readWorkbookSnapshot } from "../../src/excel/readWorkbook";
import { createExcelServices } from "../../src/taskpane/excel/excelServices";
import { generateForPane } from "../../src/taskpane/excel/summaryAdapter";
import { defaultPaneOptions } from "../../src/taskpane/options";

// Reading the sample through the imitation's saved copy and writing the summary take a while on a loaded machine.
jest.setTimeout(120_000);

// jsdom has no TextDecoder; WPS's browser has one: the copy of the workbook is read with it.
Object.assign(globalThis, { TextDecoder: globalThis.TextDecoder ?? NodeTextDecoder });

const NOW = new Date(2024, 6, 5, 9, 30);
const RETURNS = path.resolve(__dirname, "../../assets/samples/returns");
const FIXTURES = path.resolve(__dirname, "../fixtures");
// How long the pane may take to read, plan and write a summary on the imitation: the default 1 s of
// findBy/waitFor was too short for the sample on a loaded machine (load 15–17).
const SUMMARY_WAIT = { timeout: 60_000 };

let host: EtHost;
beforeEach(async () => {
  host = await createEtHostFromXlsx(fs.readFileSync(SAMPLE_PATH), "bureau-2024H1.xlsx");
});

function renderPane(app = host.application, language: "zh" | "en" = "zh") {
  return render(<App services={createWpsServices(app, { now: () => NOW })} store={memorySettingsStore()} initialLanguage={language} />);
}

test("生成 writes the summary in WPS and lists the 核对 the WPS flow finds; a finding selects its cell", async () => {
  const userSheets = host.state.sheets.map((s) => s.name);
  const expected = await generateWpsSummary(
    await createEtHostFromXlsx(fs.readFileSync(SAMPLE_PATH)).then((h) => h.application),
    {},
    undefined,
    () => undefined,
    NOW,
  );
  renderPane();
  fireEvent.click(screen.getByTestId("tab-generate"));
  fireEvent.click(screen.getByTestId("generate-button"));
  const result = await screen.findByTestId("generate-result", undefined, SUMMARY_WAIT);
  expect(screen.getByTestId("open-summary").textContent).toContain(expected.sheetName);
  expect(host.state.sheets.map((s) => s.name)).toEqual([...userSheets, expected.sheetName]);
  expect(parseSheetMark(host.findSheet(expected.sheetName)!.customProperties.get(SHEET_MARK_KEY))?.kind).toBe("summary");
  expect(screen.getByTestId("narrative").textContent).toBe(expected.narrative.join("\n"));
  const links = within(result).queryAllByTestId("finding-link");
  expect(links.map((l) => l.textContent)).toEqual(expected.findings.map((f) => `${f.sheet}!${f.cell}`));
  expect(links.length).toBeGreaterThan(0);
  fireEvent.click(links[0]);
  await waitFor(() => expect(host.state.selection).toEqual({ sheet: expected.findings[0].sheet, address: expected.findings[0].cell }));
});

test("生成 on a ledger says under 核对 how its rows were used, in the words of the sheet's 核对 and the command line (19.5)", async () => {
  const ledger = await createEtHostFromXlsx(fs.readFileSync(path.resolve(__dirname, "../fixtures/ledger-real-dates.xlsx")), "ledger.xlsx");
  const expected = await generateWpsSummary(
    await createEtHostFromXlsx(fs.readFileSync(path.resolve(__dirname, "../fixtures/ledger-real-dates.xlsx"))).then((h) => h.application),
    {},
    undefined,
    () => undefined,
    NOW,
  );
  renderPane(ledger.application);
  fireEvent.click(screen.getByTestId("tab-generate"));
  fireEvent.click(screen.getByTestId("generate-button"));
  const result = await screen.findByTestId("generate-result", {}, { timeout: 60_000 });
  const lines = within(result)
    .queryAllByTestId("ledger-rows")
    .map((l) => l.textContent);
  expect(lines).toEqual((expected.ledgerRows ?? []).map((m) => m.zh));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^台账“.+”共\d+行：计入统计\d+行/);
});

test("an edit to a sheet the summary was read from offers 刷新汇总, which replaces the summary (no second sheet)", async () => {
  renderPane();
  fireEvent.click(screen.getByTestId("tab-generate"));
  fireEvent.click(screen.getByTestId("generate-button"));
  await screen.findByTestId("generate-result", undefined, SUMMARY_WAIT);
  const sheets = host.state.sheets.map((s) => s.name);
  // An edit to a sheet nobody read changes nothing; one to a source sheet does.
  act(() => host.editCells(sheets[sheets.length - 1], "Z1", [[1]]));
  expect(screen.queryByTestId("stale-notice")).toBeNull();
  const source = host.state.sheets[0].name;
  act(() => host.editCells(source, "Z1", [[1]]));
  const notice = await screen.findByTestId("stale-notice");
  expect(notice.textContent).toContain("Z1");
  fireEvent.click(screen.getByTestId("refresh-summary"));
  await waitFor(() => expect(screen.queryByTestId("stale-notice")).toBeNull(), SUMMARY_WAIT);
  await screen.findByTestId("generate-result", undefined, SUMMARY_WAIT);
  await waitFor(() => expect(host.state.sheets.map((s) => s.name)).toEqual(sheets), SUMMARY_WAIT);
});

test("合并各县报表 writes the four consolidation sheets of the sample returns into the WPS workbook, each marked", async () => {
  const userSheets = host.state.sheets.map((s) => s.name);
  renderPane();
  fireEvent.click(screen.getByTestId("tab-generate"));
  const files = fs.readdirSync(RETURNS).map((name) => {
    const bytes = fs.readFileSync(path.join(RETURNS, name));
    const file = new File([bytes], name, { lastModified: 1000 });
    Object.defineProperty(file, "arrayBuffer", { value: async () => Uint8Array.from(bytes).buffer });
    return file;
  });
  const input = screen.getByTestId("consolidate-input") as HTMLInputElement;
  Object.defineProperty(input, "files", { value: files, configurable: true });
  fireEvent.change(input);
  const result = await screen.findByTestId("consolidate-result", undefined, { timeout: 60_000 });
  expect(result.textContent).toMatch(/已汇总 \d+ 个县（市）的报表/);
  const added = host.state.sheets.map((s) => s.name).slice(userSheets.length);
  expect(added).toEqual(["综合汇总", "汇总表", "分县汇总", "报送情况"]);
  expect(added.map((name) => parseSheetMark(host.findSheet(name)!.customProperties.get(SHEET_MARK_KEY))?.kind)).toEqual([
    "summary",
    "data",
    "data",
    "consolidation",
  ]);
  // The damaged file is named, not dropped silently.
  expect(result.textContent).toContain("损坏的文件.xlsx");
});

test("the ribbon's 一键汇总 result shows in the pane when it opens, a failure as the bilingual error", async () => {
  const outcome = await generateWpsSummary(host.application, {}, undefined, () => undefined, NOW);
  host.application.PluginStorage.setItem(PANE_RESULT_KEY, JSON.stringify(paneResult(outcome, NOW)));
  const store = wpsSettingsStore(host.application);
  const view = render(
    <App
      services={createWpsServices(host.application)}
      store={store}
      initialLanguage="zh"
      subscribeRibbonResult={subscribeWpsRibbonResults(host.application, 20)}
    />,
  );
  await screen.findByTestId("generate-result", undefined, SUMMARY_WAIT);
  expect(screen.getByTestId("open-summary").textContent).toContain(outcome.sheetName);
  host.application.PluginStorage.setItem(PANE_RESULT_KEY, JSON.stringify(paneResult(WPS_MESSAGES.writeFailed, new Date(NOW.getTime() + 1000))));
  expect((await screen.findByRole("alert")).textContent).toContain(WPS_MESSAGES.writeFailed.zh);
  view.unmount();
});

test("on WPS 11.8 the Functions tab says in the pane's language why BUREAU.* cannot be used; on 12.1 it does not", async () => {
  const old = await createEtHostFromXlsx(fs.readFileSync(SAMPLE_PATH), "bureau-2024H1.xlsx", { build: "11.8.2.12085" });
  old.application.PluginStorage.setItem(FUNCTIONS_KEY, JSON.stringify(registerWpsFunctions(old.application)));
  const view = renderPane(old.application, "en");
  fireEvent.click(screen.getByTestId("tab-functions"));
  expect(screen.getByTestId("functions-unavailable").textContent).toBe(WPS_MESSAGES.functionsUnavailable("11.8.2.12085").en);
  view.unmount();
  host.application.PluginStorage.setItem(FUNCTIONS_KEY, JSON.stringify(registerWpsFunctions(host.application)));
  renderPane();
  fireEvent.click(screen.getByTestId("tab-functions"));
  expect(screen.queryByTestId("functions-unavailable")).toBeNull();
  // 插入 writes the example into the active cell and names it.
  host.state.selection = { sheet: host.state.sheets[0].name, address: "H20" };
  fireEvent.click(screen.getByLabelText("插入 =BUREAU.YOY(23, 20)"));
  await screen.findByText(/H20/);
  expect(host.state.sheets[0].formulas[19][7]).toBe("=BUREAU.YOY(23, 20)");
});

test.each(["layout-a.xlsx", "malformed-title-only.xlsx"])(
  "without slips the WPS pane says the Excel pane's verdict line on the Office.js host for %s (what was checked, or that nothing was recognised), both languages, after 生成 and from the ribbon",
  async (name) => {
    const bytes = fs.readFileSync(path.join(FIXTURES, name));
    const excelHost = await createHostFromXlsx(bytes, name);
    const excel = createExcelServices({
      run: (batch) => excelHost.run(batch),
      readSnapshot: (context) => readWorkbookSnapshot(context, { withNumberFormats: true }),
      generateSummary: generateForPane,
    });
    for (const language of ["zh", "en"] as const) {
      const inExcel = await excel.generate(defaultPaneOptions(language), {}, () => undefined);
      expect(inExcel.findings).toEqual([]);
      expect(inExcel.verdict?.[language]).toBeTruthy();
      const et = await createEtHostFromXlsx(bytes, name);
      const view = renderPane(et.application, language);
      fireEvent.click(screen.getByTestId("tab-generate"));
      fireEvent.click(screen.getByTestId("generate-button"));
      await screen.findByTestId("generate-result", undefined, SUMMARY_WAIT);
      expect(screen.getByTestId("checks-verdict").textContent).toBe(inExcel.verdict![language]);
      view.unmount();
      // The ribbon's 一键汇总 carries the same line to the pane through PluginStorage.
      const ribbon = await createEtHostFromXlsx(bytes, name);
      const outcome = await generateWpsSummary(ribbon.application, { language }, undefined, () => undefined, NOW);
      ribbon.application.PluginStorage.setItem(PANE_RESULT_KEY, JSON.stringify(paneResult(outcome, NOW)));
      const shown = render(
        <App
          services={createWpsServices(ribbon.application)}
          store={wpsSettingsStore(ribbon.application)}
          initialLanguage={language}
          subscribeRibbonResult={subscribeWpsRibbonResults(ribbon.application, 20)}
        />,
      );
      await screen.findByTestId("generate-result", undefined, SUMMARY_WAIT);
      expect(screen.getByTestId("checks-verdict").textContent).toBe(inExcel.verdict![language]);
      shown.unmount();
    }
  },
);

test("识别 reads only the user's sheets, never a summary the add-in wrote", async () => {
  await generateWpsSummary(host.application, {}, undefined, () => undefined, NOW);
  const services = createWpsServices(host.application);
  const detected = await services.detect({});
  const ours = host.state.sheets.filter((s) => s.customProperties.has(SHEET_MARK_KEY)).map((s) => s.name);
  expect(ours.length).toBe(1);
  expect(detected.sheetNames.some((name) => ours.includes(name))).toBe(false);
  expect(detected.model.tables.length).toBeGreaterThan(0);
});
