/**
 * Office's own error text never reaches the user (issue 27, item 8). Office.js rejects with its
 * code and English text ("GeneralException: …"); the add-in's writer, reader and ribbon say what
 * happened in the catalogue's words, and Office's code and text are only the technical detail the
 * pane shows small (toPaneError). Nothing is left half-written. The in-memory host injects the
 * failure at a chosen sync, with Excel's code.
 */
import * as fs from "fs";
import * as path from "path";
import { runRibbonSummary } from "../../src/commands/ribbonSummary";
import { MESSAGES } from "../../src/core/messages";
import { causeOf, officeReason } from "../../src/excel/officeFailure";
import { SyncTimeoutError } from "../../src/excel/runtime";
import { writeSummary } from "../../src/excel/writeSummary";
import { createHost, createHostFromXlsx } from "../../src/host/excelHost";
import { toPaneError } from "../../src/taskpane/errors";
import { memorySettingsStore } from "../../src/taskpane/settings";
import { tallPlan } from "./tallPlan";

const SAMPLE = path.join(__dirname, "..", "..", "assets", "samples", "bureau-2024H1.xlsx");

test("a write Office rejects is told in the catalogue's words, Office's text only as detail, and the workbook is as it was", async () => {
  const host = createHost({ 数据: [["县（市）", "事故起数"]] });
  const before = host.state.sheets.map((s) => ({ name: s.name, ...host.sheetSnapshot(s.name) }));
  // Sync 1 and 2 list the sheets and their marks; sync 3 writes.
  host.faults = { failSync: 3 };
  const error = await host.run((context) => writeSummary(context, tallPlan(1), { replacePrevious: false })).catch((e: unknown) => e);
  const shown = toPaneError(error);
  expect(shown.message).toEqual(MESSAGES.host.writeFailed());
  expect(JSON.stringify(shown.message)).not.toMatch(/Injected|GeneralException/);
  expect(shown.detail).toBe("GeneralException: Injected failure at sync 3.");
  host.faults = {};
  expect(host.state.sheets.map((s) => ({ name: s.name, ...host.sheetSnapshot(s.name) }))).toEqual(before);
});

test("the ribbon's note of a failed write carries the catalogue's words, never Office's", async () => {
  const host = await createHostFromXlsx(fs.readFileSync(SAMPLE), "bureau-2024H1.xlsx");
  // Count the syncs of a good run on a copy, then fail the last one on this host.
  const probe = await createHostFromXlsx(fs.readFileSync(SAMPLE), "bureau-2024H1.xlsx");
  await runRibbonSummary(memorySettingsStore(), (batch) => probe.run(batch));
  host.faults = { failSync: probe.syncs.length };
  const result = await runRibbonSummary(memorySettingsStore(), (batch) => host.run(batch));
  expect(result.sheetName).toBe("");
  expect(result.notes?.[0]).toEqual({
    zh: `一键汇总失败：${MESSAGES.host.writeFailed().zh}`,
    en: `Generate summary failed: ${MESSAGES.host.writeFailed().en}`,
  });
});

test("what an Office code means is the catalogue's advice; a cause with words of its own keeps them", () => {
  expect(officeReason({ code: "InvalidOperationInCellEditMode", message: "busy" })).toBe(MESSAGES.host.busy);
  expect(officeReason({ code: "RequestPayloadSizeLimitExceeded" })).toBe(MESSAGES.host.payloadTooLarge);
  expect(officeReason({ code: "AccessDenied" })).toBe(MESSAGES.host.sheetProtected);
  expect(officeReason({ code: "ItemNotFound" })).toBe(MESSAGES.host.notFound);
  expect(officeReason({ code: "GeneralException", message: "An internal error has occurred." })).toBeUndefined();
  expect(causeOf(new SyncTimeoutError(60_000))).toEqual(MESSAGES.host.syncTimeout(60));
  expect(MESSAGES.host.writeFailed(MESSAGES.host.busy).en).toContain("Press Enter or Esc");
});
