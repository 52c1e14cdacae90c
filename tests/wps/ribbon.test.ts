/**
 * @jest-environment jsdom
 */
/**
 * The WPS ribbon and task pane (src/wps/addin) on the ET imitation over the sample workbook
 * (Chuxiong 2024H1, tests/summary/sample.ts): 一键汇总 returns at once (no promise: WPS calls
 * ribbon callbacks synchronously), writes the summary, leaves the result for the pane and shows the
 * pane; 应急统计 toggles one pane instead of opening a second; the pane lists the 核对 findings as
 * buttons that select their cells, and says so when a sheet the summary was read from changes.
 */
import * as fs from "fs";
import { TextDecoder as NodeTextDecoder } from "util";
import { createEtHostFromXlsx, type EtHost } from "../../src/etHost/etHost";
import { WPS_MESSAGES } from "../../src/core/messages/wpsMessages";
import { createRibbon, PANE_ID_KEY, RIBBON_IDS } from "../../src/wps/addin/ribbon";
import { mountPanel } from "../../src/wps/addin/panel";
import { FUNCTIONS_KEY, PANE_RESULT_KEY, readPaneResult } from "../../src/wps/addin/paneResult";
import { registerWpsFunctions } from "../../src/wps/functions";
import { generateWpsSummary } from "../../src/wps/generateSummary";
import { SAMPLE_PATH } from "../summary/sample";

const NOW = new Date(2024, 6, 5, 9, 30);
const summarize = (app: Parameters<typeof generateWpsSummary>[0]) =>
  generateWpsSummary(app, { replacePrevious: true, generatedAt: "2024-07-05T09:30" }, undefined, () => undefined, NOW);

// jsdom has no TextDecoder; WPS's browser has one: the copy of the workbook is read with it.
Object.assign(globalThis, { TextDecoder: globalThis.TextDecoder ?? NodeTextDecoder });

let host: EtHost;
beforeEach(async () => {
  host = await createEtHostFromXlsx(fs.readFileSync(SAMPLE_PATH), "bureau-2024H1.xlsx");
  document.body.innerHTML = "";
});

async function settle(): Promise<void> {
  for (let i = 0; i < 50 && !host.pluginStorage.has(PANE_RESULT_KEY); i++) await new Promise((r) => setTimeout(r, 20));
}

test("一键汇总 returns synchronously, writes one marked summary, stores the result and shows the pane", async () => {
  const ribbon = createRibbon(host.application, { paneUrl: "file:///addin/pane.html", iconUrl: "icon-32.png", summarize, now: () => NOW });
  const sheetsBefore = host.state.sheets.map((s) => s.name);
  expect(ribbon.OnAddinLoad({})).toBe(true);
  expect(ribbon.OnGetEnabled({ Id: RIBBON_IDS.summary })).toBe(true);
  const returned = ribbon.OnAction({ Id: RIBBON_IDS.summary });
  expect(returned).toBe(true); // a value, not a promise
  expect(ribbon.OnGetEnabled({ Id: RIBBON_IDS.summary })).toBe(false); // greyed while it runs
  await settle();
  const result = readPaneResult(host.pluginStorage.get(PANE_RESULT_KEY))!;
  expect(result.error).toBeUndefined();
  expect(host.state.sheets.map((s) => s.name)).toEqual([...sheetsBefore, result.sheetName]);
  expect(result.narrative.length).toBeGreaterThan(0);
  expect(host.taskPanes).toEqual([{ id: expect.any(Number), url: "file:///addin/pane.html", visible: true }]);
  expect(ribbon.OnGetEnabled({ Id: RIBBON_IDS.summary })).toBe(true);
  // A second run replaces the summary it made: still one summary sheet, the same pane.
  ribbon.OnAction({ Id: RIBBON_IDS.summary });
  host.pluginStorage.delete(PANE_RESULT_KEY);
  await settle();
  expect(host.state.sheets.map((s) => s.name)).toEqual([...sheetsBefore, result.sheetName]);
  expect(host.taskPanes).toHaveLength(1);
});

