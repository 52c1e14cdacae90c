import { yoy, yoyOf } from "../../src/core/functions/yoy";
import { codeOf, matrix, only } from "./helpers";

describe("YOY, the year-on-year change as a fraction", () => {
  it("gives 0.15 for 23 accidents against 20 (issue 2 table; docs/numbers.md first vector)", () => {
    expect(only(yoy(23, 20))).toBe(0.15);
  });

  it("gives 0.2875 for 103 against 80, which prints as 28.8% (issue 2, exact rounding)", () => {
    expect(only(yoy([[103]], [[80]]))).toBe(0.2875);
  });

  it("gives −1 for 0 deaths against 2 (docs/numbers.md: 下降100%)", () => {
    expect(only(yoy(0, 2))).toBe(-1);
  });

  it("gives the dash for a zero base, the bureaus' table convention (docs/numbers.md)", () => {
    expect(only(yoy(1, 0))).toBe("—");
    expect(only(yoy(0, 0))).toBe("—");
  });

  it("computes decimal inputs on their decimal values: 13099.92 against 13099.9 is 0.02/13099.9", () => {
    expect(yoyOf(13099.92, 13099.9)).toBe(0.02 / 13099.9);
  });

  it("keeps the sign of the change for a negative base (−5 to −4 is a rise of 20%)", () => {
    expect(yoyOf(-4, -5)).toBeCloseTo(0.2, 15);
  });

  it("spills a column against a column: the 2024 H1 accidents, deaths and injuries (chuxiong-2024H1-report)", () => {
    const m = matrix(yoy([[23], [26], [11]], [[20], [21], [6]]));
    expect(m.map((r) => r[0])).toEqual([0.15, 5 / 21, 5 / 6]);
  });

  it("reads text numbers and applies the missing rule element by element (issue 2 contract)", () => {
    const m = matrix(yoy([["24,101"], ["—"], [null], ["abc"], ["#N/A"]], [[24101], [5], [""], [3], [1]]));
    expect(m[0][0]).toBe(0);
    expect(codeOf(m[1][0])).toBe("na");
    expect(m[2][0]).toBe("");
    expect(codeOf(m[3][0])).toBe("value");
    expect(codeOf(m[4][0])).toBe("na");
  });

  it("rejects a 3-row range against a 2-row range with one #VALUE! naming both shapes", () => {
    const result = yoy([[1], [2], [3]], [[1], [2]]);
    expect(codeOf(result)).toBe("value");
  });
});
