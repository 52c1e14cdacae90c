/**
 * The 同比 a table states when it gives no year-earlier figure (issue 22, "stated 同比"; report-rules.md rule 26).
 * On main the 综述 told the figures and dropped the change in 16 corpus workbooks. The tables here are the corpus
 * workbooks' own, transcribed from the releases:
 * - 广东省应急管理厅, 2020年1—5月 (广州日报 2020-07-01; corpus 44): 1360起、840人、946人、12301.8万元, 同比 −44.4%,
 *   −30.1%, −53.7%, −31.3% — the percents only;
 * - 北京市应急管理局, 2024年1月1日至6月20日 (corpus 13): 全市 137起 (同比增减 −14, 幅度 −9.3%), 140人 (−17, −10.8%);
 * - 湖南省应急管理厅, 2024年1—8月 (corpus 15): the month (8月 58起 −49.57%, 66人 −44.54%) and the year to date, with
 *   the loss in 亿元 (4.17, −24.3%);
 * - 福鼎市公安局, 2017年3月 (corpus 20): the 全市 row's 增减 that its own rows do not add up to, which the 核对 flags.
 */
import { workbookFacts } from "../../src/core/facts";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { planSummary } from "../../src/core/summary/planSummary";
import { planReport } from "../../src/core/report/planReport";
import { sheetOf } from "../reader/layouts";

function narrative(name: string, rows: unknown[][], language: "zh" | "en"): string {
  return planSummary(workbookFacts(readWorkbook({ sheets: [sheetOf(name, rows)] })), { language }).narrative.join("\n");
}

const GUANGDONG = [
  ["2020年1—5月全省生产安全事故情况"],
  ["指标", "1—5月", "同比(%)"],
  ["事故起数（起）", 1360, -44.4],
  ["死亡人数（人）", 840, -30.1],
  ["受伤人数（人）", 946, -53.7],
  ["直接经济损失（万元）", 12301.8, -31.3],
];

const BEIJING = [
  ["2024年1月1日至6月20日全市生产安全死亡事故情况"],
  ["行业领域", "事故起数（起）", "同比增减", "幅度(%)", "死亡人数（人）", "同比增减", "幅度(%)"],
  ["全市", 137, -14, -9.3, 140, -17, -10.8],
  ["道路运输", 97, -14, -12.6, 98, -18, -15.5],
  ["工矿商贸", 38, 1, 2.7, 40, 2, 5.3],
  ["铁路交通", 1, -2, -66.7, 1, -2, -66.7],
  ["特种设备", 1, 1, "—", 1, 1, "—"],
];

const HUNAN = [
  ["2024年1-8月全省生产安全事故情况"],
  ["期间", "事故起数（起）", "同比(%)", "死亡人数（人）", "同比(%)", "受伤人数（人）", "同比(%)", "直接经济损失（亿元）", "同比(%)"],
  ["8月", 58, -49.57, 66, -44.54],
  ["1-8月累计", 677, -24.27, 742, -20.56, 187, -24.6, 4.17, -24.3],
];

