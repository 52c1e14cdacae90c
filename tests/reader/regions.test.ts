import { CHUXIONG_REGIONS, matchRegion, rowRoleOf } from "../../src/core/registry/regions";

// County names from docs/indicators.md; special zones from layout D (Chizhou, [S21]).
describe("matchRegion", () => {
  it("knows the ten 县市 of 楚雄州 and its high-tech zone", () => {
    expect(CHUXIONG_REGIONS).toHaveLength(11);
    for (const name of CHUXIONG_REGIONS) expect(matchRegion(name)).toMatchObject({ region: name, confidence: 1 });
  });

  it("accepts short names and the old 禄丰县", () => {
    expect(matchRegion("楚雄")?.region).toBe("楚雄市");
    expect(matchRegion("姚安")?.region).toBe("姚安县");
    expect(matchRegion("高新区")?.region).toBe("楚雄高新区");
    expect(matchRegion("禄丰县")?.region).toBe("禄丰市");
  });

  it("recognises generic counties, special zones and 市直 elsewhere", () => {
    expect(matchRegion("贵池区")).toMatchObject({ kind: "county" });
    expect(matchRegion("九华山风景区")).toMatchObject({ kind: "special_zone" });
    expect(matchRegion("经济技术开发区")).toMatchObject({ kind: "special_zone" });
    expect(matchRegion("市直")).toMatchObject({ kind: "direct" });
    expect(matchRegion("州直")).toMatchObject({ kind: "direct" });
    expect(matchRegion("鄂托克旗")).toMatchObject({ kind: "county" });
  });

  it("does not take totals, industries or headers for regions", () => {
    expect(matchRegion("全州合计")).toBeUndefined();
    expect(matchRegion("建筑业")).toBeUndefined();
    expect(matchRegion("县（市）")).toBeUndefined();
    expect(matchRegion("")).toBeUndefined();
  });
});

describe("rowRoleOf", () => {
  it("finds total rows however they are written", () => {
    for (const label of ["合计", "总计", "全州合计", "全市合计", "合 计"]) expect(rowRoleOf(label)).toBe("total");
  });

  it("takes the area's own word for the whole, alone or with 合计/总计 (全区 of a district, 全旗 of a banner)", () => {
    for (const label of ["全区", "全旗", "全县", "全盟", "全国", "全区合计", "全旗总计", "全省总计"]) expect(rowRoleOf(label)).toBe("total");
    for (const label of ["全区各镇", "全市重点行业", "市区"]) expect(rowRoleOf(label)).toBe("data");
  });

  it("finds subtotal and 其中 rows", () => {
    expect(rowRoleOf("小计")).toBe("subtotal");
    expect(rowRoleOf("其中：旱灾")).toBe("of_which");
    expect(rowRoleOf("其中:道路运输业")).toBe("of_which");
  });

  it("calls everything else data, and an empty label blank", () => {
    expect(rowRoleOf("楚雄市")).toBe("data");
    expect(rowRoleOf("")).toBe("blank");
  });
});
