/**
 * One test per rule of docs/report-rules.md, on the narrative builder, in Chinese and in English.
 * Expected texts are written by hand from the releases each rule cites (domain conventions of
 * 2024 releases: Chuxiong 1—8月, Jiangxi July 2024, Hunan monthly, Sichuan hazards, Chuxiong
 * disaster 快报; State Council / Xinhua English).
 */
import type { IndicatorPair, SummaryFacts } from "../../src/core/summary/facts";
import { buildNarrative } from "../../src/core/summary/narrative";
import { englishPeriod } from "../../src/core/summary/narrative/region";
import { resolveSummaryOptions, type SummaryOptionsInput } from "../../src/core/summary/options";
import { generatedText, subtitleText, summaryTitle } from "../../src/core/summary/provenance";
import { placeInTitle, workbookFacts } from "../../src/core/facts";

const NAMES: Record<string, [string, string]> = {
  accident_count: ["事故起数", "起"],
  deaths: ["死亡人数", "人"],
  injured: ["受伤人数", "人"],
  count_level_ge_larger: ["较大及以上事故起数", "起"],
};
const pair = (indicator: string, current: number | null, previous: number | null): IndicatorPair => ({
  indicator,
  name: NAMES[indicator][0],
  classifier: NAMES[indicator][1],
  unit: NAMES[indicator][1],
  current: { value: current },
  previous: { value: previous },
});
const zh = (facts: SummaryFacts, o: SummaryOptionsInput = {}) => buildNarrative(facts, resolveSummaryOptions(o));
const en = (facts: SummaryFacts, o: SummaryOptionsInput = {}) => buildNarrative(facts, resolveSummaryOptions({ ...o, language: "en" }));

/** Accidents and deaths both fall (Jiangxi-style 双下降), outside 楚雄州. */
const FALLING: SummaryFacts = {
  period: "2024年1—7月",
  area: "全省",
  place: "江西省",
  accidents: [pair("accident_count", 215, 230), pair("deaths", 160, 185), pair("injured", 15, 14)],
};

describe("rule 1: the region word", () => {
  test("comes from the place when no total row gives it (楚雄州 → 全州), in Chinese; the place is named in English", () => {
    const facts: SummaryFacts = { period: "2024年1—8月", place: "楚雄州", accidents: [pair("accident_count", 29, 27)] };
    expect(zh(facts)[0]).toBe("2024年1—8月，全州共发生各类生产安全事故29起，同比事故起数增加2起、上升7.4%。");
    expect(en(facts)[0]).toBe(
      "In January–August 2024, Chuxiong Prefecture recorded 29 work-safety accidents. Compared with a year earlier, accidents rose by 2 (7.4%).",
    );
  });

  test("is read from a title that names the place after or before the period", () => {
    expect(placeInTitle("楚雄州2024年1—6月生产安全事故分县(市)统计表")).toBe("楚雄州");
    expect(placeInTitle("2024年1—6月楚雄州自然灾害损失情况统计表")).toBe("楚雄州");
    expect(placeInTitle("池州市2020年1—7月生产安全事故分行业分地区统计表")).toBe("池州市");
    expect(placeInTitle("全州2024年统计")).toBeUndefined();
  });
});

describe("rule 2: the title puts the period first and names the subject", () => {
  test("2024年1—8月全州生产安全事故情况, and its English twin", () => {
    const facts: SummaryFacts = { period: "2024年1—8月", place: "楚雄州", accidents: [pair("accident_count", 29, 27)] };
    const o = resolveSummaryOptions();
    expect(summaryTitle(facts, o)).toBe("2024年1—8月全州生产安全事故情况");
    expect(summaryTitle(facts, { ...o, language: "en" })).toBe("Chuxiong Prefecture, January–August 2024: work-safety accidents");
  });

  test("periods read in English: months, halves, quarters, a single month, a year", () => {
    expect(englishPeriod("2024年1—6月")).toBe("January–June 2024");
    expect(englishPeriod("2024年1-6月")).toBe("January–June 2024");
    expect(englishPeriod("2024年上半年")).toBe("first half of 2024");
    expect(englishPeriod("2024年一季度")).toBe("Q1 2024");
    expect(englishPeriod("2024年3月")).toBe("March 2024");
    expect(englishPeriod("2024年")).toBe("2024");
    expect(englishPeriod("本期")).toBeUndefined();
  });
});