describe("the 同比 a table states without the year-earlier figures", () => {
  test("percents alone are told after the figures, in their order, with 分别 (广东 1—5月)", () => {
    const zh = narrative("1-5月", GUANGDONG, "zh");
    expect(zh).toContain(
      "2020年1—5月，全省共发生各类生产安全事故1360起、死亡840人、受伤946人，直接经济损失12301.8万元，同比分别下降44.4%、30.1%、53.7%和31.3%，实现事故起数、死亡人数“双下降”。",
    );
    // No base is rebuilt from a percent: no count of the fall (1360 is 44.4% below 2446).
    expect(zh).not.toMatch(/减少\d+起/);
    expect(narrative("1-5月", GUANGDONG, "en")).toContain(
      "The direct economic loss was CNY 123.02 million. Compared with a year earlier, accidents fell by 44.4%, deaths by 30.1%, injuries by 53.7% and the direct economic loss by 31.3%.",
    );
  });

  test("a change and its percent are told together, as the columns state them (北京 1月1日至6月20日)", () => {
    expect(narrative("Sheet1", BEIJING, "zh")).toContain(
      "共发生各类生产安全事故137起、死亡140人，同比事故起数减少14起、下降9.3%，死亡人数减少17人、下降10.8%，实现事故起数、死亡人数“双下降”。",
    );
    expect(narrative("Sheet1", BEIJING, "en")).toContain("Compared with a year earlier, accidents fell by 14 (9.3%) and deaths by 17 (10.8%).");
  });

  test("the Chuxiong style names each indicator instead of 分别", () => {
    const rows = [["楚雄州2024年1—6月生产安全事故情况"], ...GUANGDONG.slice(1)];
    expect(narrative("1-6月", rows, "zh")).toContain("同比事故起数下降44.4%，死亡人数下降30.1%，受伤人数下降53.7%，直接经济损失下降31.3%");
  });

  test("the month of a monthly report and its year to date each tell their own stated 同比 (湖南 1—8月)", () => {
    const zh = narrative("1-8月", HUNAN, "zh");
    expect(zh).toContain("全省共发生各类生产安全事故677起、死亡742人、受伤187人，直接经济损失4.17亿元，同比分别下降24.27%、20.56%、24.6%和24.3%");
    expect(zh).toContain("8月，全省发生生产安全事故58起、死亡66人，同比分别下降49.57%和44.54%");
    const en = narrative("1-8月", HUNAN, "en");
    expect(en).toContain("The direct economic loss was CNY 417 million.");
    expect(en).toContain("August 2024 alone had 58 accidents (down 49.57% year on year) and 66 deaths (down 44.54% year on year).");
  });

  test("each stated percent and the loss trace to their own cells in the report (广东 1—5月)", () => {
    const plan = planReport(readWorkbook({ sheets: [sheetOf("1-5月", GUANGDONG)] }), { language: "zh", sourceName: "x.xlsx" });
    const sourceOf = (text: string) => plan.figures.find((f) => f.text === text)?.source?.text;
    expect(sourceOf("44.4")).toBe("'1-5月'!C3");
    expect(sourceOf("31.3")).toBe("'1-5月'!C6");
    expect(sourceOf("12301.8")).toBe("'1-5月'!B6");
  });

  test("the loss keeps the decimals the table states (湖南 2025年1—9月: 5.236亿元, never 5.24)", () => {
    const rows = [["2025年1-9月全省生产安全事故情况"], ["指标", "1-9月", "同比(%)"], ["事故起数（起）", 788, -13.41], ["直接经济损失（亿元）", 5.236, -2.81]];
    expect(narrative("1-9月", rows, "zh")).toContain("共发生各类生产安全事故788起，直接经济损失5.236亿元，同比分别下降13.41%和2.81%。");
  });

  test("indicators that move different ways are named one by one", () => {
    const rows = [["2022年12月全市生产安全事故情况"], ["指标", "12月", "同比(%)"], ["事故起数（起）", 32, -3], ["死亡人数（人）", 29, 26.1]];
    const zh = narrative("12月", rows, "zh");
    expect(zh).toContain("同比事故起数下降3%，死亡人数上升26.1%。");
    expect(zh).not.toContain("双下降");
    expect(narrative("12月", rows, "en")).toContain("Compared with a year earlier, accidents fell by 3%, while deaths rose by 26.1%.");
  });

  test("a stated change the 核对 flags is told 待核实, never alone (福鼎 3月: the rows' 增减 add up to +1, the 全市 row says −6)", () => {
    const rows = [
      ["2017年3月份各辖区道路交通事故情况"],
      ["辖区", "事故起数（起）", "同比增减", "同比%", "死亡人数（人）", "同比增减", "同比%"],
      ["全市", 16, -6, -27.27, 3, 1, 50],
      ["桐城", 8, -2, -20, 1, 0, 0],
      ["山前", 8, 3, 60, 2, 1, 100],
    ];
    const zh = narrative("3月", rows, "zh");
    expect(zh).toContain("同比事故起数减少6起、下降27.27%（待核实，见核对），死亡人数增加1人、上升50%");
    expect(zh).not.toContain("双下降");
  });
});
