import { cleanHeader, editDistance, headerCore, isOfWhich, normalHeader, similarity } from "../../src/core/registry/headerText";

// Header texts from docs/layouts.md layouts C and D.
describe("header text", () => {
  it("removes line breaks and spaces that split a header (layout D: 商贸制 造, 交通运\\n输)", () => {
    expect(cleanHeader("商贸制 造")).toBe("商贸制造");
    expect(cleanHeader("交通运\n输")).toBe("交通运输");
    expect(cleanHeader(undefined)).toBe("");
  });

  it("keeps full-width brackets for display but normalises them for comparison", () => {
    expect(cleanHeader("县（市）")).toBe("县（市）");
    expect(normalHeader("县（市）")).toBe("县(市)");
  });

  it("strips units in either bracket, a leading 其中： and a trailing colon", () => {
    expect(headerCore("直接经济损失（万元）")).toBe("直接经济损失");
    expect(headerCore("死亡(人)")).toBe("死亡");
    expect(headerCore("其中：重大隐患（条）")).toBe("重大隐患");
    expect(headerCore("其中:集中安置")).toBe("集中安置");
    expect(headerCore("其中：")).toBe("");
  });

  it("recognises 其中 with a full-width or half-width colon", () => {
    expect(isOfWhich("其中：旱灾")).toBe(true);
    expect(isOfWhich("其中:道路运输业")).toBe(true);
    expect(isOfWhich("楚雄市")).toBe(false);
  });

  it("measures the seed's typos as one edit away from the official names", () => {
    expect(editDistance("公务服务", "公共服务")).toBe(1);
    expect(editDistance("工贸商贸业", "工矿商贸业")).toBe(1);
    expect(similarity("工贸商贸业", "工矿商贸业")).toBeCloseTo(0.8, 10);
    expect(similarity("", "")).toBe(1);
  });
});
