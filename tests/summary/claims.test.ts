/**
 * Claims the workbook does not support (issue 22, "Claims a statistician would not sign"; rules 14 and 15 of
 * docs/report-rules.md), on hand-built figures. Expected texts are written by hand from the releases the rules cite:
 * coverage as city bulletins state it (全市（不含××区）, 报送率), MEM's disaster order (受灾 → 死亡失踪 → 转移安置),
 * and our own first rule (never a figure the workbook does not support).
 */
import type { IndicatorPair, SourcedValue, SummaryFacts } from "../../src/core/summary/facts";
import { buildNarrative } from "../../src/core/summary/narrative";
import { resolveSummaryOptions } from "../../src/core/summary/options";

const NAMES: Record<string, [string, string]> = {
  accident_count: ["事故起数", "起"],
  deaths: ["死亡人数", "人"],
  injured: ["受伤人数", "人"],
};
const value = (x: number | null | SourcedValue): SourcedValue => (x !== null && typeof x === "object" ? x : { value: x });
const pair = (indicator: string, current: number | null | SourcedValue, previous: number | null | SourcedValue): IndicatorPair => ({
  indicator,
  name: NAMES[indicator][0],
  classifier: NAMES[indicator][1],
  unit: NAMES[indicator][1],
  current: value(current),
  previous: value(previous),
});
const zh = (facts: SummaryFacts) => buildNarrative(facts, resolveSummaryOptions());
const en = (facts: SummaryFacts) => buildNarrative(facts, resolveSummaryOptions({ language: "en" }));
const SAMPLE_ACCIDENTS = [pair("accident_count", 23, 20), pair("deaths", 26, 21), pair("injured", 11, 6)];
const CHUXIONG = ["楚雄市", "禄丰市", "双柏县", "牟定县", "南华县", "姚安县", "大姚县", "永仁县", "元谋县", "武定县", "楚雄高新区"];

describe("partial coverage is stated (issue 22 item 1)", () => {
  test("two counties missing: 全州（不含双柏县、牟定县）, as bulletins write a total that leaves areas out", () => {
    const facts: SummaryFacts = {
      period: "2024年1—6月",
      area: "全州",
      place: "楚雄州",
      accidents: SAMPLE_ACCIDENTS,
      coverage: { expected: 11, reported: CHUXIONG.filter((c) => c !== "双柏县" && c !== "牟定县"), missing: ["双柏县", "牟定县"] },
    };
    expect(zh(facts)[0]).toMatch(/^2024年1—6月，全州（不含双柏县、牟定县）共发生各类生产安全事故23起/);
    expect(en(facts)[0]).toMatch(/^In January–June 2024, Chuxiong Prefecture \(excluding Shuangbai County and Mouding County\) recorded 23/);
  });

  test("3 of 11 counties reporting: the 报送率 and the counties, before any figure", () => {
    const facts: SummaryFacts = {
      period: "2024年1—6月",
      area: "全州",
      place: "楚雄州",
      hazards: { sheet: "汇总", total: { label: "合计", found: { value: 372 }, rectified: { value: 318 } }, rows: [] },
      coverage: { expected: 11, reported: ["楚雄市", "南华县", "元谋县"], missing: CHUXIONG.filter((c) => !["楚雄市", "南华县", "元谋县"].includes(c)) },
    };
    const text = zh(facts).join("");
    expect(text).toMatch(/^全州11个县（市、区）中3个报送数据（报送率27\.3%：楚雄市、南华县、元谋县），以下为已报送县（市、区）合计。/);
    expect(en(facts).join(" ")).toMatch(
      /^Of the 11 counties of Chuxiong Prefecture, 3 reported \(27\.3%: Chuxiong City, Nanhua County and Yuanmou County\); the figures below cover them only\./,
    );
  });
});