test("应急统计 toggles one task pane, and a failing summary leaves the bilingual error for the pane", async () => {
  const failing = () => Promise.reject(Object.assign(new Error("WPS: 0x800A03EC"), { bilingual: WPS_MESSAGES.writeFailed }));
  const ribbon = createRibbon(host.application, { paneUrl: "pane.html", iconUrl: "icon-32.png", summarize: failing });
  ribbon.OnAction({ Id: RIBBON_IDS.pane });
  expect(host.taskPanes.map((p) => p.visible)).toEqual([true]);
  ribbon.OnAction({ Id: RIBBON_IDS.pane });
  expect(host.taskPanes.map((p) => p.visible)).toEqual([false]);
  expect(host.pluginStorage.get(PANE_ID_KEY)).toBe(host.taskPanes[0].id);
  jest.spyOn(console, "error").mockImplementation(() => undefined);
  ribbon.OnAction({ Id: RIBBON_IDS.summary });
  await settle();
  expect(readPaneResult(host.pluginStorage.get(PANE_RESULT_KEY))!.error).toEqual(WPS_MESSAGES.writeFailed);
  expect(host.taskPanes.map((p) => p.visible)).toEqual([true]);
});

test("the pane runs the summary, lists each 核对 finding as a button that selects its cell, and notices edits to the sheets read", async () => {
  const panel = mountPanel(document, host.application, { language: "zh", summarize, now: () => NOW, pollMs: 0 });
  const button = document.querySelector("main > button") as HTMLButtonElement;
  expect(button.textContent).toBe("一键汇总");
  await panel.summarize();
  const result = readPaneResult(host.pluginStorage.get(PANE_RESULT_KEY))!;
  expect(document.querySelector("[role=status]")!.textContent).toBe(WPS_MESSAGES.summaryWritten(result.sheetName!).zh);
  expect(button.textContent).toBe("刷新汇总");
  const links = [...document.querySelectorAll<HTMLButtonElement>("button.cell-link")];
  expect(links.map((l) => l.textContent)).toEqual(result.findings.map((f) => `${f.sheet}!${f.cell}`));
  if (links.length > 0) {
    links[0].click();
    expect(host.state.selection).toEqual({ sheet: result.findings[0].sheet, address: result.findings[0].cell });
  } else {
    expect(document.body.textContent).toContain(WPS_MESSAGES.noChecks.zh);
  }
  // A user's edit in a sheet the summary read: the pane says the summary is out of date.
  host.editCells(result.sourceSheets[0], "Z1", [[1]]);
  expect(document.querySelector("[role=status]")!.textContent).toBe(WPS_MESSAGES.sourcesChanged.zh);
  panel.dispose();
  expect(host.sheetChangeListeners).toHaveLength(0);
});

test("on WPS 11.8 the pane says, in the user's language, that BUREAU functions need 12.1.0.20540", async () => {
  const old = await createEtHostFromXlsx(fs.readFileSync(SAMPLE_PATH), "bureau-2024H1.xlsx", { build: "11.8.2.12085" });
  old.application.PluginStorage.setItem(FUNCTIONS_KEY, JSON.stringify(registerWpsFunctions(old.application)));
  const panel = mountPanel(document, old.application, { language: "en", summarize, pollMs: 0 });
  expect(document.body.textContent).toContain(WPS_MESSAGES.functionsUnavailable("11.8.2.12085").en);
  panel.dispose();
  document.body.innerHTML = "";
  const current = mountPanel(document, host.application, { language: "zh", summarize, pollMs: 0 });
  host.application.PluginStorage.setItem(FUNCTIONS_KEY, JSON.stringify(registerWpsFunctions(host.application)));
  expect(document.body.textContent).not.toContain("12.1.0.20540");
  current.dispose();
});
