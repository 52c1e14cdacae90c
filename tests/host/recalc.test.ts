/**
 * The in-memory host recalculates only what changed (issue 28): a write recalculates the formulas
 * that read the sheet written (and what reads those), HyperFormula is built over just the sheets
 * they read, formulas written with values the core computed take those values, and only
 * calculate("Full") recalculates everything. Reference values: the formulas' arithmetic by hand.
 * Where a test must show that a formula was NOT recalculated, its cached value is deliberately
 * wrong (as a file could hold it) and must stay so.
 */
import { createHost, ExcelHost, workbookFromRows } from "../../src/host/excelHost";
import { sheetsReadBy } from "../../src/host/recalc";
import { emptySheet, type WorkbookData } from "../../src/xlsx/workbookData";

/** A workbook as a file gives it: values are the formulas' saved results, some of them stale on purpose. */
function savedWorkbook(): WorkbookData {
  const sheet = (name: string, rows: unknown[][], formulas: Record<string, string> = {}) => {
    const s = emptySheet(name, rows.length, Math.max(...rows.map((r) => r.length)));
    rows.forEach((row, r) => row.forEach((v, c) => ((s.values[r][c] = v), (s.formulas[r][c] = v))));
    for (const [at, f] of Object.entries(formulas)) {
      const [r, c] = at.split(",").map(Number);
      s.formulas[r][c] = f;
    }
    return s;
  };
  return {
    sheets: [
      sheet("台账", [[1], [2], [3]]),
      // B1 reads 台账 (saved result 6, right); C1 reads only its own sheet (saved 999, stale).
      sheet("汇总", [[0, 6, 999, 5]], { "0,1": "=SUM('台账'!A1:A3)", "0,2": "=D1*2" }),
      // 其他!A1 reads nothing that will change (saved 777, stale).
      sheet("其他", [[777, 4]], { "0,0": "=B1+1" }),
    ],
  };
}

