import { dataRowSum, regionTotals } from "../../src/core/reader/regionTotals";
import { readTables } from "../../src/core/reader/readTables";
import { layoutA, layoutC } from "./layouts";

// The county figures of layout C (docs/layouts.md) reproduce the seed totals of §1.2: 12322.34 万元, 301265 人, 83365 户.
describe("regionTotals and dataRowSum", () => {
  const c = readTables(layoutC()).tables[0];

  it("adds layout C's county losses to the seed's 12322.34 万元, leaving out 全州合计 and 其中：旱灾", () => {
    expect(dataRowSum(c, 9)).toBe(12322.34);
    expect(dataRowSum(c, 4)).toBe(301265);
    expect(dataRowSum(c, 3)).toBe(83365);
  });

  it("counts 姚安县 once, with its 旱灾 and 风雹 rows summed", () => {
    const totals = regionTotals(c, 9);
    expect(totals).toHaveLength(10);
    expect(totals.find((r) => r.region === "姚安县")).toEqual({ region: "姚安县", value: 1586.34, rows: [12, 13] });
  });

  it("gives null for a region whose cells are all missing", () => {
    expect(regionTotals(c, 5).find((r) => r.region === "楚雄市")?.value).toBeNull();
  });

  it("adds layout A's current accidents to the 全州合计 of 23", () => {
    expect(dataRowSum(readTables(layoutA()).tables[0], 1)).toBe(23);
  });

  it("returns nothing for a column the table does not have", () => {
    expect(regionTotals(c, 99)).toEqual([]);
  });
});
