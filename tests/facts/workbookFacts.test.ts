/**
 * The workbook's facts (src/core/facts, docs/architecture.md "The fact model"): what each emitter
 * turns a table or a ledger into. Reference values: the sample's figures are the Chuxiong 2024H1
 * report's (/work/shared/reference, as docs/layouts.md transcribes them); layout B's ledgers are
 * the counts tests/fixtures/expectations.ts records from the fixture generator's own records;
 * the small sheets below are written here with their sums done by hand.
 */
import * as path from "path";
import { workbookFacts, type Fact, type WorkbookFacts } from "../../src/core/facts";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { expectationFor } from "../fixtures/expectations";
import { sheetOf } from "../reader/layouts";
import { loadFixture } from "../reader/loadFixture";
import { sampleModel } from "../summary/sample";

const FIXTURES = path.join(__dirname, "../fixtures");

function factsOf(rows: unknown[][], merges: string[] = []): WorkbookFacts {
  return workbookFacts(readWorkbook({ sheets: [sheetOf("表", rows, merges)] }));
}

/** The facts matching a description: indicator, relation, the breakdown's keys ("" for the whole). */
function find(wf: WorkbookFacts, indicator: string, relation: string, keys = "", source?: string): Fact[] {
  return wf.facts.filter(
    (f) =>
      f.indicator === indicator &&
      f.period.relation === relation &&
      f.measure !== "change" &&
      f.measure !== "change_pct" &&
      f.breakdown.map((k) => k.key).join("/") === keys &&
      (source === undefined || f.source.startsWith(source)),
  );
}

