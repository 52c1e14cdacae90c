/**
 * The report plan of the sample workbook (assets/samples/bureau-2024H1.xlsx, from the Chuxiong
 * 2024H1 report, /work/shared/reference): title, chapters, the 综述 word for word with every
 * figure traced to the cells it comes from, tables and charts from the summary plan, appendices.
 */
import { formatNumber } from "../../src/core/numbers/format";
import { numberOf } from "../../src/core/numbers/readCell";
import { bookmarkName } from "../../src/core/report/annexes";
import { planReport } from "../../src/core/report/planReport";
import type { ReportBlock, ReportFigure, ReportParagraph, ReportPlan, ReportTable } from "../../src/core/report/types";
import { workbookFacts } from "../../src/core/facts";
import { planSummary } from "../../src/core/summary/planSummary";
import { GENERATED_AT, sampleReports, snapshotCell, type SampleReports } from "./sample";

let sample: SampleReports;
beforeAll(async () => {
  sample = await sampleReports();
}, 120000);

const paragraphs = (plan: ReportPlan) => plan.blocks.filter((b): b is ReportParagraph => b.kind === "paragraph");
const textOf = (p: ReportParagraph) => p.runs.map((r) => r.text).join("");
const tables = (plan: ReportPlan) => plan.blocks.filter((b): b is ReportTable => b.kind === "table");
const headings = (plan: ReportPlan, level: number) =>
  plan.blocks.filter((b): b is Extract<ReportBlock, { kind: "heading" }> => b.kind === "heading" && b.level === level).map((b) => b.text);
const figure = (plan: ReportPlan, context: string) => plan.figures.find((f) => f.context.includes(context))!;

describe("the sample's Chinese report", () => {
  test("puts the period first in its title and breaks it after 、 into two centred lines (GB/T 9704-2012 7.3.1)", () => {
    expect(sample.zh.layout).toBe("gongwen");
    expect(sample.zh.titleLines).toEqual(["2024年1—6月全州生产安全事故、", "自然灾害和隐患排查整改情况"]);
  });

  test("has chapters under 一、 and sections under （一）, the 公文 hierarchy, then the two appendices", () => {
    expect(headings(sample.zh, 1)).toEqual(["一、生产安全事故情况", "二、自然灾害情况", "三、隐患排查整改情况", "四、安全生产行政执法情况"]);
    expect(headings(sample.zh, 2)).toContain("（二）分县（市）情况");
    expect(headings(sample.zh, 3)).toEqual(["1. 数据来源", "2. 初步数据", "3. 待核实数字", "4. 数字出处"]);
    expect(sample.zh.blocks.filter((b) => b.kind === "annexLabel").map((b) => (b as { text: string }).text)).toEqual(["附件1", "附件2"]);
  });

  test("says the 综述 of the summary word for word, the reference report's sentences among them", () => {
    const summary = planSummary(workbookFacts(sample.model), { language: "zh", significanceColumn: false, generatedAt: GENERATED_AT });
    const texts = paragraphs(sample.zh).map(textOf);
    for (const p of summary.narrative) expect(texts).toContain(p);
    expect(texts[0]).toBe(
      "2024年1—6月，全州共发生各类生产安全事故23起、死亡26人、受伤11人，同比事故起数增加3起、上升15%，死亡人数增加5人、上升23.8%，受伤人数增加5人、上升83.3%。",
    );
  });

  test("makes every number of the 综述 a figure with source cells, leaving only the period's dates as text", () => {
    for (const p of paragraphs(sample.zh).slice(0, 5)) {
      for (const run of p.runs) if (!("id" in run)) expect(run.text.replace(/2024年1—6月/g, "")).not.toMatch(/\d/);
    }
    expect(sample.zh.figures.length).toBeGreaterThan(50);
    expect(sample.zh.figures.filter((f) => !f.source)).toEqual([]);
  });

  test("traces each figure that comes from one cell to a cell of the workbook that holds that number", () => {
    let checked = 0;
    for (const f of sample.zh.figures) {
      const [r] = f.source!.ranges;
      if (f.source!.ranges.length !== 1 || r.top !== r.bottom || r.left !== r.right) continue;
      const value = numberOf(snapshotCell(sample.snapshot, r.sheet, r.top, r.left));
      expect(value).toBeDefined();
      expect(formatNumber(value!, 2)).toBe(f.text);
      checked++;
    }
    expect(checked).toBeGreaterThan(35);
  });

  test("traces a change and a percentage to both periods' cells (增加3起 and 上升15% from B5 and C5)", () => {
    const change = figure(sample.zh, "事故起数增加3起");
    expect(change.source!.text).toBe("'事故分县统计'!B5、C5");
    const pct = sample.zh.figures.find((f) => f.context.includes("上升15%"))!;
    expect(pct.text).toBe("15");
    expect(pct.source!.text).toBe("'事故分县统计'!B5、C5");
    expect(figure(sample.zh, "整改率92").source!.text).toBe("'隐患排查治理'!C2、E2");
  });

  test("traces the 双下降 count to the county that fell in both, 双柏县 (1 against 2 accidents, 1 against 2 deaths: B8, C8, E8, F8), not to 大姚县, whose fall would make it 2", () => {
    const count = figure(sample.zh, "中有1个实现");
    expect(count.text).toBe("1");
    expect(count.source!.text).toBe("'事故分县统计'!B8、C8、E8、F8");
    expect(figure(sample.en, "compared, 1 saw both").source!.text).toBe("'事故分县统计'!B8, C8, E8, F8");
  });

  test("traces a figure whose words depend on two cells (其中重大隐患3条，已全部完成整改) to the count", () => {
    expect(figure(sample.zh, "其中重大隐患3").source!.text).toContain("D2");
  });

  test("gives table figures their source cells and marks the county whose stated rate the 核对 questions", () => {
    const hazards = tables(sample.zh).find((t) => t.title === "隐患排查整改")!;
    const dayao = hazards.body.find((row) => row[0].text === "大姚县")!;
    expect(dayao[3].text).toBe("89.6%");
    expect(dayao[3].source!.findings[0]).toContain("G9");
    const chuxiong = hazards.body.find((row) => row[0].text === "楚雄市")!;
    expect(chuxiong[3].source!.findings).toEqual([]);
    const byCounty = tables(sample.zh).find((t) => t.title === "分县（市）情况")!;
    expect(byCounty.header).toHaveLength(2);
    expect(byCounty.header[0][1]).toMatchObject({ text: "事故起数（起）", columnSpan: 3 });
    // 15%, as the 综述 writes it (one precision for text and table, docs/report-rules.md rule 17).
    expect(byCounty.body[0].map((c) => c.text)).toEqual(["全州合计", "23", "20", "15%", "26", "21", "23.8%", "11", "6", "83.3%"]);
    expect(byCounty.body[0][1].source!.text).toBe("'事故分县统计'!B5");
  });

  test("draws the summary's charts with the plan's figures (本期 23, 26, 11 against 20, 21, 6)", () => {
    const charts = sample.zh.blocks.filter((b) => b.kind === "chart");
    expect(charts.map((c) => (c as { key: string }).key)).toEqual(["图:事故对比", "图:损失构成", "图:整改率"]);
    const accidents = charts[0] as Extract<ReportBlock, { kind: "chart" }>;
    expect(accidents.series).toEqual([
      { name: "本期", values: [23, 26, 11] },
      { name: "去年同期", values: [20, 21, 6] },
    ]);
  });

  test("lists the 核对 finding in the first appendix and every figure with its source in the 说明's table", () => {
    const texts = paragraphs(sample.zh).map(textOf);
    expect(texts).toContain("1. “隐患排查治理”G9：大姚县 G9（整改率（%））写为 95%，按 E9 ÷ C9（43 ÷ 48）应为 89.58%");
    const notes = tables(sample.zh).at(-1)!;
    expect(notes.body).toHaveLength(sample.zh.figures.length);
    expect(notes.body[0].map((c) => c.text)).toEqual(["F1", "23", "全州共发生各类生产安全事故23起、死亡26", "'事故分县统计'!B5", "无问题"]);
    expect(texts.some((t) => t.includes("自然灾害损失数据为初步统计数"))).toBe(true);
  });

  test("names each figure's bookmark as Word and WPS accept: a letter first, at most 40 characters, each once", () => {
    const names = sample.zh.figures.map(bookmarkName);
    expect(names[0]).toBe("F1_事故分县统计_B5");
    for (const n of names) expect(n).toMatch(/^[A-Za-z][\p{L}\p{N}_]{0,39}$/u);
    expect(new Set(names).size).toBe(names.length);
  });

  test("offers the parts a template can place by key", () => {
    expect(sample.zh.parts.map((p) => p.key)).toEqual(
      expect.arrayContaining(["标题", "综述", "正文", "表:分县", "表:分行业", "图:事故对比", "数据核对", "说明"]),
    );
  });
});

