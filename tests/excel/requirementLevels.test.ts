/**
 * The add-in on hosts of lower requirement-set levels and on merged areas as Excel returns them
 * (top-left rule, 512-area cap): the sample workbook (assets/samples, Chuxiong 2024H1 figures)
 * summarised at ExcelApi 1.12 (no merged areas: degraded with a note), refused at 1.11 with a
 * bilingual message, and a heavily merged sheet that no longer fails the others.
 */
import * as fs from "fs";
import { generateSummary } from "../../src/excel/generateSummary";
import { readWorkbookSnapshot, type ReadReport } from "../../src/excel/readWorkbook";
import { BELOW_FLOOR_MESSAGE, EXCEL_API_FLOOR } from "../../src/excel/requirements";
import { runRibbonSummary } from "../../src/commands/ribbonSummary";
import { memorySettingsStore } from "../../src/taskpane/settings";
import { createHost, createHostFromXlsx, MAX_MERGED_AREAS } from "../../src/host/excelHost";
import { SAMPLE_PATH, SAMPLE_SENTENCES } from "../summary/sample";

describe("the summary at lower requirement-set levels", () => {
  test("at the floor (ExcelApi 1.12) it is written without merged areas, and the result says so in both languages", async () => {
    const host = await createHostFromXlsx(fs.readFileSync(SAMPLE_PATH), undefined, { excelApi: EXCEL_API_FLOOR });
    const result = await host.run((context) => generateSummary(context));
    expect(result.sheetName).toBe("汇总");
    expect(result.readNotes).toHaveLength(1);
    expect(result.readNotes[0].zh).toContain("ExcelApi 1.13");
    expect(result.readNotes[0].en).toContain("merged cells");
    // Without merged areas the accident tables' two-row headers still read: their group labels
    // (事故起数 over 本期 | 去年同期 | 幅度) are carried over the columns under them (reader/labelAcross.ts),
    // so every sentence of the sample is there; the note still says merges were not read.
    const text = result.narrative.join("");
    for (const s of SAMPLE_SENTENCES) expect(text).toContain(s);
  });

  test("at ExcelApi 1.13 the merged areas are read and there is no note", async () => {
    const host = await createHostFromXlsx(fs.readFileSync(SAMPLE_PATH), undefined, { excelApi: "1.13" });
    const result = await host.run((context) => generateSummary(context));
    expect(result.readNotes).toEqual([]);
  });

  test("below the floor (ExcelApi 1.11) nothing is read or written and the message is bilingual", async () => {
    const host = await createHostFromXlsx(fs.readFileSync(SAMPLE_PATH), undefined, { excelApi: "1.11" });
    const names = host.state.sheets.map((s) => s.name);
    await expect(host.run((context) => generateSummary(context))).rejects.toThrow(BELOW_FLOOR_MESSAGE.zh);
    expect(host.state.sheets.map((s) => s.name)).toEqual(names);
    expect(host.syncCount).toBe(0);
  });

  test("the ribbon button below the floor publishes the bilingual message and still shows the pane", async () => {
    const host = await createHostFromXlsx(fs.readFileSync(SAMPLE_PATH), undefined, { excelApi: "1.11" });
    const shown: string[] = [];
    const result = await runRibbonSummary(
      memorySettingsStore(),
      (batch) => host.run(batch),
      async () => void shown.push("pane"),
    );
    expect(result.sheetName).toBe("");
    expect(result.notes?.[0].zh).toContain(BELOW_FLOOR_MESSAGE.zh);
    expect(result.notes?.[0].en).toContain(BELOW_FLOOR_MESSAGE.en);
    expect(shown).toEqual(["pane"]);
  });
});

describe("merged areas, sheet by sheet", () => {
  test(`a sheet with more than ${MAX_MERGED_AREAS} merged areas is read without merges and a note; the other sheet keeps its merges`, async () => {
    const heavyRows = MAX_MERGED_AREAS + 10;
    const host = createHost({
      重: Array.from({ length: heavyRows }, (_, i) => [`行${i + 1}`, "", i]),
      表: [
        ["县（市）", "事故起数", ""],
        ["楚雄市", 5, ""],
      ],
    });
    host.findSheet("重")!.merges = Array.from({ length: heavyRows }, (_, i) => ({ row: i, column: 0, rowCount: 1, columnCount: 2 }));
    host.findSheet("表")!.merges = [{ row: 0, column: 1, rowCount: 1, columnCount: 2 }];
    const report: ReadReport = { syncs: 0, chunks: 0 };
    const snapshot = await host.run((context) => readWorkbookSnapshot(context, { sheetNames: ["重", "表"] }, report));
    expect(snapshot.sheets.map((s) => [s.name, s.merges.length])).toEqual([
      ["重", 0],
      ["表", 1],
    ]);
    expect(snapshot.sheets[0].values).toHaveLength(heavyRows);
    expect(report.notes).toHaveLength(1);
    expect(report.notes![0].zh).toContain("“重”");
    expect(report.notes![0].en).toContain('"重"');
  });

  test("a merged area that starts above and left of the used range is found (A1:C2 over a used range from B2)", async () => {
    const host = createHost({
      表: [
        ["", "", "", ""],
        ["", "", "", "标题"],
        ["", "a", 1, 2],
      ],
    });
    host.findSheet("表")!.merges = [{ row: 0, column: 0, rowCount: 2, columnCount: 3 }];
    const snapshot = await host.run((context) => readWorkbookSnapshot(context, { sheetNames: ["表"] }));
    expect(snapshot.sheets[0]).toMatchObject({ originRow: 1, originColumn: 1 });
    expect(snapshot.sheets[0].merges).toEqual([{ row: 0, column: 0, rowCount: 2, columnCount: 3 }]);
  });

  test("a failure the merged areas do not explain is still reported as a read error", async () => {
    const host = createHost({ 表: [["a", 1]] });
    host.faults = { failSync: 1 };
    await expect(host.run((context) => readWorkbookSnapshot(context, { sheetNames: ["表"] }))).rejects.toMatchObject({ code: "GeneralException" });
  });
});
