import { rectRate } from "../../src/core/functions/rectRate";
import { codeOf, only } from "./helpers";
import { isSheetError } from "../../src/core/grid/sheetError";

describe("RECTRATE, the rectification rate 整改率", () => {
  it("gives 378 / 411 = 0.9197…, shown as 92% (docs/numbers.md)", () => {
    const value = only(rectRate(378, 411)) as number;
    expect(value).toBe(378 / 411);
    expect(value).toBeCloseTo(0.9197, 4);
  });

  it("gives 1 when every hazard is rectified (全部整改)", () => {
    expect(only(rectRate(12, 12))).toBe(1);
  });

  it("gives the dash when no hazard was found", () => {
    expect(only(rectRate(0, 0))).toBe("—");
  });

  it("gives #NUM! with a bilingual message when more were rectified than found (issue 2)", () => {
    const result = only(rectRate(5, 4));
    expect(codeOf(result)).toBe("num");
    expect(isSheetError(result) && result.message).toContain("整改数大于发现数");
  });

  it("gives #NUM! for negative counts", () => {
    expect(codeOf(only(rectRate(-1, 4)))).toBe("num");
    expect(codeOf(only(rectRate(1, -4)))).toBe("num");
  });
});
