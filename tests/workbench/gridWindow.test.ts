/**
 * The workbench's grid draws a window of rows around the view (issue 28: the grid's layout and
 * paint of 300 rows were the last main-thread tasks over 200 ms). Heights are Excel's: 15 pt = 20 px
 * a row unless the sheet sets one; a merged area is never cut by the window's edge.
 */
import { gridWindow, rowOffsets, rowPx } from "../../src/workbench/gridWindow";

describe("the rows the grid draws", () => {
  test("a row is 20 px (Excel's 15 pt) unless the sheet sets its height in points", () => {
    const heights = new Map([[1, 30]]);
    expect(rowPx(heights, 0)).toBe(20);
    expect(rowPx(heights, 1)).toBe(40);
    expect(Array.from(rowOffsets(3, heights))).toEqual([0, 20, 60, 80]);
  });

  test("at the top of a 100,000-row ledger, some fifty rows are drawn and the spacer below keeps the rest's height", () => {
    const offsets = rowOffsets(100000, new Map());
    const w = gridWindow(offsets, 0, 600, []);
    expect(w.start).toBe(0);
    expect(w.end).toBeLessThan(60);
    expect(w.above).toBe(0);
    expect(w.above + (offsets[w.end] - offsets[w.start]) + w.below).toBe(2000000);
  });

  test("scrolled to the middle, the rows in view and 10 or more on each side are drawn, edges on 10 rows", () => {
    const w = gridWindow(rowOffsets(100000, new Map()), 1000000, 600, []);
    expect(w).toEqual({ start: 49990, end: 50050, above: 999800, below: 999000 });
    expect(gridWindow(rowOffsets(100000, new Map()), 1000000 + 5 * 20, 600, [])).toEqual(w);
  });

  test("a merged area crossing the window's edge widens the window to its first and last rows", () => {
    const offsets = rowOffsets(1000, new Map());
    const plain = gridWindow(offsets, 2000, 600, []);
    const merged = gridWindow(offsets, 2000, 600, [
      { row: plain.start - 3, column: 0, rowCount: 5, columnCount: 4 },
      { row: plain.end - 1, column: 0, rowCount: 10, columnCount: 1 },
    ]);
    expect(merged.start).toBe(plain.start - 3);
    expect(merged.end).toBe(plain.end + 9);
    expect(merged.above).toBe(offsets[merged.start]);
  });

  test("a sheet shorter than the view is drawn whole, with no spacer", () => {
    expect(gridWindow(rowOffsets(20, new Map()), 0, 800, [])).toEqual({ start: 0, end: 20, above: 0, below: 0 });
  });
});
