import fs from "fs";
import { ReadError, readWorkbookSnapshot, type ReadReport } from "../../src/excel/readWorkbook";
import { workbookToSnapshot, loadXlsx } from "../../src/xlsx/loadXlsx";
import { createHost, createHostFromXlsx } from "../../src/host/excelHost";

describe("readWorkbookSnapshot through Office.js", () => {
  it("reads the named sheets of the sample workbook in 2 syncs, values, formulas and formats equal to the .xlsx loader's", async () => {
    const bytes = fs.readFileSync("assets/samples/bureau-2024H1.xlsx");
    const expected = workbookToSnapshot(await loadXlsx(bytes));
    const host = await createHostFromXlsx(bytes);
    const report: ReadReport = { syncs: 0, chunks: 0 };
    const names = expected.sheets.map((s) => s.name).reverse();
    const snapshot = await host.run((context) => readWorkbookSnapshot(context, { sheetNames: names, withFormulas: true, withNumberFormats: true }, report));
    // One round trip for sheets, used ranges and merges; one for the values of every sheet.
    expect(report.syncs).toBe(2);
    expect(host.syncCount).toBe(2);
    expect(report.batches).toBe(1);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(expected.sheets.map((s) => s.name));
    for (const sheet of expected.sheets) {
      const read = snapshot.sheets.find((s) => s.name === sheet.name)!;
      // The used range starts at the first non-empty cell; compare cell by cell in sheet coordinates.
      expect(read.values.length).toBeGreaterThan(0);
      read.values.forEach((row, i) =>
        row.forEach((v, j) => {
          const [r, c] = [read.originRow + i, read.originColumn + j];
          expect(v).toEqual(sheet.values[r][c]);
          // Range.formulas gives a formula cell's formula and every other cell's value (the loader keeps "" there).
          expect(read.formulas![i][j]).toEqual(sheet.formulas![r][c] || sheet.values[r][c]);
          expect(read.numberFormats![i][j]).toEqual(sheet.numberFormats![r][c]);
        }),
      );
      expect(read.merges).toEqual(expect.arrayContaining(sheet.merges));
    }
  });

  it("costs one more sync when no sheets are named (the list of sheets comes first)", async () => {
    const host = await createHostFromXlsx(fs.readFileSync("assets/samples/bureau-2024H1.xlsx"));
    const report: ReadReport = { syncs: 0, chunks: 0 };
    const snapshot = await host.run((context) => readWorkbookSnapshot(context, {}, report));
    expect(report.syncs).toBe(3);
    expect(snapshot.sheets.length).toBe(host.state.sheets.filter((s) => s.visibility === "Visible").length);
  });

  it("falls back to the list of sheets when a named sheet does not exist, and reads the ones that do", async () => {
    const host = createHost({ 甲: [[1]], 乙: [[2]] });
    const report: ReadReport = { syncs: 0, chunks: 0 };
    const snapshot = await host.run((context) => readWorkbookSnapshot(context, { sheetNames: ["乙", "已删除"] }, report));
    expect(snapshot.sheets.map((s) => [s.name, s.values])).toEqual([["乙", [[2]]]]);
    // The failed fast path, the list, the used ranges, the values.
    expect(report.syncs).toBe(4);
  });

  it("reads a 1,000,000-cell sheet in chunks whose responses stay under 4.5 MB, with syncs growing only with chunks", async () => {
    const rows = Array.from({ length: 100000 }, (_, r) =>
      Array.from({ length: 10 }, (_, c) => (c === 0 ? `楚雄市${r % 11}` : c === 1 ? `2024/1/${(r % 28) + 1}` : (r * c) % 97)),
    );
    const host = createHost({ 台账: rows });
    const report: ReadReport = { syncs: 0, chunks: 0 };
    const started = performance.now();
    const snapshot = await host.run((context) => readWorkbookSnapshot(context, { sheetNames: ["台账"] }, report));
    const ms = performance.now() - started;
    const largest = host.largestPayload();
    console.log(
      `1,000,000 cells: ${report.syncs} syncs, ${report.chunks} chunks in ${report.batches} batches, largest response ${(largest.responseBytes / 1048576).toFixed(2)} MB, ${ms.toFixed(0)} ms on the host`,
    );
    expect(snapshot.sheets[0].values.length).toBe(100000);
    expect(snapshot.sheets[0].values[99999][2]).toBe((99999 * 2) % 97);
    expect(largest.responseBytes).toBeLessThan(4.5 * 1024 * 1024);
    // One sync learns the sheet, then exactly one per batch of chunks; every value sync loads whole chunks.
    expect(report.chunks).toBeGreaterThan(1);
    expect(report.syncs).toBe(1 + report.batches!);
    expect(host.syncCount).toBe(report.syncs);
    expect(host.syncs.slice(1).every((s) => s.loads >= 1 && s.responseBytes < 4.5 * 1024 * 1024)).toBe(true);
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
    await expect(stubborn.run((context) => readWorkbookSnapshot(context))).rejects.toMatchObject({
      bilingual: { zh: expect.stringMatching(/读取工作表时 Excel 报错.*未返回单元格数值/), en: expect.stringMatching(/returned no cell values/) },
    });
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

describe("readWorkbookSnapshot under injected faults", () => {
  it("turns a failing sync into a bilingual error with Excel's code, and leaves the workbook unchanged", async () => {
    for (const at of [1, 2]) {
      const host = createHost({ 表: [["楚雄市", 5]] });
      host.faults = { failSync: at };
      const failure = host.run((context) => readWorkbookSnapshot(context, { sheetNames: ["表"] }));
      await expect(failure).rejects.toBeInstanceOf(ReadError);
      await expect(failure).rejects.toMatchObject({ code: "GeneralException" });
      // The catalogue's words for the user; Office's own text only as the error's detail.
      const error = (await failure.then(
        () => undefined,
        (e: unknown) => e,
      )) as ReadError;
      expect(error.bilingual.zh).toMatch(/^读取工作表时 Excel 报错，工作簿未被修改/);
      expect(error.bilingual.en).toMatch(/^Excel failed while reading the sheets/);
      expect(`${error.bilingual.zh}${error.bilingual.en}`).not.toContain(error.message);
      expect(host.valueAt("表", "A1")).toBe("楚雄市");
    }
  });

  it("reads a batch again when Excel answers that the payload is too large, and still reads every row", async () => {
    const host = createHost({ 表: Array.from({ length: 50 }, (_, r) => [r, `县${r}`]) });
    host.faults = { payloadTooLargeAtSync: 2 };
    const report: ReadReport = { syncs: 0, chunks: 0 };
    const snapshot = await host.run((context) => readWorkbookSnapshot(context, { sheetNames: ["表"] }, report));
    expect(snapshot.sheets[0].values.map((r) => r[0])).toEqual(Array.from({ length: 50 }, (_, r) => r));
    // Sheets, the refused values, the values again (50 rows still fit at twice the estimate).
    expect(report.syncs).toBe(3);
    expect(host.syncs[1].failed).toBe("RequestPayloadSizeLimitExceeded");
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
