import { changeText, percentPointText } from "../../src/core/text/changeText";
import { formatPercent, formatRatioPercent, formatNumber } from "../../src/core/numbers/format";
import { compare } from "../../src/core/compare/compare";

// Vectors: docs/numbers.md (default config) and issue 2's YOYTEXT examples.
describe("changeText in the Chuxiong house style", () => {
  it.each([
    [23, 20, "起", "增加3起、上升15%"],
    [26, 21, "人", "增加5人、上升23.8%"],
    [11, 6, "人", "增加5人、上升83.3%"],
    [42, 45, "起", "减少3起、下降6.7%"],
    [2, 2, "起", "持平"],
    [1, 0, "起", "净增加1起"],
    [0, 0, "起", "持平"],
    [0, 2, "人", "减少2人、下降100%"],
    [17, 16, "起", "增加1起、上升6.3%"],
    [5, 6, "人", "减少1人、下降16.7%"],
  ])("writes %d against %d (%s) as %s", (cur, prev, unit, expected) => {
    expect(changeText(cur, prev, { unit })).toBe(expected);
  });

  it("reproduces the Chuxiong habit 上升100% from a zero base only when asked (docs/numbers.md)", () => {
    expect(changeText(1, 0, { unit: "人", zeroBase: "delta_x100" })).toBe("增加1人、上升100%");
    expect(changeText(3, 0, { unit: "起", zeroBase: "delta_x100" })).toBe("增加3起、上升300%");
    expect(changeText(1, 0, { unit: "起", zeroBase: "dash" })).toBe("增加1起(去年同期为0)");
  });

  it("says 不足0.1% when the percent rounds to zero but the change does not", () => {
    expect(changeText(100001, 100000, { unit: "人" })).toBe("增加1人、上升不足0.1%");
  });

  it("writes money changes exactly", () => {
    expect(changeText(12322.34, 10000.1, { unit: "万元" })).toBe("增加2322.24万元、上升23.2%");
  });

  it("writes English with a sign", () => {
    expect(changeText(23, 20, { language: "en" })).toBe("up 3 (+15%)");
    expect(changeText(42, 45, { language: "en" })).toBe("down 3 (-6.7%)");
    expect(changeText(2, 2, { language: "en" })).toBe("unchanged");
    expect(changeText(1, 0, { language: "en" })).toBe("up 1 from zero");
  });

  it("keeps two decimals in the Yunnan style when asked", () => {
    expect(changeText(37, 45, { unit: "起", decimals: 2 })).toBe("减少8起、下降17.78%");
    expect(changeText(37, 45, { unit: "起", decimals: 2, rounding: "truncate" })).toBe("减少8起、下降17.77%");
  });
});

describe("percentPointText", () => {
  it("writes 92% against 88.5% as 提高3.5个百分点 (docs/numbers.md)", () => {
    expect(percentPointText(0.92, 0.885)).toBe("提高3.5个百分点");
    expect(percentPointText(0.885, 0.92)).toBe("下降3.5个百分点");
    expect(percentPointText(0.92, 0.92)).toBe("持平");
  });
});

describe("formatPercent and formatRatioPercent", () => {
  it("follows issue 2's PCTTEXT examples", () => {
    expect(formatPercent(0.15)).toBe("15%");
    expect(formatPercent(0.2380952)).toBe("23.8%");
    expect(formatPercent(0.9197)).toBe("92%");
  });

  it("writes the seed's 整改率 378/411 as 92% at 0 decimals and 92% or 92.0% at 1", () => {
    expect(formatRatioPercent(378, 411, { decimals: 0 })).toBe("92%");
    expect(formatRatioPercent(378, 411, { decimals: 1 })).toBe("92%");
    expect(formatRatioPercent(378, 411, { decimals: 1, stripTrailingZeros: false })).toBe("92.0%");
  });
});

describe("formatNumber", () => {
  it("writes money with up to two decimals and no separators (docs/numbers.md)", () => {
    expect(formatNumber(100)).toBe("100");
    expect(formatNumber(114.2)).toBe("114.2");
    expect(formatNumber(12322.34)).toBe("12322.34");
    expect(formatNumber(3353.755)).toBe("3353.76");
  });
});

describe("compare", () => {
  it("classifies every state of docs/numbers.md", () => {
    expect(compare(23, 20).state).toBe("up");
    expect(compare(42, 45).state).toBe("down");
    expect(compare(2, 2).state).toBe("flat");
    expect(compare(1, 0)).toMatchObject({ state: "new_from_zero", relative: null, delta: 1 });
    expect(compare(0, 0).state).toBe("both_zero");
    expect(compare(0, 2)).toMatchObject({ state: "to_zero", relative: -1 });
  });
});
