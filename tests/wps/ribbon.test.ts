/**
 * The WPS ribbon and task pane (src/wps/addin) on the ET imitation over the sample workbook
 * (Chuxiong 2024H1, tests/summary/sample.ts): 一键汇总 returns at once (no promise: WPS calls
 * ribbon callbacks synchronously), writes the summary, leaves the result for the pane and shows the
 * pane; 应急统计 toggles one pane instead of opening a second. (The pane itself, the React pane over
 * the ET services, is tested in pane.test.tsx.)
 */
import * as fs from "fs";
import { TextDecoder as NodeTextDecoder } from "util";
import { createEtHostFromXlsx, type EtHost } from "../../src/etHost/etHost";
import { WPS_MESSAGES } from "../../src/core/messages/wpsMessages";
import { createRibbon, PANE_ID_KEY, RIBBON_IDS } from "../../src/wps/addin/ribbon";
import { PANE_RESULT_KEY, readPaneResult } from "../../src/wps/addin/paneResult";
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
  expect(host.state.sheets.map((s) => s.name)).toEqual([...sheetsBefore, result.result!.sheetName]);
  expect(result.result!.narrative.length).toBeGreaterThan(0);
  expect(host.taskPanes).toEqual([{ id: expect.any(Number), url: "file:///addin/pane.html", visible: true }]);
  expect(ribbon.OnGetEnabled({ Id: RIBBON_IDS.summary })).toBe(true);
  // A second run replaces the summary it made: still one summary sheet, the same pane.
  ribbon.OnAction({ Id: RIBBON_IDS.summary });
  host.pluginStorage.delete(PANE_RESULT_KEY);
  await settle();
  expect(host.state.sheets.map((s) => s.name)).toEqual([...sheetsBefore, result.result!.sheetName]);
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

test("on WPS 11.8 (no custom functions) 一键汇总 still writes the summary, and every formula written into it is a built-in function (issue 21.3)", async () => {
  const old = await createEtHostFromXlsx(fs.readFileSync(SAMPLE_PATH), "bureau-2024H1.xlsx", { build: "11.8.2.12085" });
  const ribbon = createRibbon(old.application, { paneUrl: "pane.html", iconUrl: "icon-32.png", summarize, now: () => NOW });
  expect(ribbon.OnAddinLoad({})).toBe(true);
  ribbon.OnAction({ Id: RIBBON_IDS.summary });
  for (let i = 0; i < 100 && !old.pluginStorage.has(PANE_RESULT_KEY); i++) await new Promise((r) => setTimeout(r, 20));
  const stored = readPaneResult(old.pluginStorage.get(PANE_RESULT_KEY))!;
  expect(stored.error).toBeUndefined();
  const formulas = old
    .findSheet(stored.result!.sheetName)!
    .formulas.flat()
    .filter((f): f is string => typeof f === "string" && f.startsWith("="));
  expect(formulas.length).toBeGreaterThan(100);
  const functions = new Set(formulas.flatMap((f) => [...f.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1])));
  // The same list as tests/summary/planSummary.test.ts: what Excel 2003, every WPS and LibreOffice know.
  for (const fn of functions) expect(["SUM", "IF", "IFERROR", "ROUND", "ABS"]).toContain(fn);
  expect(old.taskPanes.map((p) => p.visible)).toEqual([true]);
});