describe("the host recalculates only what changed", () => {
  test("the sheets a formula reads: its own, quoted and plain names; INDIRECT, OFFSET and defined names may read any", () => {
    expect(sheetsReadBy("=SUM(B2:B9)+'表 2'!A1+Sheet3!C4", "汇总", false)).toEqual(new Set(["汇总", "表 2", "sheet3"]));
    expect(sheetsReadBy("=COUNTIFS('事故台账'!$B:$B,\">=\"&DATE(2024,1,1))", "汇总", false)).toEqual(new Set(["汇总", "事故台账"]));
    expect(sheetsReadBy("='It''s'!A1", "x", false)).toEqual(new Set(["x", "it's"]));
    expect(sheetsReadBy('=INDIRECT("A"&B1)', "x", false)).toBe("all");
    expect(sheetsReadBy("=A1", "x", true)).toBe("all");
  });

  test("a file's saved values are taken at load, not recalculated (the stale 999 and 777 stay)", () => {
    const host = new ExcelHost(savedWorkbook(), { cachedValues: true });
    expect([host.valueAt("汇总", "C1"), host.valueAt("其他", "A1")]).toEqual([999, 777]);
  });

  test("writing a ledger cell recalculates the formula that reads the ledger, not the sheets that do not (6 → 14; 999 and 777 stay)", async () => {
    const host = new ExcelHost(savedWorkbook(), { cachedValues: true });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("台账").getRange("A3").values = [[11]];
      await context.sync();
    });
    // 汇总 reads 台账, so all of 汇总 is recalculated (C1 = D1*2 = 10 too); 其他 reads nothing that changed.
    expect([host.valueAt("汇总", "B1"), host.valueAt("汇总", "C1"), host.valueAt("其他", "A1")]).toEqual([14, 10, 777]);
  });

  test("calculate(Full) recalculates every formula; calculate(Recalculate) only what changed", async () => {
    const host = new ExcelHost(savedWorkbook(), { cachedValues: true });
    await host.run(async (context) => {
      context.workbook.application.calculate("Recalculate" as Excel.CalculationType);
      await context.sync();
    });
    expect(host.valueAt("其他", "A1")).toBe(777);
    await host.run(async (context) => {
      context.workbook.application.calculate("Full" as Excel.CalculationType);
      await context.sync();
    });
    expect([host.valueAt("汇总", "C1"), host.valueAt("其他", "A1")]).toEqual([10, 5]);
  });

  test("formulas written with values the core computed take those values and nothing is recalculated (a deliberately wrong 42 stays)", async () => {
    const host = new ExcelHost(savedWorkbook(), { cachedValues: true });
    host.primeFormulaValues(new Map<string, unknown>([["=SUM('台账'!A1:A3)*10", 42]]));
    try {
      await host.run(async (context) => {
        const sheet = context.workbook.worksheets.add("新汇总");
        sheet.getRange("A1:B1").formulas = [["标题", "=SUM('台账'!A1:A3)*10"]];
        context.workbook.application.calculate("Recalculate" as Excel.CalculationType);
        await context.sync();
      });
    } finally {
      host.endPriming();
    }
    expect([host.valueAt("新汇总", "A1"), host.valueAt("新汇总", "B1"), host.valueAt("其他", "A1")]).toEqual(["标题", 42, 777]);
  });

  test("HyperFormula is loaded only when a formula must be calculated: not for a primed summary and calculate(Recalculate), yes for a formula written without a value", async () => {
    // A fresh module registry: the test setup's installed engine is not there, as on the page.
    let hosts!: typeof import("../../src/host/excelHost");
    let formulas!: typeof import("../../src/host/formulas");
    jest.isolateModules(() => {
      /* eslint-disable @typescript-eslint/no-require-imports -- only require loads into the isolated registry */
      hosts = require("../../src/host/excelHost");
      formulas = require("../../src/host/formulas");
      /* eslint-enable @typescript-eslint/no-require-imports */
    });
    expect(formulas.formulaEngineLoaded()).toBe(false);
    const host = new hosts.ExcelHost(savedWorkbook(), { cachedValues: true });
    host.primeFormulaValues(new Map<string, unknown>([["=SUM('台账'!A1:A3)*10", 42]]));
    try {
      await host.run(async (context) => {
        context.workbook.worksheets.add("新汇总").getRange("A1:B1").formulas = [["标题", "=SUM('台账'!A1:A3)*10"]];
        context.workbook.application.calculate("Recalculate" as Excel.CalculationType);
        await context.sync();
      });
    } finally {
      host.endPriming();
    }
    expect(formulas.formulaEngineLoaded()).toBe(false);
    expect(host.valueAt("新汇总", "B1")).toBe(42);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("新汇总").getRange("C1").formulas = [["=SUM('台账'!A1:A3)+1"]];
      await context.sync();
    });
    expect(formulas.formulaEngineLoaded()).toBe(true);
    expect(host.valueAt("新汇总", "C1")).toBe(7);
  });

  test("a formula written without a value while values are given is calculated (1 + 2 + 3 + 1 = 7)", async () => {
    const host = new ExcelHost(savedWorkbook(), { cachedValues: true });
    host.primeFormulaValues(new Map());
    try {
      await host.run(async (context) => {
        context.workbook.worksheets.add("另表").getRange("A1").formulas = [["=SUM('台账'!A1:A3)+1"]];
        await context.sync();
      });
    } finally {
      host.endPriming();
    }
    expect([host.valueAt("另表", "A1"), host.valueAt("其他", "A1")]).toEqual([7, 777]);
  });

  test("a host built from arrays still calculates its formulas at load, as before", () => {
    const host = createHost({ 表: [[1, 2, "=A1+B1"]] });
    expect(host.valueAt("表", "C1")).toBe(3);
  });

  test("a summary written over a 100,000-row ledger with the plan's values costs no engine build (well under a second)", async () => {
    const rows = Array.from({ length: 100_000 }, (_x, i) => [i % 11, i % 3]);
    const host = createHost({ 台账: rows });
    const formulas = Array.from({ length: 256 }, (_x, i) => `=COUNTIFS('台账'!$A:$A,${i % 11},'台账'!$B:$B,${i % 3})`);
    host.primeFormulaValues(new Map(formulas.map((f) => [f, 1])));
    const start = performance.now();
    try {
      await host.run(async (context) => {
        const sheet = context.workbook.worksheets.add("汇总");
        sheet.getRange("A1:A256").formulas = formulas.map((f) => [f]);
        context.workbook.application.calculate("Recalculate" as Excel.CalculationType);
        await context.sync();
      });
    } finally {
      host.endPriming();
    }
    expect(performance.now() - start).toBeLessThan(1000);
    expect(host.valueAt("汇总", "A256")).toBe(1);
  });
});

