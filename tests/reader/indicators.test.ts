import { INDICATORS, indicatorById, unitFactor } from "../../src/core/registry/indicators";
import { parentOf } from "../../src/core/registry/forms/relations";
import { isPartOf, matchIndicator } from "../../src/core/registry/matchIndicator";

// Ids, names, aliases and typos from docs/indicators.md; the typos 工贸商贸业 and 公务服务 from the seed report (§1.2).
describe("the indicator registry", () => {
  it("has one record per id, each with a base unit among its units", () => {
    const ids = INDICATORS.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const i of INDICATORS) expect(i.units[i.baseUnit]).toBe(1);
  });

  it("holds the core indicators of every domain", () => {
    for (const id of [
      "accident_count",
      "deaths",
      "injured",
      "direct_loss",
      "affected_pop",
      "dz_direct_loss",
      "loss_housing",
      "loss_agri",
      "loss_industry",
      "loss_infra",
      "loss_public",
      "loss_other",
      "hazards_found",
      "major_found",
      "rectified",
      "rect_rate",
      "fines",
      "cases",
    ]) {
      expect(indicatorById(id)).toBeDefined();
    }
  });

  it("makes the six loss categories parts of the disaster's direct loss", () => {
    for (const id of ["loss_housing", "loss_agri", "loss_industry", "loss_infra", "loss_public", "loss_other"]) {
      expect(parentOf(id)).toBe("dz_direct_loss");
      expect(isPartOf(id, "dz_direct_loss")).toBe(true);
    }
    expect(parentOf("major_found")).toBe("hazards_found");
    expect(isPartOf("crop_failure_ha", "crop_affected_ha")).toBe(true);
    expect(isPartOf("deaths", "dz_direct_loss")).toBe(false);
  });

  it("recomputes rates from their parts and knows which way is worse", () => {
    expect(indicatorById("rect_rate")).toMatchObject({ aggregation: "rate", numerator: "rectified", denominator: "hazards_found", higherIsWorse: false });
    expect(indicatorById("deaths")).toMatchObject({ aggregation: "sum", higherIsWorse: true });
  });

  it("converts 元 and 亿元 to 万元, 亩 and 千公顷 to 公顷, 万人 to 人", () => {
    expect(unitFactor(indicatorById("dz_direct_loss")!, "元")).toBe(0.0001);
    expect(unitFactor(indicatorById("dz_direct_loss")!, "亿元")).toBe(10000);
    expect(unitFactor(indicatorById("crop_affected_ha")!, "亩")).toBeCloseTo(1 / 15, 12);
    expect(unitFactor(indicatorById("crop_affected_ha")!, "千公顷")).toBe(1000);
    expect(unitFactor(indicatorById("affected_pop")!, "万人")).toBe(10000);
    expect(unitFactor(indicatorById("deaths")!, "万元")).toBeUndefined();
  });
});

describe("matchIndicator", () => {
  it("matches every name and alias of the registry exactly (or to an indicator sharing it)", () => {
    for (const indicator of INDICATORS) {
      for (const alias of [indicator.name, ...indicator.aliases]) {
        const m = matchIndicator(alias, { domain: indicator.domain });
        expect({ alias, id: m?.alternatives.includes(indicator.id) ? indicator.id : m?.indicator.id }).toEqual({ alias, id: indicator.id });
        expect(m?.confidence).toBe(1);
      }
    }
  });

  it("resolves the seed's typos 工贸商贸业 and 公务服务 and says so", () => {
    expect(matchIndicator("工贸商贸业")).toMatchObject({ indicator: { id: "loss_industry" }, resolvedTypo: true, how: "typo", matchedAlias: "工贸商贸业" });
    expect(matchIndicator("公务服务")).toMatchObject({ indicator: { id: "loss_public" }, resolvedTypo: true });
    expect(matchIndicator("公务服务")!.confidence).toBeLessThan(1);
  });

  it("ignores units, spaces, line breaks and a leading 其中：", () => {
    expect(matchIndicator("死亡人数（人）")?.indicator.id).toBe("deaths");
    expect(matchIndicator("死 亡\n人 数")?.indicator.id).toBe("deaths");
    expect(matchIndicator("事故(起)")?.indicator.id).toBe("accident_count");
    expect(matchIndicator("其中：重大隐患（条）")?.indicator.id).toBe("major_found");
    expect(matchIndicator("其中：重大隐患已整改")?.indicator.id).toBe("major_rectified");
    expect(matchIndicator("整改率（%）")?.indicator.id).toBe("rect_rate");
  });

  it("reads a header path from the leaf up, skipping period and change words", () => {
    expect(matchIndicator(["事故起数", "本期"])?.indicator.id).toBe("accident_count");
    expect(matchIndicator(["死亡人数", "同比增减幅度(%)"])?.indicator.id).toBe("deaths");
    expect(matchIndicator(["直接经济损失（万元）", "其中：", "农林牧渔业"])?.indicator.id).toBe("loss_agri");
    expect(matchIndicator(["直接经济损失（万元）", "合计"], { domain: "disaster" })?.indicator.id).toBe("dz_direct_loss");
  });

  it("accepts a part's short name (其他, 农林牧渔业) only under its parent's header", () => {
    expect(matchIndicator(["直接经济损失（万元）", "其中：", "其他"])?.indicator.id).toBe("loss_other");
    expect(matchIndicator("其他")).toBeUndefined();
    // Under 事故起数, 农林牧渔业 is an industry column of accident counts (layout D style).
    expect(matchIndicator(["事故起数", "农林牧渔业"])?.indicator.id).toBe("accident_count");
  });

  it("decides 直接经济损失 by the table's domain", () => {
    expect(matchIndicator("直接经济损失（万元）", { domain: "disaster" })?.indicator.id).toBe("dz_direct_loss");
    expect(matchIndicator("直接经济损失（万元）", { domain: "accident" })?.indicator.id).toBe("direct_loss");
    expect(matchIndicator("直接经济损失（万元）")?.alternatives).toEqual(expect.arrayContaining(["direct_loss", "dz_direct_loss"]));
  });

  it("matches a header that says more than the alias, with lower confidence", () => {
    const m = matchIndicator("本期事故起数");
    expect(m).toMatchObject({ indicator: { id: "accident_count" }, how: "contains" });
    expect(m!.confidence).toBeLessThan(1);
  });

  it("resolves an unseen misspelling by edit distance and reports it as fuzzy", () => {
    const m = matchIndicator("农林牧鱼业损失");
    expect(m).toMatchObject({ indicator: { id: "loss_agri" }, how: "fuzzy", resolvedTypo: true });
    expect(m!.confidence).toBeLessThan(0.8);
  });

  it("matches nothing for labels and words that are not indicators", () => {
    for (const h of ["县（市）", "本期", "楚雄市", "备注", "", "灾种"]) expect(matchIndicator(h)).toBeUndefined();
  });
});
