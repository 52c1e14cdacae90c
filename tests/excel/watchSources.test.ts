/**
 * The source-change watch behind 刷新汇总 (issue 16.4), on the in-memory host with the sample
 * workbook (assets/samples/bureau-2024H1.xlsx): after the pane's real Generate, an edit to a
 * sheet the summary was read from is reported once; edits to the summary sheet are not; each
 * source sheet gets one Worksheet.onChanged handler however often the summary is generated.
 */
import fs from "fs";
import path from "path";
import { readWorkbookSnapshot } from "../../src/excel/readWorkbook";
import { createSourceWatcher, type SourceChange } from "../../src/excel/watchSources";
import { changeHandlerCount, editCells } from "../../src/host/events";
import { createHost, createHostFromXlsx, type ExcelHost } from "../../src/host/excelHost";
import { createExcelServices } from "../../src/taskpane/excel/excelServices";
import { generateForPane } from "../../src/taskpane/excel/summaryAdapter";
import { defaultPaneOptions } from "../../src/taskpane/options";

const SAMPLE = path.resolve(__dirname, "../../assets/samples/bureau-2024H1.xlsx");

function servicesOn(host: ExcelHost) {
  return createExcelServices({
    run: (batch) => host.run(batch),
    readSnapshot: (context) => readWorkbookSnapshot(context, { withNumberFormats: true }),
    generateSummary: generateForPane,
  });
}

describe("watching the source sheets after a summary", () => {
  test("the pane's Generate names the sheets it read; an edit there is reported once, an edit to the summary never", async () => {
    const host = await createHostFromXlsx(fs.readFileSync(SAMPLE), "bureau-2024H1.xlsx");
    const services = servicesOn(host);
    const result = await services.generate(defaultPaneOptions("zh"), {}, () => undefined);
    expect(result.sourceSheets?.length).toBeGreaterThanOrEqual(3);
    expect(result.sourceSheets).not.toContain(result.sheetName);
    const source = result.sourceSheets![0];

    const changes: SourceChange[] = [];
    host.resetCounters();
    expect(await services.watchSources!(result.sourceSheets!, (c) => changes.push(c))).toBe(true);
    expect(host.syncCount).toBe(1); // every sheet's handler in one batch, one sync

    await editCells(host, result.sheetName, "A40", [["a note on the summary"]]);
    expect(changes).toEqual([]);
    await editCells(host, source, "B5", [[99]]);
    expect(changes).toEqual([{ sheet: source, address: "B5" }]);
    await editCells(host, source, "B6", [[98]]);
    expect(changes).toHaveLength(1); // reported once until the next generation re-arms it
  }, 60000);

  test("generating again re-arms the watch without a second handler on any sheet", async () => {
    const host = createHost({
      事故: [
        ["县", "本期"],
        ["甲县", 3],
      ],
      其他: [["x"]],
    });
    const watcher = createSourceWatcher((batch) => host.run(batch));
    const seen: SourceChange[] = [];
    await watcher.watch(["事故"], (c) => seen.push(c));
    await editCells(host, "事故", "B2", [[4]]);
    await watcher.watch(["事故"], (c) => seen.push(c));
    expect(changeHandlerCount(host, "事故")).toBe(1);
    await editCells(host, "事故", "b2:b2", [[5]]);
    expect(seen).toEqual([
      { sheet: "事故", address: "B2" },
      { sheet: "事故", address: "B2:B2" },
    ]);
    await editCells(host, "其他", "A1", [["y"]]);
    expect(seen).toHaveLength(2);
    expect(changeHandlerCount(host, "其他")).toBe(0);
  });

  test("paused while the summary is rewritten: an edit then is not reported", async () => {
    const host = createHost({
      事故: [
        ["县", "本期"],
        ["甲县", 3],
      ],
    });
    const watcher = createSourceWatcher((batch) => host.run(batch));
    const seen: SourceChange[] = [];
    await watcher.watch(["事故"], (c) => seen.push(c));
    watcher.pause();
    await editCells(host, "事故", "B2", [[4]]);
    expect(seen).toEqual([]);
  });

  test("a sheet that no longer exists: the watch says it could not, and nothing throws", async () => {
    const host = createHost({ 事故: [["县", "本期"]] });
    const watcher = createSourceWatcher((batch) => host.run(batch));
    await expect(watcher.watch(["已删除"], () => undefined)).resolves.toBe(false);
  });

  test("an Excel without change events (ExcelApi 1.7 not supported): no watch, no batch", async () => {
    const host = createHost({ 事故: [["县", "本期"]] });
    const g = globalThis as { Office?: unknown };
    g.Office = { context: { requirements: { isSetSupported: (set: string, version: string) => !(set === "ExcelApi" && version === "1.7") } } };
    try {
      const watcher = createSourceWatcher((batch) => host.run(batch));
      await expect(watcher.watch(["事故"], () => undefined)).resolves.toBe(false);
      expect(host.syncCount).toBe(0);
    } finally {
      delete g.Office;
    }
  });
});