describe("the sample's facts (the Chuxiong 2024H1 report's figures)", () => {
  let wf: WorkbookFacts;
  beforeAll(async () => {
    wf = workbookFacts(await sampleModel());
  });

  test("事故起数 this period is 23 from the 全州合计 cell, 本期 of 2024年1—6月; last year 20 of 2023年1—6月", () => {
    const [current] = find(wf, "accident_count", "current", "", "事故分县统计");
    expect(current).toMatchObject({ value: 23, baseUnit: "起", measure: "count", period: { label: "本期", relation: "current" } });
    expect(current.period.span).toEqual({ kind: "cumulative", year: 2024, startMonth: 1, endMonth: 6 });
    expect(current.provenance).toMatchObject({ kind: "cell", cell: { sheet: "事故分县统计", address: "B5" }, unitFactor: 1, numeric: true });
    const [previous] = find(wf, "accident_count", "year_ago", "", "事故分县统计");
    expect(previous.value).toBe(20);
    expect(previous.period).toMatchObject({ label: "去年同期", span: { kind: "cumulative", year: 2023, startMonth: 1, endMonth: 6 } });
  });

  test("a county is a region key: 楚雄市 had 5 accidents against 4", () => {
    expect(find(wf, "accident_count", "current", "楚雄市")[0].value).toBe(5);
    expect(find(wf, "accident_count", "year_ago", "楚雄市")[0].value).toBe(4);
    expect(find(wf, "accident_count", "current", "楚雄市")[0].breakdown[0].dimension).toBe("region");
  });

  test("the stated 增减幅度 is a change_pct fact against 去年同期, never a count", () => {
    const pct = wf.facts.find((f) => f.measure === "change_pct" && f.indicator === "accident_count" && f.breakdown.length === 0)!;
    expect(pct).toMatchObject({ value: 15, unit: "%", base: { label: "去年同期", relation: "year_ago" } });
  });

  test("其中：道路运输业 is a part of 交通运输业, not of the whole", () => {
    const road = wf.facts.find((f) => f.indicator === "accident_count" && f.breakdown[0]?.key.includes("道路运输业"))!;
    expect(road.breakdown[0]).toMatchObject({ dimension: "industry", partOf: "交通运输业" });
    expect(road.value).toBe(13);
  });

  test("the loss categories and the 411 hazards found, 378 rectified, are facts of their tables' wholes", () => {
    expect(find(wf, "loss_housing", "current")[0].value).toBe(126.59);
    expect(find(wf, "loss_agri", "current")[0].value).toBe(11810.23);
    expect(find(wf, "dz_direct_loss", "current")[0].value).toBe(12322.34);
    expect(find(wf, "hazards_found", "current")[0].value).toBe(411);
    expect(find(wf, "rectified", "current")[0].value).toBe(378);
  });

  test("the context keeps the source's words: 2024年1—6月, 全州, 楚雄州", () => {
    expect(wf.context).toMatchObject({ period: "2024年1—6月", regionWord: "全州", place: "楚雄州" });
    expect(wf.context.periodSpan).toMatchObject({ kind: "cumulative", year: 2024, startMonth: 1, endMonth: 6 });
    expect(wf.context.periodWords).toEqual(expect.arrayContaining(["本期", "去年同期"]));
  });

  test("the period words hold the title's period beside the columns' 本期 | 去年同期 (楚雄州2020年1至10月…, the form of 武定县's release: tests/corpus/README.md, 07), issue 19.8", () => {
    const titled = workbookFacts(
      readWorkbook({
        sheets: [
          sheetOf("分县统计", [
            ["楚雄州2020年1至10月生产安全事故分县统计表"],
            ["县（市）", "事故起数", "", "死亡人数", ""],
            ["", "本期", "去年同期", "本期", "去年同期"],
            ["全州合计", 5, 4, 3, 2],
            ["楚雄市", 3, 2, 2, 1],
            ["禄丰市", 2, 2, 1, 1],
          ]),
        ],
      }),
    );
    expect(titled.context.periodWords).toEqual(expect.arrayContaining(["本期", "去年同期"]));
    expect(titled.context.periodWords.some((w) => /^2020年1(至|—|-)10月$/.test(w))).toBe(true);
  });

  test("the sheet's own title over tables titled by section headings gives the region word, the place and its period as written (2020年1-2月份佛山市…, 一、总体情况 | 二、各行业事故情况: tests/corpus/README.md, 25), issue 19.8", () => {
    const stacked = workbookFacts(
      readWorkbook({
        sheets: [
          sheetOf("1-2月", [
            ["2020年1-2月份佛山市生产安全事故形势"],
            ["一、总体情况"],
            ["指标", "1-2月", "同比(%)"],
            ["事故起数（起）", 35, -31.4],
            ["死亡人数（人）", 24, -20],
            [],
            ["二、各行业事故情况"],
            ["行业", "事故起数（起）", "死亡人数（人）"],
            ["工矿商贸", 20, 12],
            ["道路交通", 15, 12],
          ]),
        ],
      }),
    );
    expect(stacked.context.regionWord).toBe("全市");
    expect(stacked.context.place).toBe("佛山市");
    expect(stacked.context.periodWords).toContain("2020年1-2月份");
  });

  test("a sheet title's 全X comes after the tables' own titles (一、恩施州2024年全州… under a sheet titled 2024年全省…: the table speaks of 全州)", () => {
    const wf = workbookFacts(
      readWorkbook({
        sheets: [
          sheetOf("分县", [
            ["2024年全省生产安全事故情况"],
            ["一、恩施州2024年全州分县情况"],
            ["县（市）", "事故起数", "死亡人数"],
            ["恩施市", 3, 2],
            ["利川市", 2, 1],
          ]),
        ],
      }),
    );
    expect(wf.context.regionWord).toBe("全州");
  });

  test("the 核对 scope names the tables it could check and counts their relations", () => {
    expect(wf.checked.tables).toEqual(expect.arrayContaining([expect.stringContaining("事故分县统计")]));
    expect(wf.checked.relations).toBeGreaterThan(10);
    expect(wf.notUnderstood).toEqual([]);
  });

  test("the 核对's word on a cell travels with its figure: the stated 整改率 95% of G9 carries its recomputed 89.6% (378 of 422, the sample's planted slip), other cells nothing", () => {
    const flagged = wf.facts.filter((f) => f.provenance.kind === "cell" && f.provenance.check);
    expect(flagged.map((f) => (f.provenance.kind === "cell" ? `${f.provenance.cell.sheet}!${f.provenance.cell.address}` : ""))).toContain("隐患排查治理!G9");
    const g9 = flagged.find((f) => f.provenance.kind === "cell" && f.provenance.cell.address === "G9")!;
    expect(g9.indicator).toBe("rect_rate");
    expect(g9.provenance.kind === "cell" && g9.provenance.check?.recomputed).toBeCloseTo(89.58, 2);
    // Each flag is one of the 核对's open findings, on that very cell.
    for (const f of flagged) {
      const cell = f.provenance.kind === "cell" ? f.provenance.cell : undefined;
      expect(wf.findings.some((x) => x.sheet === cell?.sheet && x.cell === cell?.address && x.severity !== "info")).toBe(true);
    }
  });

  test("every fact leads back to a cell of its source", () => {
    for (const f of wf.facts) {
      if (f.provenance.kind === "cell") expect(f.provenance.cell.sheet).toBe(f.source.split("!")[0]);
      else expect(f.provenance.kind === "sum" || f.provenance.kind === "ratio").toBe(true);
    }
  });
});

