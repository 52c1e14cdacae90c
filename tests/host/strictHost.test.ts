/**
 * The stricter in-memory host: a requirement-set level (isSetSupported answers from it, members
 * above it fail with ApiNotFound like an older Excel), getMergedAreasOrNullObject's 512-area cap
 * and top-left rule, Excel's coercion of written strings, and Manual calculation mode. The member
 * versions are checked against @types/office-js's remarks with the requirement-set audit.
 */
import * as path from "path";
import { auditProgram, makeProgram } from "../architecture/apiSets";
import { createHost, MAX_MERGED_AREAS, MEMBER_SETS } from "../../src/host/excelHost";
import { coerceText, enterValue } from "../../src/host/cells";

const root = path.resolve(__dirname, "../..");

describe("the host's requirement-set level", () => {
  test("each gated member's ExcelApi version is the one @types/office-js gives it", () => {
    const types: Record<string, string> = {
      Range: "Excel.Range",
      Worksheet: "Excel.Worksheet",
      RangeAreas: "Excel.RangeAreas",
      Application: "Excel.Application",
      WorksheetCollection: "Excel.WorksheetCollection",
    };
    const file = path.join(root, "src", "excel", "__audit__", "members.ts");
    const lines = Object.keys(MEMBER_SETS).map((key, i) => {
      const [cls, member] = key.split(".");
      return `declare const x${i}: ${types[cls]}; void x${i}.${member};`;
    });
    const { uses } = auditProgram(makeProgram(root, [], { [file]: lines.join("\n") }), (f) => f === file);
    const found = Object.fromEntries(uses.map((u) => [u.member.replace(/^Excel\./, ""), u.sets.find((s) => s.set === "ExcelApi")?.version]));
    expect(found).toEqual(MEMBER_SETS);
  }, 60000);

  test("answers isSetSupported from its level and fails a member above it at the sync with ApiNotFound", async () => {
    const host = createHost({ 表: [["a", 1]] }, { excelApi: "1.12" });
    const answers = await host.run(async (context) => {
      const requirements = (context as unknown as { requirements: { isSetSupported(n: string, v: string): boolean } }).requirements;
      return [
        requirements.isSetSupported("ExcelApi", "1.12"),
        requirements.isSetSupported("ExcelApi", "1.13"),
        requirements.isSetSupported("SharedRuntime", "1.1"),
      ];
    });
    expect(answers).toEqual([true, false, true]);
    const failure = host.run(async (context) => {
      const merged = context.workbook.worksheets.getItem("表").getRange("A1:B1").getMergedAreasOrNullObject();
      merged.load("areaCount");
      await context.sync();
    });
    await expect(failure).rejects.toMatchObject({ code: "ApiNotFound" });
    // At its own level the same call goes through.
    const ok = createHost({ 表: [["a", 1]] }, { excelApi: "1.13" });
    await expect(
      ok.run(async (context) => {
        context.workbook.worksheets.getItem("表").getRange("A1:B1").getMergedAreasOrNullObject().load("areaCount");
        await context.sync();
      }),
    ).resolves.toBeUndefined();
  });

  test("Worksheet.customProperties (ExcelApi 1.12) fails on a 1.11 host", async () => {
    const host = createHost({ 表: [["a"]] }, { excelApi: "1.11" });
    const failure = host.run(async (context) => {
      context.workbook.worksheets.getItem("表").customProperties.add("k", "v");
      await context.sync();
    });
    await expect(failure).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("merged areas as Excel returns them", () => {
  const mergedRows = (n: number) => Array.from({ length: n }, (_, i) => ({ row: i, column: 0, rowCount: 1, columnCount: 2 }));

  test(`fail above ${MAX_MERGED_AREAS} areas in the range, and not at ${MAX_MERGED_AREAS}`, async () => {
    for (const [count, fails] of [
      [MAX_MERGED_AREAS, false],
      [MAX_MERGED_AREAS + 1, true],
    ] as const) {
      const host = createHost({ 表: Array.from({ length: count }, () => ["x", ""]) });
      host.findSheet("表")!.merges = mergedRows(count);
      const read = host.run(async (context) => {
        const merged = context.workbook.worksheets.getItem("表").getRange(`A1:B${count}`).getMergedAreasOrNullObject();
        merged.load("areaCount");
        await context.sync();
        return merged.areaCount;
      });
      if (fails) await expect(read).rejects.toMatchObject({ code: "GeneralException" });
      else await expect(read).resolves.toBe(count);
    }
  });

  test("are only those whose top-left cell lies in the range (A1:C2 is not found from B2:D5)", async () => {
    const host = createHost({
      表: [
        ["", "", "", ""],
        ["", "", "", "x"],
      ],
    });
    host.findSheet("表")!.merges = [{ row: 0, column: 0, rowCount: 2, columnCount: 3 }];
    const counts = await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("表");
      const inner = sheet.getRange("B2:D5").getMergedAreasOrNullObject();
      const outer = sheet.getRange("A1:D5").getMergedAreasOrNullObject();
      inner.load("areaCount");
      outer.load("areaCount");
      await context.sync();
      return [inner.isNullObject, outer.areaCount];
    });
    expect(counts).toEqual([true, 1]);
  });
});

describe("strings written as Excel enters them", () => {
  test("numbers, percentages, dates, booleans and signs are converted; text, an apostrophe and the @ format stay text", () => {
    expect(coerceText("2020", 2026)).toEqual({ value: 2020 });
    expect(coerceText("1,234.5", 2026)).toEqual({ value: 1234.5 });
    expect(coerceText("3.5%", 2026)).toEqual({ value: 0.035, numberFormat: "0%" });
    // 1-6 is 6 January of this year: serial 46028 for 2026 (DATE(2026,1,6) in Excel).
    expect(coerceText("1-6", 2026)).toEqual({ value: 46028, numberFormat: "d-mmm" });
    expect(coerceText("2024-1-6", 2026)).toEqual({ value: 45297, numberFormat: "yyyy/m/d" });
    expect(coerceText("TRUE", 2026)).toEqual({ value: true });
    expect(coerceText("2020年", 2026)).toBeUndefined();
    expect(enterValue("+5", "General", 2026)).toEqual({ value: 5, formula: "" });
    expect(enterValue("-", "General", 2026)).toEqual({ value: "-", formula: "" });
    expect(enterValue("+增加", "General", 2026)).toEqual({ value: "", formula: "=+增加" });
    expect(enterValue("'2020", "General", 2026)).toEqual({ value: "2020", formula: "" });
    expect(enterValue("2020", "@", 2026)).toEqual({ value: "2020", formula: "" });
  });

  test("through Range.values on the host: an unescaped 2020 becomes a number, an escaped one stays text", async () => {
    const host = createHost({ 表: [[""]] });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("表");
      sheet.getRange("A1:C1").values = [["2020", "'2020", "1-6"]];
      await context.sync();
    });
    expect(host.valueAt("表", "A1")).toBe(2020);
    expect(host.valueAt("表", "B1")).toBe("2020");
    expect(typeof host.valueAt("表", "C1")).toBe("number");
  });
});

describe("calculation mode", () => {
  const write = (host: ReturnType<typeof createHost>, calculate: boolean) =>
    host.run(async (context) => {
      context.workbook.application.suspendApiCalculationUntilNextSync();
      context.workbook.worksheets.getItem("表").getRange("B1").formulas = [["=A1*2"]];
      if (calculate) context.workbook.application.calculate("Recalculate" as Excel.CalculationType);
      await context.sync();
    });

  test("Manual: a formula written while calculation is suspended stays uncalculated until application.calculate()", async () => {
    const manual = createHost({ 表: [[21, ""]] }, { calculationMode: "Manual" });
    await write(manual, false);
    expect(manual.valueAt("表", "B1")).toBe("");
    await write(manual, true);
    expect(manual.valueAt("表", "B1")).toBe(42);
    const mode = await manual.run(async (context) => {
      context.workbook.application.load("calculationMode");
      await context.sync();
      return context.workbook.application.calculationMode;
    });
    expect(mode).toBe("Manual");
  });

  test("Automatic: the formula is calculated at the sync", async () => {
    const automatic = createHost({ 表: [[21, ""]] });
    await write(automatic, false);
    expect(automatic.valueAt("表", "B1")).toBe(42);
  });
});
