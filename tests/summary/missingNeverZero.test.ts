/**
 * A missing figure is never written as 0 (issue 14.4, docs/report-rules.md rule 12): in the
 * sample workbook, every number of the accident, industry and hazard tables is replaced in turn
 * by "—", a blank and "/", and the 综述 (Chinese and English) must not turn it into a zero. The
 * sample itself has no zero that its 综述 writes as a figure, so any "0起", "0人", "0条" or
 * "0 deaths" in the output could only come from a missing cell.
 */
import * as fs from "fs";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookFacts } from "../../src/core/facts";
import { factsWithSections } from "../../src/core/summary/indicatorSections";
import { buildNarrative } from "../../src/core/summary/narrative";
import { resolveSummaryOptions } from "../../src/core/summary/options";
import type { WorkbookSnapshot } from "../../src/core/model/snapshot";
import { loadXlsx, workbookToSnapshot } from "../../src/xlsx/loadXlsx";
import { SAMPLE_PATH } from "./sample";

const ZERO_ZH = /(?<![\d.])0(?:起|人|条|项|处|家|户|个|万元|公顷|%)/;
const ZERO_EN = /(?<![\d.,])0 (?:work-safety )?(?:accidents?|deaths?|injur|hazards?|people|households)|CNY 0(?![.\d])|(?<![\d.])0%/;
const SHEETS = ["事故分县统计", "分行业", "隐患排查治理"];
const MARKERS = ["—", "", "/"];

let snapshot: WorkbookSnapshot;
beforeAll(async () => {
  snapshot = workbookToSnapshot(await loadXlsx(fs.readFileSync(SAMPLE_PATH)));
});

function narratives(s: WorkbookSnapshot): { zh: string; en: string } {
  const { facts } = factsWithSections(workbookFacts(readWorkbook(s, { reportDate: "2024-06-30" })));
  return {
    zh: buildNarrative(facts, resolveSummaryOptions()).join(""),
    en: buildNarrative(facts, resolveSummaryOptions({ language: "en" })).join(" "),
  };
}

function withCell(s: WorkbookSnapshot, sheet: string, r: number, c: number, marker: string): WorkbookSnapshot {
  return {
    ...s,
    sheets: s.sheets.map((x) =>
      x.name !== sheet ? x : { ...x, values: x.values.map((row, i) => (i !== r ? row : row.map((v, j) => (j === c ? marker : v)))) },
    ),
  };
}

test("the sample's own 综述 has no zero figure, so the check below can fail only through a missing cell", () => {
  const { zh, en } = narratives(snapshot);
  expect(zh).not.toMatch(ZERO_ZH);
  expect(en).not.toMatch(ZERO_EN);
});

test.each(SHEETS)("every number on %s replaced by “—”, a blank or “/” is left out of the 综述, never written as 0", (sheet) => {
  const values = snapshot.sheets.find((x) => x.name === sheet)!.values;
  const positions: [number, number][] = [];
  values.forEach((row, r) => row.forEach((v, c) => typeof v === "number" && positions.push([r, c])));
  expect(positions.length).toBeGreaterThan(20);
  const bad: string[] = [];
  for (const [r, c] of positions)
    for (const marker of MARKERS) {
      const { zh, en } = narratives(withCell(snapshot, sheet, r, c, marker));
      if (ZERO_ZH.test(zh)) bad.push(`${sheet} R${r + 1}C${c + 1} "${marker}": ${zh.match(ZERO_ZH)![0]} in ${zh}`);
      if (ZERO_EN.test(en)) bad.push(`${sheet} R${r + 1}C${c + 1} "${marker}": ${en.match(ZERO_EN)![0]} in ${en}`);
    }
  expect(bad).toEqual([]);
});

test("a missing death count drops the figure and its change, and keeps the rest (Chinese and English)", () => {
  const values = snapshot.sheets.find((x) => x.name === "事故分县统计")!.values;
  const r = values.findIndex((row) => row.some((v) => v === "全州合计"));
  const c = values[r].indexOf(26);
  const { zh, en } = narratives(withCell(snapshot, "事故分县统计", r, c, "—"));
  expect(zh).toContain("全州共发生各类生产安全事故23起、受伤11人，同比事故起数增加3起、上升15%，受伤人数增加5人、上升83.3%。");
  expect(en).toContain(
    "Chuxiong Prefecture recorded 23 work-safety accidents, with 11 injuries. Compared with a year earlier, accidents rose by 3 (15%) and injuries by 5 (83.3%).",
  );
});