describe("layout B's ledgers (counts from tests/fixtures/expectations.ts)", () => {
  let wf: WorkbookFacts;
  const expected = expectationFor("layout-b.xlsx").ledgers;
  beforeAll(async () => {
    wf = workbookFacts(readWorkbook(await loadFixture(path.join(FIXTURES, "layout-b.xlsx")), { reportDate: "2024-06-30" }));
  });

  test("the accident ledger's totals this period and last: 23 accidents, 26 deaths, 11 injured, 1026.25万元 against 20, 21, 6, 933", () => {
    const a = expected.find((l) => l.subtype === "accident")!.accidents!;
    for (const [id, key] of [
      ["accident_count", "accidents"],
      ["deaths", "deaths"],
      ["injured", "injured"],
      ["direct_loss", "directLoss"],
    ] as const) {
      expect(find(wf, id, "current", "", "事故台账")[0].value).toBe(a.current[key]);
      expect(find(wf, id, "year_ago", "", "事故台账")[0].value).toBe(a.previous[key]);
    }
    const [total] = find(wf, "accident_count", "current", "", "事故台账");
    expect(total.period).toMatchObject({ label: "2024年1—6月", span: { kind: "cumulative", year: 2024, start: "2024-01-01", end: "2024-06-30" } });
  });

  test("its county groups are region keys with the expected counts", () => {
    const a = expected.find((l) => l.subtype === "accident")!.accidents!;
    for (const [county, v] of Object.entries(a.byRegion ?? {})) {
      expect(find(wf, "accident_count", "current", county, "事故台账")[0]?.value).toBe(v.current[0]);
      expect(find(wf, "deaths", "year_ago", county, "事故台账")[0]?.value).toBe(v.previous[1]);
    }
  });

  test("text dates make its provenance not live, and the source names the cells", () => {
    const [total] = find(wf, "accident_count", "current", "", "事故台账");
    expect(total.provenance).toMatchObject({ kind: "ledger", live: false, reason: "text_dates" });
    const source = wf.sources.find((s) => s.kind === "ledger" && s.subtype === "accident");
    expect(source).toMatchObject({ kind: "ledger", textDates: { cells: expect.arrayContaining(["B3"]) } });
  });

  test("the hazard ledger's counts by status: 96 found, 79 rectified, 10 in progress, 7 not started, 15 overdue, 165.6万元 funds", () => {
    const h = expected.find((l) => l.subtype === "hazard")!.hazards!.total;
    const of = (id: string, status = "") => find(wf, id, "current", status, "隐患台账")[0]?.value;
    expect([of("hazards_found"), of("rectified"), of("hazards_found", "整改中"), of("hazards_found", "未整改"), of("hazards_found", "逾期未整改")]).toEqual([
      h.found,
      h.rectified,
      h.inProgress,
      h.notStarted,
      h.overdue,
    ]);
    expect([of("major_found"), of("major_rectified"), of("rect_funds")]).toEqual([h.majorFound, h.majorRectified, h.funds]);
    expect(of("hazards_found", "南华县/逾期未整改")).toBe(3);
  });
});

describe("a ledger with real dates", () => {
  test("gives live COUNTIFS terms: the window as two date bounds, the county as the key, excluded records taken away", async () => {
    const wf = workbookFacts(readWorkbook(await loadFixture(path.join(FIXTURES, "ledger-real-dates.xlsx")), { reportDate: "2024-06-30" }));
    const total = wf.facts.find((f) => f.indicator === "accident_count" && f.period.relation === "current" && f.breakdown.length === 0)!;
    expect(total.provenance).toMatchObject({ kind: "ledger", aggregate: "count", live: true });
    const p = total.provenance as Extract<Fact["provenance"], { kind: "ledger" }>;
    expect(p.terms[0].criteria.slice(0, 2)).toMatchObject([
      { op: ">=", date: "2024-01-01" },
      { op: "<", date: "2024-07-01" },
    ]);
    const county = wf.facts.find(
      (f) => f.indicator === "deaths" && f.breakdown[0]?.dimension === "region" && f.provenance.kind === "ledger" && f.provenance.live,
    )!;
    const c = county.provenance as Extract<Fact["provenance"], { kind: "ledger" }>;
    expect(c.aggregate).toBe("sum");
    expect(c.terms[0].criteria).toContainEqual(expect.objectContaining({ op: "=", text: county.breakdown[0].key, key: true }));
  });
});

