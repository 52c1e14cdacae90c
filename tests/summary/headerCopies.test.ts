/**
 * A long table's header copies put in at once (issue 28: a consolidation of 10,000 returns took
 * 180 s when each copy rebuilt the sheet and rewrote every formula below it). The one-pass copier
 * must give what the copies made one at a time gave (tests/summary/headerCopyOracle.ts, main's code
 * until the fix): checked on the 90-county tables (a two-row merged header, a charted loss whose chart
 * moves to a data block) and on a table of 480 counties, in Chinese and English.
 */
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookFacts } from "../../src/core/facts";
import * as address from "../../src/core/model/address";
import * as formulaReferences from "../../src/core/model/formulaReferences";
import * as headerCopies from "../../src/core/summary/headerCopies";
import * as headerRepeat from "../../src/core/summary/headerRepeat";
import type { HeaderCopy } from "../../src/core/summary/headerCopies";
import type { LaidOutSheet } from "../../src/core/summary/headerRepeat";
import { planSummary } from "../../src/core/summary/planSummary";
import type { SummaryPlan } from "../../src/core/summary/plan";
import type { WorkbookSnapshot } from "../../src/core/model/snapshot";
import { sheetOf } from "../reader/layouts";
import { insertHeaderCopyOneByOne } from "./headerCopyOracle";
import { longTablesWorkbook } from "./longTables";

type Block = { firstRow: number; lastRow: number };
interface Recorded {
  input: LaidOutSheet<Block>;
  width: number;
  copies: HeaderCopy[];
  output?: LaidOutSheet<Block>;
}

/** Plans the workbook, recording what each copier was given, the copies it put in and the sheet it finished. */
function planRecorded(book: WorkbookSnapshot, language: "zh" | "en", around = (insert: () => void) => insert()): { plan: SummaryPlan; recorded: Recorded[] } {
  const original = headerCopies.headerCopier;
  const recorded: Recorded[] = [];
  const spy = jest.spyOn(headerCopies, "headerCopier").mockImplementation(<B extends Block>(sheet: LaidOutSheet<B>, width: number) => {
    const entry: Recorded = { input: structuredClone(sheet) as LaidOutSheet<Block>, width, copies: [] };
    recorded.push(entry);
    const copier = original(sheet, width);
    return {
      get view() {
        return copier.view;
      },
      heightAt: copier.heightAt,
      insert: (copy: HeaderCopy) => {
        entry.copies.push(structuredClone(copy));
        around(() => copier.insert(copy));
      },
      finish: () => {
        const out = copier.finish();
        entry.output = structuredClone(out) as LaidOutSheet<Block>;
        return out;
      },
    };
  });
  try {
    const plan = planSummary(workbookFacts(readWorkbook(book, { reportDate: "2024-06-30" })), { language, generatedAt: "2024年7月5日 09:00" });
    return { plan, recorded };
  } finally {
    spy.mockRestore();
  }
}

/** An accident table of `count` counties under a two-row merged header (invented names and figures). */
function countyTable(count: number): WorkbookSnapshot {
  const name = (i: number) => `${"东南西北中安平和兴隆"[i % 10]}${"昌盛永宁富康泰华山河"[Math.floor(i / 10) % 10]}${"川林岭江湖"[Math.floor(i / 100) % 5]}县`;
  const rows: unknown[][] = [
    ["2024年1—6月各县（市、区）生产安全事故情况"],
    ["地区", "事故起数（起）", "", "死亡人数（人）", ""],
    ["", "本期", "去年同期", "本期", "去年同期"],
  ];
  for (let i = 0; i < count; i++) rows.push([name(i), (i * 7) % 13, (i * 5) % 11, i % 3, (i * 2) % 3]);
  return { sheets: [sheetOf("分县", rows, ["A1:E1", "B2:C2", "D2:E2", "A2:A3"])] };
}

const books: [string, () => WorkbookSnapshot][] = [
  ["the 90-county tables", longTablesWorkbook],
  ["a table of 480 counties", () => countyTable(480)],
];

describe.each(books)("header copies put in at once on %s", (_, book) => {
  test.each(["zh", "en"] as const)("give the sheet the copies made one at a time gave (%s)", (language) => {
    const { recorded } = planRecorded(book(), language);
    const withCopies = recorded.filter((r) => r.copies.length > 0);
    expect(withCopies.length).toBeGreaterThan(0);
    for (const r of withCopies) {
      let oneByOne = r.input;
      for (const c of r.copies) oneByOne = insertHeaderCopyOneByOne(oneByOne, c.at, [c.header[0], c.header[1]], r.width);
      expect(r.output).toEqual(oneByOne);
    }
  });
});

test("a chart drawn from a table's own rows moves to a data block right of the tables, as one copy at a time moved it", () => {
  const { recorded } = planRecorded(longTablesWorkbook(), "zh");
  const moved = recorded.filter((r) => r.output && r.output.charts.some((c, i) => c.source !== r.input.charts[i].source && /^[F-Z]/.test(c.source)));
  expect(moved.length).toBeGreaterThan(0);
});

test("each formula is rewritten once however many pages the table runs onto (no rewrite per copy)", () => {
  const spy = jest.spyOn(formulaReferences, "moveLocalRows");
  try {
    const { plan, recorded } = planRecorded(countyTable(480), "zh");
    const copies = recorded.reduce((n, r) => n + r.copies.length, 0);
    const formulas = plan.cells.flat().filter((c) => c.formula).length;
    expect(copies).toBeGreaterThan(10);
    expect(spy.mock.calls.length).toBeLessThanOrEqual(formulas);
  } finally {
    spy.mockRestore();
  }
});

test("the header copies read no merged area's text again at each copy (issue 28)", () => {
  // Each copy parsed every merged area's text twice, and so did each look for where the next copy goes:
  // on main that was 1,152 addresses read for the 480 counties' 12 copies. The copier now keeps the areas by their corners.
  let inside = 0;
  let reads = 0;
  const parse = address.parseCellAddress;
  const readSpy = jest.spyOn(address, "parseCellAddress").mockImplementation((text) => {
    if (inside > 0) reads++;
    return parse(text);
  });
  const find = headerRepeat.headerToRepeat;
  const findSpy = jest.spyOn(headerRepeat, "headerToRepeat").mockImplementation((...args) => {
    inside++;
    try {
      return find(...args);
    } finally {
      inside--;
    }
  });
  try {
    const { plan, recorded } = planRecorded(countyTable(480), "zh", (insert) => {
      inside++;
      try {
        insert();
      } finally {
        inside--;
      }
    });
    const copies = recorded.reduce((n, r) => n + r.copies.length, 0);
    expect(copies).toBeGreaterThan(10);
    // What is left: a chart's source range, two corners, at each copy.
    expect(reads).toBeLessThanOrEqual(2 * copies * plan.charts.length);
  } finally {
    readSpy.mockRestore();
    findSpy.mockRestore();
  }
});
