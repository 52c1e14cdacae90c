/**
 * A table keyed by indicator whose losses are stated by disaster type with no total (国家统计局《2023年国民经济和
 * 社会发展统计公报》, corpus 32: 洪涝和地质灾害直接经济损失2451亿元, 干旱灾害206亿元, 低温冷冻和雪灾49亿元, 海洋灾害25亿元,
 * 地震灾害153亿元) lists each part as the bulletin does. On main the section showed one row 直接经济损失（万元） "—"
 * under a note that "—" means last year's figure is missing, and none of the five figures.
 */
import { workbookFacts } from "../../src/core/facts";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { planSummary } from "../../src/core/summary/planSummary";
import { sheetOf } from "../reader/layouts";

const BULLETIN = [
  ["2023年全国自然灾害情况"],
  ["指标", "单位", "2023年"],
  ["农作物受灾面积", "万公顷", 1054],
  ["洪涝和地质灾害直接经济损失", "亿元", 2451],
  ["干旱灾害直接经济损失", "亿元", 206],
  ["地震灾害直接经济损失", "亿元", 153],
];

function plan(language: "zh" | "en") {
  return planSummary(workbookFacts(readWorkbook({ sheets: [sheetOf("公报", BULLETIN)] })), { language });
}

function rows(language: "zh" | "en"): [unknown, unknown, unknown][] {
  return plan(language).cells.map((r) => [r[0]?.value, r[1]?.value, r[1]?.formula] as [unknown, unknown, unknown]);
}

describe("losses stated by kind with no total", () => {
  test("each kind is its own row with its figure and the cell it comes from, and no row claims the whole", () => {
    const zh = rows("zh");
    expect(zh).toEqual(
      expect.arrayContaining([
        ["洪涝和地质灾害直接经济损失（亿元）", 2451, "='公报'!C4"],
        ["干旱灾害直接经济损失（亿元）", 206, "='公报'!C5"],
        ["地震灾害直接经济损失（亿元）", 153, "='公报'!C6"],
      ]),
    );
    expect(zh.some(([label]) => typeof label === "string" && /^直接经济损失/.test(label))).toBe(false);
    expect(zh.some(([, value]) => value === "—")).toBe(false);
  });

  test("the English rows name the loss and its kind, and the 综述 never tells a part as the year's loss", () => {
    expect(rows("en")).toEqual(expect.arrayContaining([["direct economic loss (洪涝和地质灾害) (100m CNY)", 2451, "='公报'!C4"]]));
    expect(plan("zh").narrative.join("")).not.toMatch(/直接经济损失2451/);
  });
});
