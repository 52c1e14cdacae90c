/**
 * Excel on the web (issue 27, item 12), on the in-memory host that counts each request's bytes and
 * can lose a sync:
 *
 * - every sync of the summary writer stays under the byte budget, the last one too (before, the
 *   last sync carried every number format, style, height and chart at once: the 5 MB request limit
 *   of Excel on the web was passed by a large consolidation's final batch);
 * - a context.sync() that never comes back (office-js#6678) ends, after the time limit, in the
 *   catalogue's bilingual message, the partial sheet is removed and the user's sheets are as they
 *   were — instead of a pane that spins forever.
 */
import { MESSAGES } from "../../src/core/messages";
import { runExcel, setExcelRunner, setSyncTimeout, SyncTimeoutError } from "../../src/excel/runtime";
import { writeSummary } from "../../src/excel/writeSummary";
import { createHost } from "../../src/host/excelHost";
import { tallPlan } from "./tallPlan";

afterEach(() => {
  setExcelRunner(undefined);
  setSyncTimeout(0);
});

test("every sync of a large summary stays under the budget, the last one (formats, heights, the rename) included", async () => {
  const host = createHost({ 数据: [["县（市）", "事故起数"]] });
  const budget = 64 * 1024;
  const result = await host.run((context) => writeSummary(context, tallPlan(3000), { replacePrevious: false, budgetBytes: budget }));
  expect(result.syncs).toBeGreaterThan(3);
  expect(host.syncs.every((s) => s.requestBytes <= budget)).toBe(true);
  expect(host.valueAt("汇总", "A3001")).toBe("第2999个乡镇应急管理所");
  expect(host.findSheet("汇总")!.numberFormats[3000][2]).toBe("0.0%");
});

test("a sync that never returns ends in the bilingual timeout message; the partial sheet is removed and the user's sheets are unchanged", async () => {
  const host = createHost({
    数据: [
      ["县（市）", "事故起数"],
      ["楚雄市", 3],
    ],
  });
  const before = host.state.sheets.map((s) => ({ name: s.name, ...host.sheetSnapshot(s.name) }));
  setExcelRunner((batch) => host.run(batch));
  setSyncTimeout(200);
  // Sync 1 lists the sheets, sync 2 would write them: it is lost.
  host.faults = { hangAtSync: 3 };
  const started = Date.now();
  const failure = await runExcel((context) => writeSummary(context, tallPlan(50), { replacePrevious: false, budgetBytes: 8 * 1024 })).then(
    () => undefined,
    (error: unknown) => error as { bilingual?: { zh: string; en: string } },
  );
  expect(Date.now() - started).toBeLessThan(5000);
  expect(host.syncs.some((s) => s.failed === "Hang")).toBe(true);
  expect(failure?.bilingual?.zh).toContain("写入汇总表失败");
  expect(failure?.bilingual?.zh).toContain("没有响应");
  expect(failure?.bilingual?.en).toContain("did not answer");
  host.faults = {};
  expect(host.state.sheets.map((s) => ({ name: s.name, ...host.sheetSnapshot(s.name) }))).toEqual(before);
});

test("the timeout error carries the catalogue's message in both languages", () => {
  const e = new SyncTimeoutError(60_000);
  expect(e.bilingual).toEqual(MESSAGES.host.syncTimeout(60));
  expect(e.bilingual.zh).toContain("60 秒");
  expect(e.bilingual.en).toContain("60 seconds");
});
