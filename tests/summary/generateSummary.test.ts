/**
 * The one-click flow on the in-memory Excel host (src/host), on the sample workbook (figures
 * from the Chuxiong 2024H1 report): the host evaluates the written formulas with HyperFormula,
 * and those results are compared with the engine's numbers in the plan.
 */
import * as fs from "fs";
import { generateSummary, type SummaryProgress } from "../../src/excel/generateSummary";
import { createHost, createHostFromXlsx, type ExcelHost } from "../../src/host/excelHost";
import { loadXlsx } from "../../src/xlsx/loadXlsx";
import { SAMPLE_PATH, SAMPLE_SENTENCES } from "./sample";

const SOURCES = ["事故分县统计", "分行业", "灾情汇总", "隐患排查治理", "行政执法"];

async function sampleHost(): Promise<ExcelHost> {
  return createHostFromXlsx(fs.readFileSync(SAMPLE_PATH), "bureau-2024H1.xlsx");
}

function snapshots(host: ExcelHost) {
  return SOURCES.map((s) => host.sheetSnapshot(s));
}

test("the sample's summary holds the three sentences, written through Office.js", async () => {
  const host = await sampleHost();
  const result = await host.run((context) => generateSummary(context));
  expect(result.sheetName).toBe("汇总");
  const text = host
    .sheetSnapshot("汇总")
    .values.flat()
    .filter((v) => typeof v === "string")
    .join("\n");
  for (const s of SAMPLE_SENTENCES) expect(text).toContain(s);
});

test("every written formula evaluates (HyperFormula) to the engine's number in the plan", async () => {
  const host = await sampleHost();
  const { plan } = await host.run((context) => generateSummary(context));
  const written = host.sheetSnapshot("汇总");
  let compared = 0;
  plan.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell.formula) return;
      expect(written.formulas[r][c]).toBe(cell.formula);
      const got = written.values[r][c];
      if (typeof cell.value === "number") expect(got as number).toBeCloseTo(cell.value, 9);
      else expect(got).toBe(cell.value);
      compared++;
    }),
  );
  expect(compared).toBeGreaterThan(100);
});

test("number formats are written as planned", async () => {
  const host = await sampleHost();
  const { plan } = await host.run((context) => generateSummary(context));
  const written = host.sheetSnapshot("汇总");
  plan.cells.forEach((row, r) => row.forEach((cell, c) => cell.numberFormat && expect(written.numberFormats[r][c]).toBe(cell.numberFormat)));
});

test("the source sheets are unchanged after the write", async () => {
  const host = await sampleHost();
  const before = snapshots(host);
  await host.run((context) => generateSummary(context));
  expect(snapshots(host)).toEqual(before);
});

test("charts are bound to the summary's own cells with Chinese titles", async () => {
  const host = await sampleHost();
  const { plan } = await host.run((context) => generateSummary(context));
  const charts = host.findSheet("汇总")!.charts;
  expect(charts.map((c) => c.source)).toEqual(plan.charts.map((c) => c.source));
  expect(charts[0].title).toBe("生产安全事故本期与去年同期对比");
});

test("the write takes at most 3 syncs and every request stays under 4.5 MB", async () => {
  const host = await sampleHost();
  const result = await host.run((context) => generateSummary(context));
  expect(result.writeSyncs).toBeLessThanOrEqual(3);
  expect(host.largestPayload().requestBytes).toBeLessThan(4.5 * 1024 * 1024);
});

test("progress reports reading, planning, writing and done, in that order", async () => {
  const host = await sampleHost();
  const steps: SummaryProgress[] = [];
  await host.run((context) => generateSummary(context, {}, undefined, (p) => steps.push(p)));
  const order = [...new Set(steps.map((s) => s.step))];
  expect(order).toEqual(["reading", "planning", "writing", "done"]);
});

test("re-running with replace keeps one summary; without replace adds 汇总 (2)", async () => {
  const host = await sampleHost();
  await host.run((context) => generateSummary(context));
  await host.run((context) => generateSummary(context, { replacePrevious: true }));
  expect(host.state.sheets.map((s) => s.name)).toEqual([...SOURCES, "汇总"]);
  await host.run((context) => generateSummary(context, { replacePrevious: false }));
  expect(host.state.sheets.map((s) => s.name)).toEqual([...SOURCES, "汇总", "汇总 (2)"]);
  // The second summary is built from the sources only, not from the first summary.
  const text = host.sheetSnapshot("汇总 (2)").values.flat().join("\n");
  expect(text).toContain(SAMPLE_SENTENCES[0]);
});

test("a user's own sheet named 汇总 is read as data; the add-in's own summaries are not", async () => {
  const data = await loadXlsx(fs.readFileSync(SAMPLE_PATH));
  const host = createHost(data);
  await host.run(async (context) => {
    const own = context.workbook.worksheets.add("汇总");
    own.getRange("A1:C3").values = [
      ["县（市）", "事故起数", "死亡人数"],
      ["楚雄市", 1, 1],
      ["禄丰市", 2, 0],
    ];
  });
  const first = await host.run((context) => generateSummary(context));
  expect(first.sheetName).toBe("汇总 (2)");
  const second = await host.run((context) => generateSummary(context, { replacePrevious: true }));
  // The second run reads the same data (the sources and the user's 汇总), never "汇总 (2)".
  expect(second.narrative).toEqual(first.narrative);
  expect(second.readSyncs).toBe(first.readSyncs);
});

test("a user's own sheet named 汇总 is never touched, even with replace", async () => {
  const data = await loadXlsx(fs.readFileSync(SAMPLE_PATH));
  const host = createHost(data);
  await host.run(async (context) => {
    const own = context.workbook.worksheets.add("汇总");
    own.getRange("A1:B1").values = [["我的笔记", 42]];
  });
  const before = host.sheetSnapshot("汇总");
  const result = await host.run((context) => generateSummary(context, { replacePrevious: true }));
  expect(result.sheetName).toBe("汇总 (2)");
  expect(host.sheetSnapshot("汇总")).toEqual(before);
});

test("a failure at any sync of the write leaves no partial sheet and the sources unchanged", async () => {
  const probe = await sampleHost();
  const ok = await probe.run((context) => generateSummary(context));
  const total = ok.readSyncs + ok.writeSyncs;
  expect(ok.writeSyncs).toBeGreaterThanOrEqual(1);
  // Every sync of the flow, the reads included.
  for (let n = 1; n <= total; n++) {
    const host = await sampleHost();
    const before = snapshots(host);
    host.resetCounters();
    host.faults = { failSync: n };
    await expect(host.run((context) => generateSummary(context))).rejects.toThrow();
    expect(host.state.sheets.map((s) => s.name)).toEqual(SOURCES);
    expect(snapshots(host)).toEqual(before);
  }
});