describe("rule 3: indicators that move together are grouped with 分别; 双下降", () => {
  test("accidents and deaths both falling: 分别下降 and 实现事故起数、死亡人数“双下降” (Jiangxi July 2024)", () => {
    expect(zh(FALLING)[0]).toBe(
      "2024年1—7月，全省共发生各类生产安全事故215起、死亡160人、受伤15人，同比事故起数减少15起，死亡人数减少25人，分别下降6.5%、13.5%，受伤人数增加1人、上升7.1%，实现事故起数、死亡人数“双下降”。",
    );
    expect(en(FALLING)[0]).toBe(
      "In January–July 2024, Jiangxi Province recorded 215 work-safety accidents, with 160 deaths and 15 injuries. Compared with a year earlier, accidents fell by 15 (6.5%) and deaths by 25 (13.5%), while injuries rose by 1 (7.1%).",
    );
  });

  test("English gives the comparison as a sentence of its own, the verb once per direction, never a signed percent", () => {
    const text = en({ ...FALLING, accidents: FALLING.accidents!.slice(0, 2) })[0];
    expect(text).toBe(
      "In January–July 2024, Jiangxi Province recorded 215 work-safety accidents, with 160 deaths. Compared with a year earlier, accidents fell by 15 (6.5%) and deaths by 25 (13.5%).",
    );
    expect(text).not.toMatch(/respectively|year on year/);
    expect(text).not.toMatch(/[+-]\d/);
  });

  test("the Chuxiong house style (a 楚雄州 workbook, or changeStyle each) keeps one indicator after another", () => {
    expect(zh(FALLING, { changeStyle: "each" })[0]).toContain(
      "同比事故起数减少15起、下降6.5%，死亡人数减少25人、下降13.5%，受伤人数增加1人、上升7.1%，实现事故起数、死亡人数“双下降”。",
    );
  });
});

describe("rule 4: by industry, and the level sentence", () => {
  const byIndustry = (rows: [string, number, number, number, number][]): SummaryFacts["byIndustry"] => ({
    sheet: "分行业",
    keyKind: "industry",
    indicators: [],
    total: [],
    totalLabel: "合计",
    rows: rows.map(([label, a, pa, d, pd]) => ({ label, role: "data", pairs: [pair("accident_count", a, pa), pair("deaths", d, pd)] })),
  });

  test("each industry gets 发生生产安全事故 and its own 同比; an industry with none gets 未接报生产安全事故", () => {
    const facts: SummaryFacts = {
      byIndustry: byIndustry([
        ["道路运输业", 12, 19, 15, 20],
        ["建筑业", 3, 2, 3, 3],
        ["水上运输业", 0, 1, 0, 1],
      ]),
    };
    expect(zh(facts)[0]).toBe(
      "分行业看，道路运输业发生生产安全事故12起、死亡15人，同比分别下降36.8%、25%；建筑业发生生产安全事故3起、死亡3人，同比事故起数增加1起、上升50%，死亡人数持平。水上运输业未接报生产安全事故。",
    );
    expect(en(facts)[0]).toBe(
      "By industry, road transport had 12 accidents, with 15 deaths; compared with a year earlier, accidents fell by 7 (36.8%) and deaths by 5 (25%). Construction had 3 accidents, with 3 deaths; accidents rose by 1 (50%), while deaths were unchanged. No accident was reported in water transport.",
    );
  });

  test("the level sentence follows the totals it is a part of: none, or 其中较大及以上事故1起，去年同期无", () => {
    const none: SummaryFacts = { area: "全州", place: "楚雄州", accidents: [pair("accident_count", 23, 20), pair("count_level_ge_larger", 0, 0)] };
    expect(zh(none)[0]).toMatch(/。未接报较大及以上生产安全事故。$/);
    expect(en(none)[0]).toMatch(/work-safety accidents\. No relatively serious or worse accident was reported\. Compared with a year earlier/);
    const one: SummaryFacts = { ...none, accidents: [pair("accident_count", 23, 20), pair("count_level_ge_larger", 1, 0)] };
    expect(zh(one)[0]).toMatch(/。其中较大及以上事故1起，去年同期无。$/);
  });
});

