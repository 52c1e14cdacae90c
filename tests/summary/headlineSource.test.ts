/**
 * Which source the 综述's first sentence takes its accident totals from. Corpus 09 is 云南省's
 * 2024年1月至5月 bulletin: sheet 1-5月 states 合计 350起、死亡371人、受伤125人 by industry, and sheet
 * 较大事故 lists the five larger accidents under the title "2024年1月至5月全省较大事故". Before, the
 * list was taken as every accident: "全省共发生各类生产安全事故5起、死亡20人、受伤3人" — a figure the
 * workbook does not support.
 */
import * as path from "path";
import { workbookFacts } from "../../src/core/facts";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { planSummary } from "../../src/core/summary/planSummary";
import { loadFixture } from "../reader/loadFixture";

const BOOK = path.join(__dirname, "../corpus/workbooks/09-yn-2024-1-5-industry-tree.xlsx");

const modelOf = async (file: string) => readWorkbook(await loadFixture(file));

describe("a ledger whose title names a level (…全省较大事故)", () => {
  it("is read as 较大 accidents only (LedgerModel.scope)", async () => {
    const model = await modelOf(BOOK);
    expect(model.ledgers.map((l) => l.scope)).toEqual([[{ dimension: "level", key: "较大", from: "title" }]]);
  });

  it("never gives the 综述's totals: the table's 合计 does (350起、死亡371人、受伤125人)", async () => {
    const narrative = planSummary(workbookFacts(await modelOf(BOOK))).narrative.join("");
    expect(narrative).toContain("全省共发生各类生产安全事故350起、死亡371人、受伤125人");
    expect(narrative).not.toMatch(/共发生各类生产安全事故5起/);
  });

  it("titles its sections and charts by what it lists: 较大事故台账分县（市）统计, 分县（市）较大事故起数 (Ledger of relatively serious accidents by county)", async () => {
    const wf = workbookFacts(await modelOf(BOOK));
    const zh = planSummary(wf, { language: "zh" });
    const ledgerTitles = zh.sections.filter((s) => s.id.startsWith("ledger")).map((s) => s.title);
    // No 较大事故台账分事故等级统计: a list of 较大 accidents holds no 一般 ones to count as 0 (it once showed 特别重大 0, 重大 0, 较大 5, 一般 0).
    expect(ledgerTitles).toEqual(["较大事故台账分县（市）统计", "较大事故台账分月统计"]);
    expect(zh.charts.map((c) => c.title)).toEqual(expect.arrayContaining(["分县（市）较大事故起数", "各月较大事故起数（当月）"]));
    const en = planSummary(wf, { language: "en" });
    expect(en.sections.filter((s) => s.id === "ledgerByRegion").map((s) => s.title)).toEqual(["Ledger of relatively serious accidents by county"]);
    expect(en.charts.map((c) => c.title)).toEqual(expect.arrayContaining(["Relatively serious accidents by county"]));
  });
});

describe("an indicator-keyed table with 其中 rows of the same indicators (广州市 2022年1-7月, corpus 03)", () => {
  it("takes 事故起数、死亡人数、受伤人数 once, from their first rows: no 同比 of the 较大事故 rows (2 against 2) told as the whole's", async () => {
    const narrative = planSummary(workbookFacts(await modelOf(path.join(__dirname, "../corpus/workbooks/03-gz-2022-07-larger-row.xlsx")))).narrative.join("");
    expect(narrative).toContain(
      "全市共发生各类生产安全事故187起、死亡155人、受伤79人，同比事故起数减少50起，死亡人数减少39人，受伤人数减少55人，分别下降21.1%、20.1%、41%，实现",
    );
    // The 较大 rows' 2 against 2 once came out as "事故起数持平，死亡人数持平，受伤人数持平"; the month's 环比 of
    // injuries (12 against 上月 12) is the source's own 持平 and stays. The rows' own 持平 is said once, in the level
    // sentence that names them (tests/summary/largerRows.test.ts), never of the whole.
    const levelSentence = "其中较大事故2起、死亡6人、受伤1人，同比均持平";
    expect(narrative).toContain(levelSentence);
    expect(narrative.replace(levelSentence, "")).not.toMatch(/事故起数持平|死亡人数持平|均持平/);
  });
});