describe("the period words a source writes (19.8)", () => {
  test("a title's year and a 统计时段 line naming the same days are both the source's words (亳州市2023年… over 统计时段：2023年1—12月, corpus 35)", () => {
    const wf = factsOf([
      ["亳州市2023年安全生产隐患报送情况汇总"],
      ["统计时段：2023年1—12月"],
      ["项目", "报送数", "已整改", "整改率(%)"],
      ["隐患（条）", 124841, 124841, 100],
    ]);
    expect(wf.context.periodWords).toEqual(expect.arrayContaining(["2023年", "2023年1—12月"]));
    // The period is still the whole year, written as a year.
    expect(wf.context.period).toBe("2023年");
  });

  test("a weekly list's issue (乌海 一周事故及安全警示（2021年第34期）, corpus 41) is a period word, and its period the week, never the year 2021", () => {
    const wf = factsOf([
      ["一周事故及安全警示（2021年第34期）"],
      ["序号", "发生时间", "省份", "地点", "事故简况", "死亡（人）", "受伤（人）"],
      [1, "2021年8月31日", "云南", "昭通市昭阳区", "小轿车起火", 2, ""],
      [2, "2021年9月2日8时10分", "山西", "太原市尖草坪区", "化工厂一工房爆炸", 0, 1],
      [3, "2021年9月5日", "贵州", "毕节市七星关区", "天然气管道泄漏起火", 0, 1],
    ]);
    expect(wf.context.periodWords).toContain("2021年第34期");
    expect(wf.context.period).toBe("2021年8月31日至9月5日");
  });

  test("an event's days keep the title's and the line's words as written (7月16日以来, 截至2020年7月21日17时; corpus 27)", () => {
    const wf = factsOf([
      ["湖北省7月16日以来雨情汛情灾情统计"],
      ["统计时间：截至2020年7月21日17时"],
      ["地区", "受灾人口（万人）", "因灾死亡（人）"],
      ["全省", 78.73, 2],
    ]);
    expect(wf.context.periodWords).toEqual(expect.arrayContaining(["7月16日以来", "截至2020年7月21日17时"]));
  });
});

