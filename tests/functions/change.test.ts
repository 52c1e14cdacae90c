import { change } from "../../src/core/functions/change";
import { codeOf, matrix, only } from "./helpers";

describe("CHANGE, the absolute change", () => {
  it("gives 3 and −3 for the domain vectors (23, 20) and (42, 45) (docs/numbers.md)", () => {
    expect(matrix(change([[23], [42]], [[20], [45]]))).toEqual([[3], [-3]]);
  });

  it("is decimal-exact: 13099.92 − 8872.95 is 4226.97, where floats give 4226.969999999999 (issue 2 loss figures)", () => {
    expect(only(change(13099.92, 8872.95))).toBe(4226.97);
    expect(13099.92 - 8872.95).not.toBe(4226.97);
  });

  it("gives 0.02 for 13099.92 against 13099.9, where floats give 0.020000000000436557", () => {
    expect(only(change(13099.92, 13099.9))).toBe(0.02);
    expect(13099.92 - 13099.9).not.toBe(0.02);
  });

  it("broadcasts one previous value against a row", () => {
    expect(matrix(change([[1, 2, 3]], 1))).toEqual([[0, 1, 2]]);
  });

  it("returns 0, never −0, for equal values", () => {
    expect(Object.is(only(change(-0, 0)), 0)).toBe(true);
  });

  it("gives #VALUE! for TRUE, as Excel's custom functions cannot treat a boolean as a count", () => {
    expect(codeOf(only(change(true, 1)))).toBe("value");
  });
});
