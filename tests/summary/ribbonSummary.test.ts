/**
 * The 一键汇总 ribbon flow on the in-memory host with the sample workbook (Chuxiong 2024H1
 * figures): saved settings are used and the result reaches the pane's channel.
 */
import * as fs from "fs";
import { runRibbonSummary } from "../../src/commands/ribbonSummary";
import { subscribeRibbonResult } from "../../src/taskpane/ribbonChannel";
import { memorySettingsStore, OPTIONS_KEY } from "../../src/taskpane/settings";
import { defaultPaneOptions } from "../../src/taskpane/options";
import type { GenerateResult } from "../../src/taskpane/services";
import { createHostFromXlsx } from "../../src/host/excelHost";
import { SAMPLE_PATH, SAMPLE_SENTENCES } from "./sample";

test("the ribbon writes the summary with the saved options and publishes it for the pane", async () => {
  const host = await createHostFromXlsx(fs.readFileSync(SAMPLE_PATH));
  const store = memorySettingsStore({
    [OPTIONS_KEY]: { ...defaultPaneOptions("zh"), mode: "add" },
  });
  const result = await runRibbonSummary(store, (batch) => host.run(batch));
  // A pane opened afterwards receives the last result at once.
  const seen: GenerateResult[] = [];
  subscribeRibbonResult((r) => seen.push(r))();
  expect(result.sheetName).toBe("汇总");
  expect(seen.at(-1)).toBe(result);
  for (const s of SAMPLE_SENTENCES) expect(result.narrative).toContain(s);
  expect(result.findings.map((f) => `${f.sheet}!${f.cell}`)).toEqual(["隐患排查治理!G9"]);
});

test("a failure is published as a bilingual note instead of being thrown", async () => {
  const result = await runRibbonSummary(memorySettingsStore(), () => Promise.reject(new Error("未连接到 Excel / Not connected")));
  expect(result.sheetName).toBe("");
  expect(result.notes?.[0].zh).toContain("一键汇总失败");
  expect(result.notes?.[0].en).toContain("Generate summary failed");
});