describe("tables the facts layer must not add up wrongly (sums done by hand)", () => {
  test("a table without a 合计 row gets a derived whole that adds its rows and leaves the 其中 item out", () => {
    const wf = factsOf(
      [
        ["某县2024年1—6月事故统计"],
        ["乡镇", "事故起数", "", "死亡人数", ""],
        ["", "本期", "去年同期", "本期", "去年同期"],
        ["甲镇", 3, 2, 1, 0],
        ["乙镇", 4, 1, 2, 1],
        ["其中：工业园区", 1, 0, 0, 0],
      ],
      ["B2:C2", "D2:E2"],
    );
    const [whole] = find(wf, "accident_count", "current");
    expect(whole).toMatchObject({ value: 7, derived: true, provenance: { kind: "sum" } });
    expect(whole.provenance.kind === "sum" && whole.provenance.parts).toHaveLength(2);
    expect(find(wf, "deaths", "year_ago")[0].value).toBe(1);
    // The key column's header (乡镇) reads like 受灾乡镇; it names rows and gives no fact.
    expect(wf.facts.some((f) => f.indicator === "affected_towns")).toBe(false);
  });

  test("a row named by the area's own word (全区) is the whole of the industries under it, never one of them (罗湖区 2023年4月, corpus 22: 去年同期 2, not 2 + 2)", () => {
    const wf = factsOf(
      [
        ["罗湖区2023年4月份生产安全事故情况"],
        ["行业领域", "本年", "", "去年同期", ""],
        ["", "事故起数(起)", "死亡(人)", "事故起数(起)", "死亡(人)"],
        ["全区", 0, 0, 2, 1],
        ["各类建筑工程", 0, 0, 2, 1],
        ["交通运输业", 0, 0, 0, 0],
      ],
      ["A1:E1", "B2:C2", "D2:E2", "A2:A3"],
    );
    expect(find(wf, "accident_count", "year_ago").map((f) => [f.value, f.derived ?? false])).toEqual([[2, false]]);
    expect(find(wf, "deaths", "year_ago")[0].value).toBe(1);
    expect(find(wf, "accident_count", "year_ago", "各类建筑工程")[0].value).toBe(2);
    expect(find(wf, "accident_count", "year_ago", "全区")).toEqual([]);
  });

  test("a rate is never added: its whole is recomputed from the derived counts (27 of 30 = 90%)", () => {
    const wf = factsOf([
      ["县（市）", "排查隐患", "已整改", "整改率(%)"],
      ["甲县", 10, 8, 80],
      ["乙县", 20, 19, 95],
    ]);
    const [rate] = find(wf, "rect_rate", "current");
    expect(rate).toMatchObject({ value: 90, measure: "rate", derived: true, provenance: { kind: "ratio" } });
  });

  test("years down the side are a series of periods (the reader turns the table; columnPeriods relates them), never parts of a total", () => {
    const wf = factsOf([["历年事故"], ["年份", "事故起数", "死亡人数"], ["2020年", 30, 10], ["2021年", 28, 9], ["2022年", 25, 8]]);
    const counts = wf.facts.filter((f) => f.indicator === "accident_count");
    expect(counts.map((f) => [f.period.relation, f.period.span?.year, f.value, f.breakdown.length])).toEqual([
      ["series", 2020, 30, 0],
      ["series", 2021, 28, 0],
      ["series", 2022, 25, 0],
    ]);
    expect(wf.facts.some((f) => f.derived)).toBe(false);
  });

  test("two years down the side compare as this year and last (2024年 / 2023年), and the context says 2024年", () => {
    const wf = factsOf([
      ["年份", "事故起数", "死亡人数"],
      ["2024年", 30, 10],
      ["2023年", 28, 9],
    ]);
    expect(find(wf, "accident_count", "current")[0]).toMatchObject({ value: 30, period: { label: "2024年", span: { kind: "year", year: 2024 } } });
    expect(find(wf, "accident_count", "year_ago")[0]).toMatchObject({ value: 28, period: { span: { kind: "year", year: 2023 } } });
    expect(wf.context.period).toBe("2024年");
  });

  test("months across are a series, and the report period runs to the last month with figures (2024年1—3月, not 2024年1月)", () => {
    const wf = factsOf([["2024年各月事故"], ["指标", "1月", "2月", "3月", "4月", "5月"], ["事故起数", 3, 4, 2, "", ""], ["死亡人数", 1, 2, 1, "", ""]]);
    const march = wf.facts.find((f) => f.indicator === "accident_count" && f.period.label === "3月")!;
    expect(march).toMatchObject({ value: 2, period: { relation: "series", span: { kind: "month", year: 2024, startMonth: 3, endMonth: 3 } } });
    expect(wf.facts.filter((f) => f.period.relation === "current")).toEqual([]);
    expect(wf.context.period).toBe("2024年1—3月");
  });
});

describe("what was not understood", () => {
  test("a roster gives no fact, no table to name and nothing checked", async () => {
    const wf = workbookFacts(readWorkbook(await loadFixture(path.join(FIXTURES, "malformed-roster.xlsx"))));
    expect(wf.facts).toEqual([]);
    expect(wf.checked).toEqual({ tables: [], ledgers: [], relations: 0, unchecked: 0, ledgerTotals: 0 });
  });

  test("a table of years with no indicator in its header (a GDP export) is named with its headers, in both languages", () => {
    const wf = factsOf([
      ["地区", "2023年", "2022年"],
      ["北京市", 43760.7, 41610.9],
      ["天津市", 16737.3, 16311.3],
    ]);
    expect(wf.facts).toEqual([]);
    expect(wf.notUnderstood).toHaveLength(1);
    expect(wf.notUnderstood[0]).toMatchObject({ sheet: "表", reason: "no_indicator" });
    expect(wf.notUnderstood[0].message.zh).toContain("表头中没有识别出统计指标（表头：2023年、2022年）");
    expect(wf.notUnderstood[0].message.en).toContain("no indicator was recognised");
  });
});

test("in a table keyed by indicator, a row's unit is the factor of its cells' live references (常住人口（万人） × 10000, 直接经济损失（元） × 0.0001)", () => {
  const wf = workbookFacts(
    readWorkbook({
      name: "a.xlsx",
      sheets: [sheetOf("基数", [["2024年1—6月"], ["指标", "本期"], ["常住人口（万人）", 241.6], ["直接经济损失（元）", 1234500]])],
    }),
  );
  const cell = (id: string) => wf.facts.find((f) => f.indicator === id)!;
  expect(cell("population")).toMatchObject({ value: 2416000, provenance: { kind: "cell", unitFactor: 10000 } });
  expect(cell("direct_loss")).toMatchObject({ value: 123.45, provenance: { kind: "cell", unitFactor: 0.0001 } });
});
