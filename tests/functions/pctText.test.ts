import { pctText } from "../../src/core/functions/pctText";
import { codeOf, matrix, only } from "./helpers";

describe("PCTTEXT, a fraction as percent text", () => {
  it("writes 15%, 23.8% and 92% for 0.15, 0.2380952 and 0.9197 (issue 2 table)", () => {
    expect(matrix(pctText([[0.15, 0.2380952, 0.9197]]))).toEqual([["15%", "23.8%", "92%"]]);
  });

  it("rounds half-up on the decimal value: 0.2875 is 28.8% and 0.5025 is 50.3% (issue 2: 103/80, 601/400)", () => {
    expect(matrix(pctText([[0.2875], [0.5025]]))).toEqual([["28.8%"], ["50.3%"]]);
  });

  it("keeps two decimals when asked: 1/6 is 16.67% (docs/numbers.md: (5, 6) → 16.7%, 2 dp half-up)", () => {
    expect(only(pctText(1 / 6, 2))).toBe("16.67%");
  });

  it("writes 6.3% for 1/16 where Python's round gives 6.2 (docs/numbers.md)", () => {
    expect(only(pctText(0.0625))).toBe("6.3%");
  });

  it("rejects decimals that are not a whole number from 0 to 10 with #VALUE!", () => {
    expect(codeOf(pctText(0.5, -1))).toBe("value");
    expect(codeOf(pctText(0.5, 1.5))).toBe("value");
    expect(codeOf(pctText(0.5, "x"))).toBe("value");
  });
});

describe("PCTTEXT of a rectification rate", () => {
  it("writes 378/411 = 91.97% as 92% with 0 decimals and with 1 decimal (trailing zero dropped) (docs/numbers.md)", () => {
    expect(only(pctText(378 / 411, 0))).toBe("92%");
    expect(only(pctText(378 / 411))).toBe("92%");
    expect(only(pctText(378 / 411, 2))).toBe("91.97%");
  });
});
