/**
 * The registry for issue 15: every indicator belongs to a summary section; the disaster human-impact
 * indicators of the national form (docs/indicators.md, national releases in 万人次 / 千公顷 / 亿元), the
 * enforcement indicators (§2.5) and the training, plan and drill counts of the reference report
 * (楚雄州 2024H1: 培训…人次, 预案, 演练…场次) are recognised with their units.
 */
import { INDICATORS, indicatorById } from "../../src/core/registry/indicators";
import { matchIndicator, withUnit } from "../../src/core/registry/matchIndicator";

test("every indicator belongs to one of the six sections", () => {
  const sections = new Set(["accidents", "disasters", "hazards", "enforcement", "training", "other"]);
  for (const ind of INDICATORS) expect(sections.has(ind.section)).toBe(true);
  expect(indicatorById("affected_pop")?.section).toBe("disasters");
  expect(indicatorById("cases")?.section).toBe("enforcement");
  expect(indicatorById("drills")?.section).toBe("training");
});

test("the national disaster form's headers, with their units (人次 is not 人)", () => {
  const cases: [string, string, number][] = [
    ["受灾人口（万人次）", "affected_pop", 10000],
    ["死亡失踪人口（人）", "dz_deaths_missing", 1],
    ["紧急转移安置人口（万人次）", "relocated", 10000],
    ["农作物受灾面积（千公顷）", "crop_affected_ha", 1000],
    ["倒塌房屋（间）", "rooms_collapsed", 1],
    ["严重损坏房屋（间）", "rooms_severe", 1],
    ["直接经济损失（亿元）", "dz_direct_loss", 10000],
  ];
  for (const [header, id, factor] of cases) {
    const m = matchIndicator(header, { domain: "disaster" })!;
    expect([header, m.indicator.id, m.indicator.units[/（(.+)）/.exec(header)![1]]]).toEqual([header, id, factor]);
  }
});

test("enforcement headers; 行政处罚 in 万元 is the amount (罚款), in 次 the number of penalties", () => {
  expect(matchIndicator("检查生产经营单位（家次）")?.indicator.id).toBe("units_inspected");
  expect(matchIndicator("立案查处（件）")?.indicator.id).toBe("cases");
  expect(matchIndicator("责令停产整顿（家）")?.indicator.id).toBe("suspended");
  expect(matchIndicator("行政处罚（万元）")?.indicator.id).toBe("fines");
  expect(matchIndicator("行政处罚（次）")?.indicator.id).toBe("penalties");
  expect(withUnit(matchIndicator("行政处罚")!, "万元").indicator.id).toBe("fines");
  expect(withUnit(matchIndicator("行政处罚")!, undefined).indicator.id).toBe("penalties");
});

test("training, emergency plans and drills", () => {
  const cases: [string, string][] = [
    ["安全培训（次）", "training_sessions"],
    ["培训人次", "training_people"],
    ["修订应急预案（件）", "plans_revised"],
    ["应急预案", "plans_total"],
    ["应急演练（场次）", "drills"],
    ["参加演练（人次）", "drill_people"],
    ["投入演练经费（万元）", "drill_funds"],
  ];
  for (const [header, id] of cases) expect([header, matchIndicator(header)?.indicator.id]).toEqual([header, id]);
});