describe("rules 5–7: hazards in the source's unit, rates at the source's precision, major hazards", () => {
  const hazards = (found: number, done: number, mf: number, mr: number, extra: object = {}): SummaryFacts => ({
    hazards: {
      sheet: "隐患",
      rows: [],
      total: { label: "合计", found: { value: found }, rectified: { value: done }, majorFound: { value: mf }, majorRectified: { value: mr } },
      ...extra,
    },
  });

  test("Sichuan: 项 and two decimals when the workbook states 97.28; the lagging major hazards get 整改率仅39.56%", () => {
    const facts = hazards(141911, 137354, 182, 72, { unit: "项", statedRateDecimals: 2 });
    expect(zh(facts)[0]).toBe("发现安全隐患141911项，完成整改137354项，整改率96.79%；其中重大隐患182项，已整改72项，整改率仅39.56%。");
    expect(en(facts)[0]).toBe(
      "A total of 141,911 hazards were found and 137,354 rectified, a rectification rate of 96.79%. Of 182 major hazards, only 72 were rectified (39.56%).",
    );
  });

  test("one decimal by default with trailing zeros dropped: 378/411 → 92%, 137426/142093 → 96.7%", () => {
    expect(zh(hazards(411, 378, 0, 0))[0]).toBe("发现安全隐患411条，完成整改378条，整改率92%。");
    expect(zh(hazards(142093, 137426, 0, 0))[0]).toContain("整改率96.7%");
    expect(en(hazards(142093, 137426, 0, 0))[0]).toContain("a rectification rate of 96.7%");
  });

  test("every major hazard rectified: 其中重大隐患3条，已全部完成整改", () => {
    expect(zh(hazards(102, 90, 3, 3))[0]).toBe("发现安全隐患102条，完成整改90条，整改率88.2%，其中重大隐患3条，已全部完成整改。");
    expect(en(hazards(102, 90, 3, 3))[0]).toBe(
      "A total of 102 hazards were found and 90 rectified, a rectification rate of 88.2%. All 3 major hazards were rectified.",
    );
  });
});

describe("rule 8: disasters open with the period (据初步统计 only where the source says it, rule 14), with the types and the counties", () => {
  const facts: SummaryFacts = {
    period: "2024年1—6月",
    area: "全州",
    place: "楚雄州",
    disasterTypes: ["旱灾", "风雹"],
    disasterCounties: 10,
    disasterScope: [
      { indicator: "affected_towns", name: "受灾乡镇", classifier: "个", value: { value: 101 } },
      { indicator: "affected_pop", name: "受灾人口", classifier: "人", value: { value: 301265 } },
    ],
    losses: { sheet: "灾情", total: { value: 12322.34 }, parts: [{ indicator: "loss_agri", name: "农林牧渔业损失", value: { value: 11810.23 } }] },
  };

  test("Chinese, as the reference report writes it (上半年,全州主要遭受了旱灾、风雹灾害,自然灾害共造成10个县市101个乡镇…)", () => {
    expect(zh(facts)[0]).toBe(
      "2024年1—6月，全州主要遭受了旱灾、风雹灾害，自然灾害共造成10个县市101个乡镇301265人不同程度受灾，造成直接经济损失12322.34万元，其中：农林牧渔业损失11810.23万元。",
    );
    expect(zh({ ...facts, figuresStatus: "preliminary" })[0]).toMatch(/^2024年1—6月，据初步统计，全州主要遭受了旱灾/);
  });

  test("English, with the money in CNY millions", () => {
    expect(en(facts)[0]).toBe(
      "In January–June 2024, drought and hailstorms affected 301,265 people across 101 townships in 10 counties of Chuxiong Prefecture. The direct economic loss was CNY 123.22 million (agriculture CNY 118.10 million).",
    );
    expect(en({ ...facts, figuresStatus: "preliminary" })[0]).toMatch(/^Preliminary figures for January–June 2024: Drought and hailstorms affected/);
  });
});

