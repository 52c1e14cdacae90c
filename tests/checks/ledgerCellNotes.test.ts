/**
 * A ledger cell the figures cannot use as written is named in the 核对 with its cell, never counted
 * as 0 or under （未填） without a word (issue 19.5): a figure of words — 个别轻微伤, as item 3 of
 * 乌海市应急管理局's week list writes its injured (tests/corpus/README.md, 41, G5), or 待定 in a hazard's
 * 整改资金 — and blank region cells, in accident and hazard ledgers alike. The counts are by hand.
 */
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { sheetOf } from "../reader/layouts";

// Dates as Excel serials: 44439 = 2021-08-31, 44440 = 2021-09-01, 44441 = 2021-09-02 (=DATE(…) in Excel).
const ledger = sheetOf("事故台账", [
  ["序号", "发生时间", "省份", "地点", "事故简况", "死亡（人）", "受伤（人）", "是否纳入统计"],
  [1, 44439, "云南", "昭通市昭阳区", "小轿车起火", 2, "", "是"],
  [2, 44440, "", "成都市", "实验室酒精外溢燃烧", 0, 2, "是"],
  [3, 44441, "山西", "太原市尖草坪区", "化工厂爆炸", 0, "个别轻微伤", "是"],
  [4, 44441, "", "毕节市七星关区", "天然气管道泄漏起火", 0, "—", "是"],
  [5, 44441, "", "嘉善县", "车间起火", 1, "", "否"],
]);

describe("ledger cells the figures cannot use as written", () => {
  const model = readWorkbook({ sheets: [ledger] });
  const named = (kind: string) => model.findings.filter((f) => f.kind === kind);

  test("a figure of words (G4 个别轻微伤) is named with its cell and column, and counts as 0: 受伤 2, not more", () => {
    expect(named("ledger_figure_words").map((f) => [f.cell, f.message.zh])).toEqual([
      ["G4", "台账 G4（受伤（人））填的是“个别轻微伤”，不是数字，按0计入；请填写数值"],
    ]);
    expect(model.ledgers[0].accidents!.current.injured).toBe(2);
  });

  test("a missing mark (—) and a blank are not words: nothing is said of G2, G5 or G6", () => {
    expect(named("ledger_figure_words").map((f) => f.cell)).not.toEqual(expect.arrayContaining(["G2", "G5", "G6"]));
  });

  test("the blank 省份 of the two counted rows (C3, C5) is named once; the row left out (C6) is not", () => {
    expect(named("ledger_blank_key").map((f) => [f.cell, f.message.zh])).toEqual([
      ["C3", "台账有 2 条计入统计的记录未填“省份”（C3、C5），已计入合计，分地区统计中列为“（未填）”；请补填"],
    ]);
    expect(named("ledger_blank_key")[0].message.en).toBe(
      '2 counted records of the ledger leave "省份" blank (C3, C5): counted in the total and listed as not filled in by region; please fill them in',
    );
  });
});

// Hazards as tests/fixtures/ledger-hazards.xlsx lays them out; 45292 = 2024-01-02, 45306 = 2024-01-16, 45500 = 2024-07-28.
const hazards = sheetOf("隐患台账", [
  ["序号", "检查日期", "县（市）", "企业名称", "行业", "隐患描述", "隐患等级", "整改期限", "整改状态", "完成日期", "整改资金（万元）"],
  [1, 45292, "永仁县", "永仁县某企业1", "工贸", "隐患描述", "一般", 45340, "已整改", 45297, 6.59],
  [2, 45292, "", "某企业2", "道路交通", "隐患描述", "一般", 45340, "整改中", "", "待定"],
  [3, 45306, "楚雄市", "楚雄市某企业3", "危险化学品", "隐患描述", "一般", 45340, "整改中", "", "—"],
  [4, 45306, "", "某企业4", "非煤矿山", "隐患描述", "重大", 45340, "已整改", 45310, 2],
  [5, 45500, "", "某企业5", "工贸", "隐患描述", "一般", 45540, "整改中", "", "未落实"],
]);

describe("hazard ledger cells the figures cannot use as written", () => {
  const model = readWorkbook({ sheets: [hazards] }, { reportDate: "2024-06-30" });
  const named = (kind: string) => model.findings.filter((f) => f.kind === kind);

  test("整改资金 of words (K3 待定) is named with its cell and column and counts as 0; — (K4) is missing, and the hazard found after the report date (K6) does not count", () => {
    expect(named("ledger_figure_words").map((f) => [f.cell, f.message.zh])).toEqual([
      ["K3", "台账 K3（整改资金（万元））填的是“待定”，不是数字，按0计入；请填写数值"],
    ]);
    expect(model.ledgers[0].hazards!.total.funds).toBeCloseTo(8.59, 9);
  });

  test("the blank 县（市） of the two counted hazards (C3, C5) is named once", () => {
    expect(named("ledger_blank_key").map((f) => [f.cell, f.message.zh])).toEqual([
      ["C3", "台账有 2 条计入统计的记录未填“县（市）”（C3、C5），已计入合计，分地区统计中列为“（未填）”；请补填"],
    ]);
  });
});