describe("the sample's English report", () => {
  test("is laid out as a statistical release with numbered sections, its title on one line", () => {
    expect(sample.en.layout).toBe("release");
    expect(sample.en.titleLines).toEqual(["Chuxiong Prefecture, January–June 2024: work-safety accidents, natural disasters and hazard rectification"]);
    expect(headings(sample.en, 1)).toEqual([
      "1. Work-safety accidents",
      "2. Natural disasters",
      "3. Hazard inspection and rectification",
      "4. Work-safety enforcement",
    ]);
  });

  test("traces every figure of its text, money in CNY millions included", () => {
    expect(sample.en.figures.filter((f) => !f.source)).toEqual([]);
    const loss = sample.en.figures.find((f) => f.text === "123.22")!;
    expect(loss.source!.text).toBe("'灾情汇总'!J7");
  });
});

describe("a figure the 核对 questions", () => {
  test("carries the finding's words, and an untraceable number would have no source", () => {
    const model = {
      ...sample.model,
      findings: [
        ...sample.model.findings,
        {
          kind: "total_mismatch" as const,
          severity: "error" as const,
          sheet: "事故分县统计",
          cell: "B5",
          sources: ["B6:B15"],
          stated: 23,
          recomputed: 22,
          message: { zh: "全州合计事故起数与各县之和不符", en: "the total does not add up" },
        },
      ],
    };
    const plan = planReport(model, { language: "zh", sourceName: "x.xlsx" });
    const first: ReportFigure = plan.figures[0];
    expect(first.text).toBe("23");
    expect(first.source!.findings).toEqual(["全州合计事故起数与各县之和不符"]);
    expect(paragraphs(plan).map(textOf).join("")).toContain("有");
  }, 60000);
});
