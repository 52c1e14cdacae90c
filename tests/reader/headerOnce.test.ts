import { describeColumns } from "../../src/core/reader/headerColumns";
import { sheetGrid } from "../../src/core/reader/sheetGrid";
import { readTables } from "../../src/core/reader/readTables";
import { layoutA } from "./layouts";

// Issue 28: the returns of one form describe their header once (describeColumns remembers it by its paths).
describe("a header read once for every return of its form", () => {
  /** The form's two header rows with their merged groups, placed with their top-left cell at (row, column). */
  const headerAt = (row: number, column: number) =>
    sheetGrid({
      name: "表1",
      originRow: row,
      originColumn: column,
      values: [
        ["县（市）", "事故起数", "", "死亡人数", ""],
        ["", "本期", "去年同期", "本期", "去年同期"],
      ],
      merges: [
        { row, column: column + 1, rowCount: 1, columnCount: 2 },
        { row, column: column + 3, rowCount: 1, columnCount: 2 },
      ],
    });
  const header = () => headerAt(0, 0);

  it("gives every caller its own columns, so what one table decides never reaches the next", () => {
    const first = describeColumns(header(), 0, 1, 0, 4, []);
    first[1].role = "ignored";
    first[1].path.push("changed");
    const second = describeColumns(header(), 0, 1, 0, 4, []);
    expect(second[1]).toMatchObject({ column: 1, role: "current", path: ["事故起数", "本期"], indicator: expect.objectContaining({ id: "accident_count" }) });
    expect(second[2]).toMatchObject({ column: 2, role: "previous" });
  });

  it("places the same header's columns where this table starts", () => {
    const moved = headerAt(4, 3);
    expect(describeColumns(header(), 0, 1, 0, 4, []).map((d) => d.column)).toEqual([0, 1, 2, 3, 4]);
    expect(describeColumns(moved, 4, 5, 3, 7, []).map((d) => d.column)).toEqual([3, 4, 5, 6, 7]);
  });

  it("reads a table the same the second time as the first (layout A of docs/layouts.md)", () => {
    expect(JSON.stringify(readTables(layoutA()))).toBe(JSON.stringify(readTables(layoutA())));
  });

  it("tells headers apart by their units row and the title's area", () => {
    const plain = describeColumns(header(), 0, 1, 0, 4, []);
    const withUnits = describeColumns(header(), 0, 1, 0, 4, ["起", "人"]);
    expect(plain[1].unit).toBeUndefined();
    expect(withUnits[1].unit).toBe("起");
  });
});
