/**
 * The workbench draws its grid again only when what it shows changed (issue 28: no main-thread task
 * over 200 ms). The host changes cells in place, so the signature must change with every drawn
 * value, formula, number format, fill, merge, width, row height and the selection, and must not
 * change for a cell outside the rows drawn.
 */
import { createHost } from "../../src/host/excelHost";
import { gridSignature, gridSize } from "../../src/workbench/gridSignature";

const DRAWN = { start: 0, end: 100 };

function sample() {
  const rows: unknown[][] = [["县（市）", "本期", "去年同期"]];
  for (let i = 1; i < 400; i++) rows.push([`县${i}`, i, i + 1]);
  const host = createHost({ 事故: rows });
  return { host, sheet: host.state.sheets[0] };
}

describe("the grid's signature", () => {
  test("the grid has every row of the sheet and at most 40 columns, at least 20 × 8", () => {
    const { sheet } = sample();
    expect(gridSize(sheet)).toEqual({ rows: 400, columns: 8 });
    const small = createHost({ 表: [["a", 1]] }).state.sheets[0];
    expect(gridSize(small)).toEqual({ rows: 20, columns: 8 });
  });

  test("stays the same when nothing drawn changed, and when a cell outside the rows drawn changes", () => {
    const { host, sheet } = sample();
    const before = gridSignature(host.state, sheet, DRAWN);
    expect(gridSignature(host.state, sheet, DRAWN)).toBe(before);
    sheet.values[350][1] = 9999;
    expect(gridSignature(host.state, sheet, DRAWN)).toBe(before);
    const later = { start: 300, end: 400 };
    const laterBefore = gridSignature(host.state, sheet, later);
    sheet.values[351][1] = 9999;
    expect(gridSignature(host.state, sheet, later)).not.toBe(laterBefore);
  });

  test("changes with the rows drawn", () => {
    const { host, sheet } = sample();
    expect(gridSignature(host.state, sheet, { start: 1, end: 101 })).not.toBe(gridSignature(host.state, sheet, DRAWN));
  });

  test("changes with a drawn value, formula, number format, fill, merge, column width, row height and the selection", () => {
    const changes: ((s: ReturnType<typeof sample>) => void)[] = [
      ({ sheet }) => (sheet.values[5][1] = 12345),
      ({ sheet }) => (sheet.values[5][0] = "县5 "),
      ({ sheet }) => (sheet.formulas[5][1] = "=B4+1"),
      ({ sheet }) => (sheet.numberFormats[5][1] = "0.0%"),
      ({ sheet }) => sheet.formats.set("5,1", { fill: "#FFFF00" }),
      ({ sheet }) => sheet.merges.push({ row: 0, column: 0, rowCount: 1, columnCount: 2 }),
      ({ sheet }) => (sheet.columnWidths[1] = 20),
      ({ sheet }) => sheet.rowHeights.set(5, 45),
      ({ host, sheet }) => (host.state.selection = { sheet: sheet.name, address: "B6" }),
    ];
    for (const change of changes) {
      const s = sample();
      const before = gridSignature(s.host.state, s.sheet, DRAWN);
      change(s);
      expect(gridSignature(s.host.state, s.sheet, DRAWN)).not.toBe(before);
    }
  });

  test("a number and the same digits as text are told apart", () => {
    const a = sample();
    const b = sample();
    b.sheet.values[5][1] = "5";
    expect(gridSignature(a.host.state, a.sheet, DRAWN)).not.toBe(gridSignature(b.host.state, b.sheet, DRAWN));
  });
});
