import { percentPointsOf, ppChange } from "../../src/core/functions/ppChange";
import { codeOf, only } from "./helpers";

describe("PPCHANGE, the change between two rates in percentage points", () => {
  it("gives 3.5 for 0.92 against 0.885 (issue 2; docs/numbers.md 整改率 92 vs 88.5 → 提高3.5个百分点)", () => {
    expect(only(ppChange(0.92, 0.885))).toBe(3.5);
    expect((0.92 - 0.885) * 100).not.toBe(3.5);
  });

  it("reads percent text: '92%' against '88.5%' is 3.5 points", () => {
    expect(only(ppChange([["92%"]], [["88.5%"]]))).toBe(3.5);
  });

  it("gives a negative change for a falling rate: 0.84 against 0.982 is −14.2 points (S32, S33 rates)", () => {
    expect(percentPointsOf(0.84, 0.982)).toBe(-14.2);
  });

  it("scales whole-number differences too: 1 against 0 is 100 points", () => {
    expect(percentPointsOf(1, 0)).toBe(100);
  });

  it("follows the missing rule: one rate given, one '—' gives #N/A", () => {
    expect(codeOf(only(ppChange(0.9, "—")))).toBe("na");
  });
});