describe("sheets that appear, go or are written with known values", () => {
  test("a summary replaced under the same name while values are given: formulas on other sheets that name it are recalculated, its own are not", async () => {
    const data = savedWorkbook();
    // 引用!A1 reads 汇总!B1 (saved 6); the new 汇总 writes 9 there with a known value for its formula.
    const reader = emptySheet("引用", 1, 1);
    reader.formulas[0][0] = "='汇总'!B1+0";
    reader.values[0][0] = 6;
    data.sheets.push(reader);
    const host = new ExcelHost(data, { cachedValues: true });
    host.primeFormulaValues(new Map<string, unknown>([["=SUM('台账'!A1:A3)*10", 42]]));
    try {
      await host.run(async (context) => {
        context.workbook.worksheets.getItem("汇总").delete();
        const sheet = context.workbook.worksheets.add("汇总");
        sheet.getRange("A1:B1").formulas = [["=SUM('台账'!A1:A3)*10", 9]];
        await context.sync();
      });
    } finally {
      host.endPriming();
    }
    expect([host.valueAt("汇总", "A1"), host.valueAt("引用", "A1"), host.valueAt("其他", "A1")]).toEqual([42, 9, 777]);
  });
});

test("cells written on a sheet that is then renamed are recalculated under its new name (a summary written aside, then named 汇总)", async () => {
  const host = new ExcelHost(savedWorkbook(), { cachedValues: true });
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.add("工作中");
    sheet.getRange("A1").formulas = [["=SUM('台账'!A1:A3)"]];
    context.workbook.worksheets.getItem("汇总").delete();
    sheet.name = "汇总";
    context.workbook.application.calculate("Recalculate" as Excel.CalculationType);
    await context.sync();
  });
  expect([host.valueAt("汇总", "A1"), host.valueAt("其他", "A1")]).toEqual([6, 777]);
});

describe("each sheet's formulas are walked once, not at every sync", () => {
  /** Counts how often a sheet's formula rows are read (each read of a row by its index). */
  function countRowReads(host: ExcelHost, name: string): { reads: number } {
    const sheet = host.state.sheets.find((s) => s.name === name)!;
    const counter = { reads: 0 };
    sheet.formulas = new Proxy(sheet.formulas, {
      get(target, key, receiver) {
        if (typeof key === "string" && /^\d+$/.test(key)) counter.reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    return counter;
  }

  test("a summary written in three syncs over a 10,000-row ledger walks the ledger's rows once (10,000 row reads, not 30,000)", async () => {
    const host = createHost({ 台账: Array.from({ length: 10_000 }, (_x, i) => [i % 11, i % 3]) });
    const ledger = countRowReads(host, "台账");
    const formulas = ["=COUNTIF('台账'!$A:$A,1)", "=COUNTIF('台账'!$A:$A,2)", "=COUNTIF('台账'!$A:$A,3)"];
    host.primeFormulaValues(new Map(formulas.map((f, i) => [f, i])));
    try {
      await host.run(async (context) => {
        const sheet = context.workbook.worksheets.add("汇总");
        for (const [i, f] of formulas.entries()) {
          // each sync writes cells, so each looks for the formulas that read what it wrote
          sheet.getRange(`A${i + 1}:B${i + 1}`).formulas = [[f, `第${i + 1}行`]];
          await context.sync();
        }
      });
    } finally {
      host.endPriming();
    }
    expect(ledger.reads).toBe(10_000);
    expect([host.valueAt("汇总", "A1"), host.valueAt("汇总", "A3")]).toEqual([0, 2]);
  });

  test("a formula written later on a sheet already walked is seen: 台账!C1 reads 汇总 and follows it (5 → 8)", async () => {
    const host = createHost({ 台账: [[1], [2]], 汇总: [[5]] });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("汇总").getRange("B1").formulas = [["=A1"]];
      await context.sync();
      context.workbook.worksheets.getItem("台账").getRange("C1").formulas = [["='汇总'!A1*1"]];
      await context.sync();
      context.workbook.worksheets.getItem("汇总").getRange("A1").values = [[8]];
      await context.sync();
    });
    expect(host.valueAt("台账", "C1")).toBe(8);
  });

  test("a sheet the workbench knows holds no formula is never walked (0 row reads), and a formula written into it later is followed (5 → 8)", async () => {
    const host = new ExcelHost(workbookFromRows({ 台账: Array.from({ length: 10_000 }, (_x, i) => [i % 11]), 汇总: [[5]] }), {
      cachedValues: true,
      formulaFree: ["台账"],
    });
    const ledger = countRowReads(host, "台账");
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("汇总").getRange("B1").formulas = [["=A1"]];
      await context.sync();
    });
    expect(ledger.reads).toBe(0);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("台账").getRange("C1").formulas = [["='汇总'!A1*1"]];
      await context.sync();
      context.workbook.worksheets.getItem("汇总").getRange("A1").values = [[8]];
      await context.sync();
    });
    expect(host.valueAt("台账", "C1")).toBe(8);
  });
});
