import { asMatrix, broadcastShape, mapNumbers } from "../../src/core/grid/broadcast";
import { isSheetError } from "../../src/core/grid/sheetError";

const diff = ([a, b]: number[]) => a - b;

describe("broadcasting like Excel's own arithmetic", () => {
  it("takes a bare value as a 1×1 range", () => {
    expect(asMatrix(5)).toEqual([[5]]);
  });

  it("repeats a single cell against a column", () => {
    expect(mapNumbers([[[1], [2], [3]], [[1]]], diff)).toEqual([[0], [1], [2]]);
  });

  it("crosses a row with a column into a block", () => {
    expect(broadcastShape([[[1, 2, 3]], [[1], [2]]])).toEqual([2, 3]);
  });

  it("rejects shapes that do not fit with #VALUE! and a message naming them", () => {
    const result = mapNumbers(
      [
        [[1], [2], [3]],
        [[1], [2]],
      ],
      diff,
    );
    expect(isSheetError(result) && result.code).toBe("value");
    expect(isSheetError(result) && result.message).toContain("3×1, 2×1");
  });
});

describe("the missing-value rule", () => {
  it("leaves an element blank when all its inputs are missing", () => {
    expect(mapNumbers([[[null]], [["—"]]], diff)).toEqual([[""]]);
  });

  it("gives #N/A when some inputs are missing", () => {
    const [[cell]] = mapNumbers([[[3]], [["—"]]], diff) as unknown[][];
    expect(cell).toMatchObject({ code: "na", message: "missing value / 缺少数值" });
  });

  it("gives #VALUE! for text that is not a number, and passes error inputs on", () => {
    const [[text]] = mapNumbers([[["abc"]], [[1]]], diff) as unknown[][];
    expect(text).toMatchObject({ code: "value" });
    const [[err]] = mapNumbers([[["#DIV/0!"]], [[1]]], diff) as unknown[][];
    expect(err).toMatchObject({ code: "div0" });
  });

  it("reads text numbers before computing", () => {
    expect(mapNumbers([[["24,101"]], [[1]]], diff)).toEqual([[24100]]);
  });

  it("turns a throwing or non-finite computation into an error value", () => {
    const [[thrown]] = mapNumbers([[[1]]], () => {
      throw new Error("boom");
    }) as unknown[][];
    expect(thrown).toMatchObject({ code: "value" });
    const [[nan]] = mapNumbers([[[1]]], () => NaN) as unknown[][];
    expect(nan).toMatchObject({ code: "num" });
  });
});