describe("no previous year is not a zero base (issue 22 item 2)", () => {
  const facts: SummaryFacts = {
    period: "2024年1—6月",
    area: "全州",
    accidents: [pair("accident_count", 23, 0), pair("deaths", 26, 0), pair("injured", 11, 0)],
    noPrevious: { period: "2023年1—6月", source: "ledger" },
  };
  test("a ledger with no records in 2023 gives no 同比 and says why (台账未含2023年同期记录，不作同比)", () => {
    expect(zh(facts)[0]).toBe("2024年1—6月，全州共发生各类生产安全事故23起、死亡26人、受伤11人。台账未含2023年1—6月记录，不作同比。");
    expect(en(facts)[0]).toBe(
      "In January–June 2024, the prefecture recorded 23 work-safety accidents, with 26 deaths and 11 injuries. The ledger holds no records for January–June 2023, so no year-on-year comparison is made.",
    );
  });

  test("no row of the county paragraph says 净增加 against an empty year", () => {
    const rows = CHUXIONG.slice(0, 3).map((label) => ({ label, role: "data" as const, pairs: [pair("accident_count", 5, 0)] }));
    const table = {
      sheet: "台账",
      keyKind: "region" as const,
      indicators: [{ indicator: "accident_count", name: "事故起数", unit: "起" }],
      rows,
      total: [],
      totalLabel: "合计",
      source: "ledger" as const,
    };
    const text = zh({ ...facts, byRegion: table }).join("");
    expect(text).not.toMatch(/净增加|上升|增加/);
  });
});

describe("the text never contradicts the 核对 (issue 22 item 3)", () => {
  test("a total the 核对 found wrong is printed with 待核实 and the parts' sum, and without its 同比", () => {
    const flagged: SourcedValue = { value: 24, check: { recomputed: 23 } };
    const facts: SummaryFacts = { period: "2024年1—6月", area: "全州", accidents: [pair("accident_count", flagged, 20), pair("deaths", 26, 21)] };
    const text = zh(facts)[0];
    expect(text).toContain("共发生各类生产安全事故24起（待核实：各分项合计23起，见核对）、死亡26人");
    expect(text).not.toContain("事故起数增加4起");
    expect(text).toContain("死亡人数增加5人、上升23.8%");
    expect(en(facts)[0]).toContain("24 work-safety accidents (to be verified: the parts add up to 23; see the checks)");
  });

  test("a loss total smaller than its parts is never printed silently", () => {
    const facts: SummaryFacts = {
      losses: {
        sheet: "灾情",
        total: { value: 100, check: { recomputed: 126.59 } },
        parts: [{ indicator: "loss_housing", name: "房屋及居民家庭财产损失", value: { value: 126.59 } }],
      },
    };
    expect(zh(facts)[0]).toContain("直接经济损失100万元（待核实：各分项合计126.59万元，见核对）");
  });
});

describe("an error cell is a finding, not a missing figure (issue 22 item 4)", () => {
  test("#REF! in the deaths total: the sentence says the figure is unavailable", () => {
    const facts: SummaryFacts = {
      period: "2024年1—6月",
      area: "全州",
      accidents: [pair("accident_count", 23, 20), pair("deaths", { value: null, error: "#REF!" }, 21), pair("injured", 11, 6)],
    };
    const text = zh(facts)[0];
    expect(text).toContain("共发生各类生产安全事故23起、受伤11人，死亡人数暂缺（源单元格为#REF!，见核对）");
    expect(en(facts)[0]).toContain(
      "with 11 injuries. Compared with a year earlier, accidents rose by 3 (15%) and injuries by 5 (83.3%). The number of deaths is unavailable (the source cell holds #REF!; see the checks).",
    );
  });
});

