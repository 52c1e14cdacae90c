import fs from "fs";
import { readWorkbookSnapshot, type ReadReport } from "../../src/excel/readWorkbook";
import { workbookToSnapshot, loadXlsx } from "../../src/xlsx/loadXlsx";
import { createHost, createHostFromXlsx } from "../host/excelHost";

describe("readWorkbookSnapshot through Office.js", () => {
  it("reads the sample workbook in 3 syncs and gives the same snapshot as the .xlsx loader", async () => {
    const bytes = fs.readFileSync("assets/samples/bureau-2024H1.xlsx");
    const host = await createHostFromXlsx(bytes);
    const report: ReadReport = { syncs: 0, chunks: 0 };
    const snapshot = await host.run((context) => readWorkbookSnapshot(context, {}, report));
    expect(report.syncs).toBe(3);
    expect(host.syncCount).toBe(3);
    const expected = workbookToSnapshot(await loadXlsx(bytes));
    for (const sheet of expected.sheets) {
      const read = snapshot.sheets.find((s) => s.name === sheet.name)!;
      // The used range starts at the first non-empty cell; compare cell by cell in sheet coordinates.
      read.values.forEach((row, i) =>
        row.forEach((v, j) => expect(v).toEqual(sheet.values[read.originRow + i][read.originColumn + j])),
      );
      expect(read.merges).toEqual(expect.arrayContaining(sheet.merges));
    }
  });

  it("reads a 1,000,000-cell sheet in chunks whose responses stay under 4.5 MB, with syncs growing only with chunks", async () => {
    const rows = Array.from({ length: 100000 }, (_, r) =>
      Array.from({ length: 10 }, (_, c) => (c === 0 ? `楚雄市${r % 11}` : c === 1 ? `2024/1/${(r % 28) + 1}` : (r * c) % 97)),
    );
    const host = createHost({ 台账: rows });
    const report: ReadReport = { syncs: 0, chunks: 0 };
    const started = performance.now();
    const snapshot = await host.run((context) => readWorkbookSnapshot(context, {}, report));
    const ms = performance.now() - started;
    const largest = host.largestPayload();
    console.log(
      `1,000,000 cells: ${report.syncs} syncs, ${report.chunks} chunks, largest response ${(largest.responseBytes / 1048576).toFixed(2)} MB, ${ms.toFixed(0)} ms on the host`,
    );
    expect(snapshot.sheets[0].values.length).toBe(100000);
    expect(snapshot.sheets[0].values[99999][2]).toBe((99999 * 2) % 97);
    expect(largest.responseBytes).toBeLessThan(4.5 * 1024 * 1024);
    // Two syncs to learn the sheets, then one per batch of chunks; every chunk's rows are whole.
    expect(report.syncs).toBeLessThanOrEqual(2 + report.chunks);
    expect(host.syncs.slice(2).every((s) => s.loads >= 1)).toBe(true);
    const perChunkSync = host.syncs.slice(2).length;
    expect(perChunkSync).toBe(report.syncs - 2);
  });

  it("retries once when Excel returns null values, then says so in both languages", async () => {
    const host = createHost({ 表: [["a", 1]] });
    host.faults = { nullValuesAtSync: 3 };
    const snapshot = await host.run((context) => readWorkbookSnapshot(context));
    expect(snapshot.sheets[0].values).toEqual([["a", 1]]);

    const stubborn = createHost({ 表: [["a", 1]] });
    stubborn.faults = { nullValuesAtSync: 3 };
    const orig = stubborn.sync.bind(stubborn);
    stubborn.sync = async (ctx) => {
      if (stubborn.syncCount >= 2) stubborn.faults = { nullValuesAtSync: stubborn.syncCount + 1 };
      return orig(ctx);
    };
    await expect(stubborn.run((context) => readWorkbookSnapshot(context))).rejects.toThrow(/未返回单元格数值.*returned no cell values/);
  });

  it("gives an empty sheet as a snapshot with no rows, and skips hidden sheets unless asked", async () => {
    const host = createHost({ 空: [], 表: [[1]] });
    const snapshot = await host.run((context) => readWorkbookSnapshot(context));
    expect(snapshot.sheets.find((s) => s.name === "空")!.values).toEqual([]);
    host.state.sheets[1].visibility = "Hidden";
    const visible = await host.run((context) => readWorkbookSnapshot(context));
    expect(visible.sheets.map((s) => s.name)).toEqual(["空"]);
  });
});

describe("readWorkbookSnapshot when a response proves larger than estimated", () => {
  it("splits the chunk and reads it again, keeping every row in order", async () => {
    const long = "楚雄州应急管理局".repeat(40); // 960 bytes of UTF-8 per cell, far over the estimate
    const rows = Array.from({ length: 12000 }, (_, r) => [r, long]);
    const host = createHost({ 长文本: rows });
    const report: ReadReport = { syncs: 0, chunks: 0 };
    const snapshot = await host.run((context) => readWorkbookSnapshot(context, {}, report));
    const values = snapshot.sheets[0].values;
    expect(values.length).toBe(12000);
    expect(values.map((r) => r[0])).toEqual(rows.map((r) => r[0]));
    expect(host.largestPayload().responseBytes).toBeLessThan(5 * 1024 * 1024);
    console.log(`long text: ${report.syncs} syncs, ${report.chunks} chunks`);
  });
});
