/**
 * The 综述 sentences on hand-built figures, against the phrasing rules of docs/report-rules.md and docs/numbers.md
 * (the accident, loss, hazard and enforcement sentences and the zero-base edge cases); expected texts are written out by hand from there.
 */
import { workbookFacts } from "../../src/core/facts";
import type { IndicatorPair, SummaryFacts } from "../../src/core/summary/facts";
import { buildNarrative } from "../../src/core/summary/narrative";
import { resolveSummaryOptions } from "../../src/core/summary/options";

const pair = (indicator: string, classifier: string, current: number, previous: number): IndicatorPair => ({
  indicator,
  name: indicator,
  classifier,
  unit: classifier,
  current: { value: current },
  previous: { value: previous },
});

const house = resolveSummaryOptions();

test("T1 with a decrease, a flat figure and a zero base (docs/numbers.md: never a percent against 0)", () => {
  const facts: SummaryFacts = {
    area: "全州",
    accidents: [pair("accident_count", "起", 42, 45), pair("deaths", "人", 20, 20), pair("injured", "人", 1, 0)],
  };
  expect(buildNarrative(facts, house)[0]).toBe(
    "全州共发生各类生产安全事故42起、死亡20人、受伤1人，同比事故起数减少3起、下降6.7%，死亡人数持平，受伤人数净增加1人。",
  );
});

test("the Chuxiong delta×100 habit is available as an option", () => {
  const facts: SummaryFacts = {
    accidents: [pair("accident_count", "起", 2, 0)],
  };
  expect(buildNarrative(facts, resolveSummaryOptions({ zeroBase: "delta_x100" }))[0]).toBe("共发生各类生产安全事故2起，同比事故起数增加2起、上升200%。");
});

test("half-up rounding of the percent: 13/16 → 18.8% (docs/numbers.md)", () => {
  const facts: SummaryFacts = {
    accidents: [pair("accident_count", "起", 29, 16)],
  };
  expect(buildNarrative(facts, house)[0]).toContain("增加13起、上升81.3%");
  const f2: SummaryFacts = {
    accidents: [pair("accident_count", "起", 19, 16)],
  };
  expect(buildNarrative(f2, house)[0]).toContain("上升18.8%");
});

test("T4 with a single part and a zero part left out", () => {
  const facts: SummaryFacts = {
    losses: {
      sheet: "灾情",
      total: { value: 44.04 },
      parts: [
        {
          indicator: "loss_agri",
          name: "农林牧渔业损失",
          value: { value: 44.04 },
        },
        { indicator: "loss_other", name: "其他损失", value: { value: 0 } },
      ],
    },
  };
  expect(buildNarrative(facts, house)[0]).toBe("因灾造成直接经济损失44.04万元，其中：农林牧渔业损失44.04万元。");
});

test("T6: all rectified says 已全部整改; rate decimals follow the option", () => {
  const all: SummaryFacts = {
    hazards: {
      sheet: "隐患",
      rows: [],
      total: { label: "合计", found: { value: 12 }, rectified: { value: 12 } },
    },
  };
  expect(buildNarrative(all, house)[0]).toBe("发现安全隐患12条，完成整改12条，已全部整改。");
  const some: SummaryFacts = {
    hazards: {
      sheet: "隐患",
      rows: [],
      total: {
        label: "合计",
        found: { value: 411 },
        rectified: { value: 378 },
      },
    },
  };
  expect(buildNarrative(some, resolveSummaryOptions({ rateDecimals: 1 }))[0]).toContain("整改率92%");
  expect(buildNarrative(some, resolveSummaryOptions({ rateDecimals: 0 }))[0]).toContain("整改率92%");
  expect(buildNarrative(some, resolveSummaryOptions({ rateDecimals: 2 }))[0]).toContain("整改率91.97%");
});

test("no figures, no sentences", () => {
  expect(buildNarrative({}, house)).toEqual([]);
});

test("T7 enforcement, with the split of the fines (docs/report-rules.md)", () => {
  const v = (value: number) => ({ value });
  const facts: SummaryFacts = {
    enforcement: [
      { indicator: "units_inspected", value: v(1200) },
      { indicator: "cases", value: v(35) },
      { indicator: "fines", value: v(120.5) },
      { indicator: "fines_supervision", value: v(100.5) },
      { indicator: "fines_accident", value: v(20) },
    ],
  };
  expect(buildNarrative(facts, house)[0]).toBe(
    "共检查生产经营单位1200家（次），立案查处35件，给予行政处罚120.5万元，其中，监督处罚100.5万元、事故罚款20万元。",
  );
});

test("T3 by industry leaves out a zero death or injury count, as reports write it (docs/report-rules.md)", async () => {
  const { sampleModel } = await import("./sample");
  const { planSummary } = await import("../../src/core/summary/planSummary");
  const text = planSummary(workbookFacts(await sampleModel())).narrative.join("");
  expect(text).toContain("农林牧渔业发生生产安全事故1起、死亡1人，同比均持平；");
  expect(text).not.toContain("受伤0人");
  expect(text).toContain("水上运输业未接报生产安全事故。");
});
