/**
 * The workbench draws its grid again only when what it shows changed (issue 28: no main-thread task
 * over 200 ms). The host changes cells in place, so the signature must change with every shown
 * value, formula, number format, fill, merge, width and the selection, and must not change for a
 * cell the grid does not show (past row 300).
 */
import { createHost } from "../../src/host/excelHost";
import { gridSignature, gridSize } from "../../src/workbench/gridSignature";

function sample() {
  const rows: unknown[][] = [["县（市）", "本期", "去年同期"]];
  for (let i = 1; i < 400; i++) rows.push([`县${i}`, i, i + 1]);
  const host = createHost({ 事故: rows });
  return { host, sheet: host.state.sheets[0] };
}

describe("the grid's signature", () => {
  test("the grid shows at most 300 rows and 40 columns, at least 20 × 8", () => {
    const { sheet } = sample();
    expect(gridSize(sheet)).toEqual({ rows: 300, columns: 8 });
  });

  test("stays the same when nothing shown changed, and when a cell past the shown rows changes", () => {
    const { host, sheet } = sample();
    const before = gridSignature(host.state, sheet);
    expect(gridSignature(host.state, sheet)).toBe(before);
    sheet.values[350][1] = 9999;
    expect(gridSignature(host.state, sheet)).toBe(before);
  });

  test("changes with a shown value, formula, number format, fill, merge, column width and the selection", () => {
    const changes: ((s: ReturnType<typeof sample>) => void)[] = [
      ({ sheet }) => (sheet.values[5][1] = 12345),
      ({ sheet }) => (sheet.values[5][0] = "县5 "),
      ({ sheet }) => (sheet.formulas[5][1] = "=B4+1"),
      ({ sheet }) => (sheet.numberFormats[5][1] = "0.0%"),
      ({ sheet }) => sheet.formats.set("5,1", { fill: "#FFFF00" }),
      ({ sheet }) => sheet.merges.push({ row: 0, column: 0, rowCount: 1, columnCount: 2 }),
      ({ sheet }) => (sheet.columnWidths[1] = 20),
      ({ host, sheet }) => (host.state.selection = { sheet: sheet.name, address: "B6" }),
    ];
    for (const change of changes) {
      const s = sample();
      const before = gridSignature(s.host.state, s.sheet);
      change(s);
      expect(gridSignature(s.host.state, s.sheet)).not.toBe(before);
    }
  });

  test("a number and the same digits as text are told apart", () => {
    const a = sample();
    const b = sample();
    b.sheet.values[5][1] = "5";
    expect(gridSignature(a.host.state, a.sheet)).not.toBe(gridSignature(b.host.state, b.sheet));
  });
});
