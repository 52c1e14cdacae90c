/**
 * A ledger's rows are all accounted for in words (issue 19.5), and a ledger with nothing to compare
 * with gives no 同比 (issue 22.2, LedgerModel.compare). The ledger is the week's list of 乌海市应急管理局
 * 一周事故及安全警示（2021年第34期） (tests/corpus/README.md, 41) with its 合计 row and, for the
 * accounting, one row whose date cannot be read and one left out by 是否纳入统计; the counts are by hand.
 */
import { checkVerdict, ledgerRowNotes, workbookFacts } from "../../src/core/facts";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { planSummary } from "../../src/core/summary/planSummary";
import { sheetOf } from "../reader/layouts";

const weekList = sheetOf("事故台账", [
  ["一周事故及安全警示（2021年第34期）"],
  ["序号", "发生时间", "省份", "地点", "事故简况", "死亡（人）", "受伤（人）", "是否纳入统计"],
  [1, "2021年8月31日", "云南", "昭通市昭阳区", "小轿车起火", 2, "", "是"],
  [2, "2021年9月1日", "四川", "成都市", "实验室酒精外溢燃烧", 0, 2, "是"],
  [3, "2021年9月2日8时10分", "山西", "太原市尖草坪区", "化工厂爆炸", 0, 1, "否"],
  [4, "九月上旬", "贵州", "毕节市七星关区", "天然气管道泄漏起火", 0, 1, "是"],
  [5, "2021年9月3日16时06分", "浙江", "嘉善县", "车间起火", 6, "", "是"],
  ["合计", "", "", "", "", 8, "", ""],
]);

describe("a ledger's rows and its comparison in the summary", () => {
  const wf = workbookFacts(readWorkbook({ sheets: [weekList] }));

  test("every row is said: 6 rows, 3 counted, 2 not (one left out, one undated), the 合计 row not counted", () => {
    expect(ledgerRowNotes(wf).map((m) => m.zh)).toEqual([
      "台账“事故台账”共6行：计入统计3行，未计入2行（不纳入统计1行、日期无法识别1行（见核对）），合计行1行不计入",
    ]);
    expect(ledgerRowNotes(wf)[0].en).toBe(
      'Ledger "事故台账": 6 rows, 3 counted, 2 not counted (1 marked not included, 1 with no readable date (see the checks)), 1 row of totals not counted as records',
    );
  });

  test("the 核对 section and the command line's words carry the same line", () => {
    const plan = planSummary(wf, { language: "zh" });
    const texts = plan.cells.flat().map((c) => c.value);
    expect(texts).toContain("台账“事故台账”共6行：计入统计3行，未计入2行（不纳入统计1行、日期无法识别1行（见核对）），合计行1行不计入。");
  });

  test("a week's list with no record a year earlier is not compared: the 综述 says why and has no 同比 figure", () => {
    const narrative = planSummary(wf, { language: "zh" }).narrative.join("");
    expect(narrative).toContain("不作同比");
    expect(narrative).not.toMatch(/同比(增加|减少|上升|下降|持平|净增)/);
    expect(planSummary(wf, { language: "en" }).narrative.join(" ")).toContain("so no year-on-year comparison is made");
  });
});

describe("a ledger that compares with nothing, on the sheet", () => {
  const wf = workbookFacts(readWorkbook({ sheets: [weekList] }));

  test("shows 本期 alone: no 去年同期, 增减, 增减幅度 or 显著性 column of dashes, and no block for a figure it has no column for (直接经济损失)", () => {
    for (const language of ["zh", "en"] as const) {
      const plan = planSummary(wf, { language });
      const texts = plan.cells.flat().map((c) => String(c.value ?? ""));
      expect(texts.filter((t) => /^(去年同期|增减|增减幅度|显著性|Last year|Change|Change \(%\)|Significance)/.test(t))).toEqual([]);
      // No block for it: no header names it (a note may say the ledger has no 直接经济损失 column, and why that matters).
      expect(texts.some((t) => /^(直接经济损失|Direct economic loss)/.test(t))).toBe(false);
      for (const chart of plan.charts.filter((c) => c.seriesNames?.length)) expect(chart.seriesNames).toHaveLength(1);
    }
    const zh = planSummary(wf, { language: "zh" });
    const accidents = zh.sections.find((x) => x.id === "accidents")!;
    expect(
      zh.cells[accidents.firstRow + 1]
        .slice(0, 6)
        .map((c) => c.value)
        .filter((v) => v !== null && v !== ""),
    ).toEqual(["指标", "本期"]);
  });
});

describe("a ledger's 合计 row in the 核对's verdict", () => {
  // Dates as Excel serials: 45353 = 2024-03-02, 45391 = 2024-04-09, 45432 = 2024-05-20 (=DATE(…) in Excel).
  const ledger = (deathsTotal: number) =>
    sheetOf("事故台账", [
      ["序号", "发生时间", "县（市）", "事故简况", "死亡（人）", "受伤（人）"],
      [1, 45353, "涡阳县", "货车追尾", 1, 2],
      [2, 45391, "蒙城县", "高处坠落", 1, 0],
      [3, 45432, "涡阳县", "触电", 0, 1],
      ["合计", "", "", "", deathsTotal, 3],
    ]);

  test("its stated figures that agree with the records (死亡 2, 受伤 3, by hand) are counted among what was checked", () => {
    const wf = workbookFacts(readWorkbook({ sheets: [ledger(2)] }));
    expect(wf.checked.ledgerTotals).toBe(2);
    expect(checkVerdict(wf)).toEqual({
      zh: "已核对1个台账（事故台账，含合计行2项数字），未发现计算不一致",
      en: "Checked 1 ledger (事故台账; 2 figures of total rows); no arithmetic inconsistencies found",
    });
  });

  test("a 合计 that does not agree is a slip, and no verdict is given", () => {
    const wf = workbookFacts(readWorkbook({ sheets: [ledger(3)] }));
    expect(wf.findings.map((f) => [f.kind, f.cell])).toEqual([["total_mismatch", "E5"]]);
    expect(checkVerdict(wf)).toBeUndefined();
  });
});
