/**
 * The source's words (issue 22, claims 5 and 6; docs/report-rules.md rule 25). Suspension and
 * revocation are different measures: the sample's 行政执法 sheet (built from the 楚雄州 2024H1 report,
 * ../shared/reference/chuxiong-2024H1-report.txt §(五): "…责令停产整顿8家，暂扣安全生产许可证4个。")
 * says 暂扣安全生产许可证, and the summary said 暂扣吊销许可证 / "suspended or revoked". Its fines rows are
 * 行政处罚 / 其中：监督处罚 / 事故罚款, and the section named them 罚款 / 日常监督处罚 / 事故处罚.
 * Corpus 37 (广西 2020 执法通报: 实施行政处罚3400次, 经济处罚1.3亿元, 其中：日常监督处罚4226.97万元, 事故处罚
 * 8872.95万元, 实际监督监察生产经营单位10573个) said "实施行政处罚3400次，给予行政处罚1.3亿元": two
 * quantities under one phrase.
 */
import { loadFixture } from "../reader/loadFixture";
import { sheetOf } from "../reader/layouts";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookFacts } from "../../src/core/facts/workbookFacts";
import { planSummary } from "../../src/core/summary/planSummary";
import type { SummaryPlan } from "../../src/core/summary/plan";
import { licenceAction, sourceLabel } from "../../src/core/registry/sourceWords";
import { sampleModel } from "./sample";

function sectionRows(plan: SummaryPlan, id: string): string[] {
  const s = plan.sections.find((x) => x.id === id)!;
  return plan.cells.slice(s.firstRow, s.lastRow + 1).map((r) => String(r[0].value ?? ""));
}

async function corpus(file: string, language: "zh" | "en"): Promise<string> {
  const model = readWorkbook(await loadFixture(`tests/corpus/workbooks/${file}.xlsx`));
  return planSummary(workbookFacts(model), { language }).narrative.join("\n");
}

describe("the sample's enforcement figures keep the sheet's own words", () => {
  test("the 综述 says 暂扣安全生产许可证4个, as the sheet and the reference report do, never 暂扣吊销许可证", async () => {
    const text = planSummary(workbookFacts(await sampleModel())).narrative.join("");
    expect(text).toContain("责令停产整顿8家，暂扣安全生产许可证4个。");
    expect(text).not.toContain("吊销");
  });

  test("the English says the licences were suspended, not 'suspended or revoked'", async () => {
    const text = planSummary(workbookFacts(await sampleModel()), { language: "en" }).narrative.join(" ");
    expect(text).toContain("suspended 4 licences");
    expect(text).not.toContain("revoked");
  });

  test("the enforcement section's rows are the sheet's headers: 行政处罚, 其中：监督处罚, 事故罚款, 暂扣安全生产许可证", async () => {
    const rows = sectionRows(planSummary(workbookFacts(await sampleModel())), "enforcement");
    expect(rows).toEqual(expect.arrayContaining(["行政处罚（万元）", "其中：监督处罚（万元）", "事故罚款（万元）", "暂扣安全生产许可证（个）"]));
    for (const renamed of ["罚款（万元）", "日常监督处罚（万元）", "事故处罚（万元）", "暂扣吊销许可证（个）"]) expect(rows).not.toContain(renamed);
  });

  test("the English row says what the sheet says: 'licences suspended'", async () => {
    const rows = sectionRows(planSummary(workbookFacts(await sampleModel()), { language: "en" }), "enforcement");
    const row = rows.find((r) => r.startsWith("licences"));
    expect(row).toMatch(/^licences suspended \(/);
    expect(row).not.toContain("revoked");
  });
});

describe("a by-county table's column header is the label too", () => {
  const model = () =>
    readWorkbook({
      sheets: [
        sheetOf("执法", [
          ["2024年1—6月全市安全生产行政执法情况"],
          ["县（市）", "立案查处（件）", "吊销许可证（个）"],
          ["甲县", 3, 1],
          ["乙县", 4, 2],
          ["合计", 7, 3],
        ]),
      ],
    });

  test("its facts carry 吊销许可证, and the 综述 says 吊销许可证3个 / 'revoked 3 licences'", () => {
    const wf = workbookFacts(model());
    expect(wf.facts.filter((f) => f.indicator === "licence_suspended").map((f) => f.label)).toEqual(["吊销许可证", "吊销许可证", "吊销许可证"]);
    expect(planSummary(wf).narrative.join("")).toContain("吊销许可证3个");
    expect(planSummary(wf, { language: "en" }).narrative.join(" ")).toContain("revoked 3 licences");
  });
});

describe("one phrase, one quantity (claim 5)", () => {
  test("corpus 37 names the penalties and the fines as the source does: 实施行政处罚3400次，经济处罚1.3亿元", async () => {
    const text = await corpus("37-gx-enf-2020-by-industry", "zh");
    expect(text).toContain("实施行政处罚3400次，经济处罚1.3亿元，其中，日常监督处罚4226.97万元、事故处罚8872.95万元");
    expect(text.match(/行政处罚/g)).toHaveLength(1);
  });

  test("the units inspected take the source's unit: 10573个 in corpus 37, 414家（次） in the sample", async () => {
    expect(await corpus("37-gx-enf-2020-by-industry", "zh")).toContain("全区共检查生产经营单位10573个。");
    expect(planSummary(workbookFacts(await sampleModel())).narrative.join("")).toContain("共检查生产经营单位414家（次）");
  });

  test("parts without their whole are told as found, not under an 其中 of nothing (corpus 38: 查处一般隐患3637项)", async () => {
    const text = await corpus("38-nd-enf-2015-1-9-indicator-rows", "zh");
    expect(text).toContain("全市共开展执法检查2491次，查处一般事故隐患3637项。");
    expect(text).not.toContain("其中一般");
  });

  test("a total stated rounded beside exact parts gets a word in English (1.3亿元 against 4226.97 + 8872.95万元; tests/summary/moneyPrecision.test.ts)", async () => {
    const text = await corpus("37-gx-enf-2020-by-industry", "en");
    expect(text).toContain("Fines totalled CNY 130 million, given to the nearest CNY 10 million.");
    expect(text).toContain("inspectors checked 10,573 businesses.");
  });
});

describe("the English of a licence measure follows its words", () => {
  test.each([
    ["暂扣安全生产许可证", "suspended"],
    ["吊销许可证", "revoked"],
    ["暂扣吊销许可证", "suspended or revoked"],
    ["暂扣/吊销许可证", "suspended or revoked"],
  ])("%s → %s", (label, action) => {
    expect(licenceAction(label)).toBe(action);
  });

  test("a label drops the unit it ends with, and keeps a bracket inside its words", () => {
    expect(sourceLabel("暂扣安全生产许可证（个）")).toBe("暂扣安全生产许可证");
    expect(sourceLabel("检查企业（家次）")).toBe("检查企业");
    expect(sourceLabel("暂扣（吊销）许可证")).toBe("暂扣（吊销）许可证");
  });
});
