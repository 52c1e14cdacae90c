/**
 * Rows of a table keyed by indicator that name a kind before their indicator are parts, never the
 * whole. Reference: 国家统计局《中华人民共和国2023年国民经济和社会发展统计公报》 (corpus 32): 洪涝和地质灾害
 * 直接经济损失2451亿元, 干旱灾害206亿元, 低温冷冻和雪灾49亿元, 海洋灾害25亿元, 地震灾害153亿元, and no total.
 * The 综述 said "直接经济损失2451亿元", the floods' loss told as the year's.
 */
import { workbookFacts } from "../../src/core/facts";
import { kindBeforeIndicator } from "../../src/core/facts/kindRows";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { planSummary } from "../../src/core/summary/planSummary";
import { sheetOf } from "../reader/layouts";

const BULLETIN = [
  ["2023年全国自然灾害情况"],
  ["指标", "单位", "2023年"],
  ["农作物受灾面积", "万公顷", 1054],
  ["洪涝和地质灾害直接经济损失", "亿元", 2451],
  ["干旱灾害直接经济损失", "亿元", 206],
  ["低温冷冻和雪灾直接经济损失", "亿元", 49],
  ["海洋灾害直接经济损失", "亿元", 25],
];

function factsOf(rows: unknown[][]) {
  return workbookFacts(readWorkbook({ sheets: [sheetOf("表", rows)] }));
}

describe("rows that name a kind before their indicator", () => {
  test("the kind is the words before the indicator's own; the indicator alone or 各类… is the whole", () => {
    expect(kindBeforeIndicator("洪涝和地质灾害直接经济损失", "dz_direct_loss")).toBe("洪涝和地质灾害");
    expect(kindBeforeIndicator("直接经济损失（亿元）", "dz_direct_loss")).toBeUndefined();
    expect(kindBeforeIndicator("各类生产安全事故死亡人数", "deaths")).toBeUndefined();
  });

  test("the bulletin's four losses by disaster type are parts keyed by type, and no fact is the whole loss", () => {
    const losses = factsOf(BULLETIN).facts.filter((f) => f.indicator.endsWith("direct_loss"));
    expect(losses.map((f) => [f.breakdown.map((k) => `${k.dimension}:${k.key}`).join(), f.value])).toEqual([
      ["category:洪涝和地质灾害", 24510000],
      ["category:干旱灾害", 2060000],
      ["category:低温冷冻和雪灾", 490000],
      ["category:海洋灾害", 250000],
    ]);
  });

  test("the 综述 never tells the floods' 2451亿元 as the year's direct economic loss", () => {
    const text = planSummary(factsOf(BULLETIN), { language: "zh" }).narrative.join("");
    expect(text).toContain("农作物受灾面积1054万公顷");
    expect(text).not.toMatch(/直接经济损失2451亿元/);
  });

  test("a table with the whole beside its kinds keeps the whole (直接经济损失 3454.5 over 洪涝 2451)", () => {
    const rows = [
      ["指标", "单位", "2023年"],
      ["直接经济损失", "亿元", 3454.5],
      ["洪涝和地质灾害直接经济损失", "亿元", 2451],
    ];
    const losses = factsOf(rows).facts.filter((f) => f.indicator.endsWith("direct_loss"));
    expect(losses.map((f) => [f.breakdown.map((k) => k.key).join(), f.value])).toEqual([
      ["", 34545000],
      ["洪涝和地质灾害", 24510000],
    ]);
  });
});