describe("rule 9: no p-value in the 综述", () => {
  const small: SummaryFacts = { area: "全州", place: "楚雄州", accidents: [pair("accident_count", 23, 20)] };
  test("the small-base note only with the option on and only when the change is not significant (R: poisson.test(c(23, 20)) p = 0.761)", () => {
    expect(zh(small)[0]).not.toContain("受基数较小影响");
    expect(zh(small, { significanceWording: true })[0]).toBe(
      "全州共发生各类生产安全事故23起，同比事故起数增加3起、上升15%。受基数较小影响，同比变化仍在正常波动范围内。",
    );
    expect(en(small, { significanceWording: true })[0]).toBe(
      "Chuxiong Prefecture recorded 23 work-safety accidents. Compared with a year earlier, accidents rose by 3 (15%). Given the small base, the year-on-year change is within normal variation.",
    );
  });
});

describe("rule 10: what is live and what is static, and when it was generated", () => {
  test("row 2 names the static parts and the stamp reads as the report's date", () => {
    const parts = { narrative: true, significance: true, interval: false, ledgerFigures: true, textCells: false, checks: true };
    expect(subtitleText(parts, { language: "zh", generatedAt: "2024-07-10T09:30" })).toBe(
      "由“应急统计”根据本工作簿生成于2024年7月10日 09:30。表中的本期、去年同期、增减、幅度、占比、合计和整改率为引用源数据的公式，源数据修改后自动更新；综述、显著性列、台账汇总数字、数据核对为生成时写入的静态文字，源数据修改后请重新生成汇总。",
    );
    expect(subtitleText(parts, { language: "en" })).toContain(
      "The summary text, the significance column, figures counted from ledgers and the checks are static text",
    );
    expect(generatedText("2024-07-10T09:30", "en")).toBe("10 July 2024, 09:30");
    const none = { narrative: false, significance: false, interval: false, ledgerFigures: false, textCells: false };
    expect(subtitleText({ ...none, checks: true }, { language: "en" })).toMatch(/The checks are static text/);
    expect(subtitleText({ ...none, narrative: true, checks: false }, { language: "en" })).toMatch(/The summary text is static text/);
  });
});

describe("rule 11: an English summary is English down to its sheet name", () => {
  test("the default sheet name is Summary in English and 汇总 in Chinese; a name the caller gives is kept", () => {
    expect(resolveSummaryOptions({ language: "en" }).sheetName).toBe("Summary");
    expect(resolveSummaryOptions().sheetName).toBe("汇总");
    expect(resolveSummaryOptions({ language: "en", sheetName: "汇总表" }).sheetName).toBe("汇总表");
  });
});

describe("rule 10 on the sample: the stamp, and no clock inside core", () => {
  test("the 综述 carries the generation time passed in, a column header never does; without one, nothing is stamped", async () => {
    const { sampleModel } = await import("./sample");
    const { planSummary } = await import("../../src/core/summary/planSummary");
    const model = await sampleModel();
    const stamped = planSummary(workbookFacts(model), { generatedAt: "2024-07-10T09:30" });
    const texts = stamped.cells.flat().map((c) => String(c.value));
    expect(texts).toContain("（以上综述生成于2024年7月10日 09:30，不随源数据更新。）");
    expect(texts).toContain("显著性");
    expect(texts.some((t) => t.startsWith("显著性（"))).toBe(false);
    expect(String(stamped.cells[1][0].value)).toMatch(/^由“应急统计”根据本工作簿生成于2024年7月10日 09:30。/);
    expect(stamped.generatedAt).toBe("2024-07-10T09:30");
    const plain = planSummary(workbookFacts(model));
    expect(plain.cells.flat().some((c) => String(c.value).includes("生成于"))).toBe(false);
    expect(plain.generatedAt).toBeUndefined();
  });

  test("the plan lists the source ranges a pane watches for 刷新汇总", async () => {
    const { sampleModel } = await import("./sample");
    const { planSummary } = await import("../../src/core/summary/planSummary");
    const sources = planSummary(workbookFacts(await sampleModel())).sources ?? [];
    expect(sources.some((s) => s.startsWith("'事故分县统计'!A"))).toBe(true);
    expect(sources.some((s) => s.startsWith("'隐患排查治理'!"))).toBe(true);
  });
});