describe("an error cell elsewhere than accidents says 暂缺, never vanishes (issue 22 item 4)", () => {
  test("#REF! in the direct economic loss and #VALUE! in 受灾人口: the disaster sentence says both are unavailable", () => {
    const facts: SummaryFacts = {
      period: "2024年1—6月",
      area: "全州",
      place: "楚雄州",
      disasterScope: [
        { indicator: "affected_pop", name: "受灾人口", classifier: "人", value: { value: null, error: "#VALUE!" } },
        { indicator: "relocated", name: "紧急转移安置人口", classifier: "人", value: { value: 120 } },
      ],
      losses: { sheet: "灾情", total: { value: null, error: "#REF!" }, parts: [] },
    };
    expect(zh(facts)[0]).toBe("2024年1—6月，紧急转移安置120人次，受灾人口暂缺（源单元格为#VALUE!，见核对），直接经济损失暂缺（源单元格为#REF!，见核对）。");
    expect(en(facts)[0]).toContain(
      "The affected population is unavailable (the source cell holds #VALUE!; see the checks) and the direct economic loss is unavailable (the source cell holds #REF!; see the checks).",
    );
  });

  test("#DIV/0! in the rectified count: the hazard paragraph says it, instead of disappearing", () => {
    const facts: SummaryFacts = {
      hazards: { sheet: "隐患", total: { label: "合计", found: { value: 411 }, rectified: { value: null, error: "#DIV/0!" } }, rows: [] },
    };
    expect(zh(facts)[0]).toBe("发现安全隐患411条，完成整改数暂缺（源单元格为#DIV/0!，见核对）。");
    expect(en(facts)[0]).toBe("A total of 411 hazards were found. The number rectified is unavailable (the source cell holds #DIV/0!; see the checks).");
  });
});

describe("one phrase, one number (issue 22 item 5)", () => {
  test("the hazard paragraph names what its count of units is of, apart from enforcement's 共检查生产经营单位", () => {
    const facts: SummaryFacts = {
      hazards: {
        sheet: "隐患",
        total: { label: "合计", found: { value: 411 }, rectified: { value: 378 }, unitsChecked: { value: 169 } },
        rows: [],
        unitsCheckedLabel: "检查企业",
      },
      enforcement: [{ indicator: "units_inspected", value: { value: 414 } }],
    };
    const [hazards, enforcement] = zh(facts);
    expect(hazards).toBe("隐患排查检查企业169家（次），发现安全隐患411条，完成整改378条，整改率92%。");
    expect(enforcement).toContain("共检查生产经营单位414家（次）");
    expect(en(facts)[0]).toMatch(/^Hazard checks made 169 visits to enterprises\./);
  });
});

describe("disasters lead with lives (issue 26 item 7, MEM's order)", () => {
  const scope = (indicator: string, name: string, classifier: string, x: number) => ({ indicator, name, classifier, value: { value: x } });
  const facts: SummaryFacts = {
    period: "2024年1—6月",
    area: "全州",
    disasterScope: [
      scope("affected_pop", "受灾人口", "人", 301265),
      scope("relocated", "紧急转移安置人口", "人次", 2055),
      scope("dz_deaths", "因灾死亡人口", "人", 3),
      scope("dz_missing", "因灾失踪人口", "人", 1),
    ],
  };
  test("因灾死亡 and 失踪 come right after the people affected, before 紧急转移安置", () => {
    expect(zh(facts)[0]).toContain("301265人不同程度受灾，因灾死亡3人、失踪1人，紧急转移安置2055人次");
    expect(en(facts)[0]).toContain("natural disasters in the prefecture affected 301,265 people; 3 people died and 1 was missing");
  });

  test("none dead or missing is said, as releases say it", () => {
    const none = { ...facts, disasterScope: facts.disasterScope!.map((s) => (s.indicator.startsWith("dz_") ? { ...s, value: { value: 0 } } : s)) };
    expect(zh(none)[0]).toContain("无人员因灾死亡失踪");
    expect(en(none)[0]).toContain("no one died or went missing");
  });
});

describe("period dashes as GB/T 15834 writes them", () => {
  test("a source period 2024年1-6月 is written 2024年1—6月 in the text", () => {
    expect(zh({ period: "2024年1-6月", area: "全州", accidents: SAMPLE_ACCIDENTS })[0]).toMatch(/^2024年1—6月，全州/);
  });
});
