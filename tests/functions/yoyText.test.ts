import { yoyText } from "../../src/core/functions/yoyText";
import { codeOf, matrix, only } from "./helpers";

describe("YOYTEXT, the 同比 phrase", () => {
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
    [103, 80, "起", "增加23起、上升28.8%"],
    [601, 400, "起", "增加201起、上升50.3%"],
  ])("writes %p against %p (%s) as %p (docs/numbers.md vectors; issue 2 rounding cases)", (cur, prev, unit, text) => {
    expect(only(yoyText(cur, prev, unit))).toBe(text);
  });

  it("reproduces the Chuxiong habit with style delta_x100: 1 against 0 is 增加1起、上升100% (docs/numbers.md)", () => {
    expect(only(yoyText(1, 0, "起", undefined, "delta_x100"))).toBe("增加1起、上升100%");
  });

  it("writes 增加1起(去年同期为0) with style dash", () => {
    expect(only(yoyText(1, 0, "起", null, "dash"))).toBe("增加1起(去年同期为0)");
  });

  it("writes English with style en: up 3 (+15%) (issue 2)", () => {
    expect(only(yoyText(23, 20, undefined, undefined, "en"))).toBe("up 3 (+15%)");
  });

  it("keeps two decimals when asked: 5 against 6 is 下降16.67%", () => {
    expect(only(yoyText(5, 6, "人", 2))).toBe("减少1人、下降16.67%");
  });

  it("spills a phrase per row for the 2024 H1 accidents, deaths and injuries (chuxiong-2024H1-report)", () => {
    expect(matrix(yoyText([[23], [26], [11]], [[20], [21], [6]], "起")).map((r) => r[0])).toEqual([
      "增加3起、上升15%",
      "增加5起、上升23.8%",
      "增加5起、上升83.3%",
    ]);
  });

  it("rejects an unknown style with #VALUE! listing the known ones", () => {
    const result = yoyText(1, 2, "起", 1, "fancy");
    expect(codeOf(result)).toBe("value");
  });
});

describe("YOYTEXT from a zero base with a negative value", () => {
  it("writes a decrease, not 净增加: −1 against 0 is 净减少1起 (a fix to changeText)", () => {
    expect(only(yoyText(-1, 0, "起"))).toBe("净减少1起");
    expect(only(yoyText(-1, 0, "起", undefined, "delta_x100"))).toBe("减少1起、下降100%");
    expect(only(yoyText(-1, 0, undefined, undefined, "en"))).toBe("down 1 from zero");
  });
});
