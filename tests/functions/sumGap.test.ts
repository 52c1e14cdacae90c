import { sumGap } from "../../src/core/functions/sumGap";
import { codeOf, matrix, only } from "./helpers";

const SEED_PARTS = [126.59, 11810.23, 100, 265.76, 19.76];

describe("SUMGAP, the stated total minus the exact sum of its parts", () => {
  it("is exactly 0 for the seed loss breakdown 12322.34 (docs/numbers.md; issue 2)", () => {
    expect(only(sumGap(12322.34, [SEED_PARTS]))).toBe(0);
  });

  it("is exactly 0 for 13099.92 − (4226.97 + 8872.95), not 1.8e-12 (issue 2)", () => {
    expect(only(sumGap(13099.92, [[4226.97], [8872.95]]))).toBe(0);
  });

  it("is −1 for a stated total of 83 whose parts add to 84 (issue 2)", () => {
    expect(only(sumGap(83, [[40, 44]]))).toBe(-1);
  });

  it("checks a column of totals against one row of parts each", () => {
    expect(
      matrix(
        sumGap(
          [[10], [20]],
          [
            [4, 6],
            [5, 14],
          ],
        ),
      ),
    ).toEqual([[0], [1]]);
  });

  it("checks a row of totals against one column of parts each (a 合计 row under the parts)", () => {
    expect(
      matrix(
        sumGap(
          [[10, 20]],
          [
            [4, 5],
            [6, 14],
          ],
        ),
      ),
    ).toEqual([[0, 1]]);
  });

  it("rejects totals that do not pair with the parts with #VALUE!", () => {
    expect(codeOf(sumGap([[1], [2]], [[1], [2], [3]]))).toBe("value");
    expect(
      codeOf(
        sumGap(
          [
            [1, 2],
            [3, 4],
          ],
          [
            [1, 2],
            [3, 4],
          ],
        ),
      ),
    ).toBe("value");
  });

  it("follows the missing rule over a total and its parts", () => {
    expect(codeOf(only(sumGap(10, [[4, "—"]])))).toBe("na");
    expect(only(sumGap(null, [[null, "—"]]))).toBe("");
    expect(codeOf(only(sumGap(10, [[4, "abc"]])))).toBe("value");
  });
});
