/**
 * Two things an accident ledger's figures rest on that the 核对 must say (issue 22): a row whose
 * stated level is below the one its figures meet (《生产安全事故报告和调查处理条例》 Art. 3, as
 * ../shared/domain.md gives it: 较大 from 3 dead with the missing, 10 seriously injured or 1000万元),
 * and records whose direct loss is not filled in, which the loss totals count as 0. Counts by hand
 * and by openpyxl over tests/fixtures/ledger-real-dates.xlsx (row 367: 2024-04-19, 双柏县, 死亡2人,
 * 失踪1人, written 一般; 45 counted records with 直接经济损失 "—", the first L10, L11, L17).
 */
import * as path from "path";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookFacts } from "../../src/core/facts";
import { planSummary } from "../../src/core/summary/planSummary";
import { sheetOf } from "../reader/layouts";
import { loadFixture } from "../reader/loadFixture";

const FIXTURE = path.join(__dirname, "../fixtures/ledger-real-dates.xlsx");

// Dates as Excel serials: 45383 = 2024-04-01, 45384 = 2024-04-02 …
const ledger = sheetOf("事故台账", [
  ["序号", "发生时间", "县（市）", "事故等级", "死亡（人）", "失踪（人）", "重伤（人）", "直接经济损失（万元）", "是否纳入统计"],
  [1, 45383, "楚雄市", "一般", 3, 0, 0, 12, "是"], // 较大 by deaths
  [2, 45384, "禄丰市", "一般事故", 0, 0, 0, 1200, "是"], // 较大 by loss, the level written with 事故
  [3, 45385, "双柏县", "较大", 10, 0, 0, 50, "是"], // 重大 by deaths
  [4, 45386, "南华县", "较大", 1, 0, 0, "—", "是"], // above its figures: not a slip (the level may rest on facts the ledger lacks)
  [5, 45387, "姚安县", "", 4, 0, 0, "", "是"], // no level stated: derived, nothing to check; loss blank
  [6, 45388, "大姚县", "一般", 0, 0, 12, 3, "是"], // 较大 by serious injuries
  [7, 45389, "永仁县", "一般", 5, 0, 0, "—", "否"], // left out of the statistics: not checked, not counted
  [8, 45390, "元谋县", "一般", 2, 0, 9, 999.99, "是"], // just under every threshold
]);

describe("a stated level below the one the figures meet", () => {
  const model = readWorkbook({ sheets: [ledger] });
  const named = (kind: string) => model.findings.filter((f) => f.kind === kind);

  test("is a 核对 finding on the level cell, for each counted row whose figures meet a higher level; a level above its figures, a derived level and an excluded row are not", () => {
    expect(named("ledger_level_below_figures").map((f) => f.cell)).toEqual(["D2", "D3", "D4", "D7"]);
  });

  test("names the figures and the threshold they meet, in both languages", () => {
    const [deaths, loss, major, injuries] = named("ledger_level_below_figures").map((f) => f.message);
    expect(deaths.zh).toBe(
      "台账 D2 的事故等级填为“一般”，但该起事故死亡3人（标准为3人以上），已达到较大事故标准；分等级统计和较大及以上事故仍按所填等级计入，请核实",
    );
    expect(loss.zh).toContain("直接经济损失1200万元（标准为1000万元以上），已达到较大事故标准");
    expect(major.zh).toContain("填为“较大”，但该起事故死亡10人（标准为10人以上），已达到重大事故标准");
    expect(injuries.en).toBe(
      'Ledger D7 gives the level as "一般" (ordinary), but with 12 seriously injured (10 or more) the accident meets the threshold of a relatively serious accident (较大); the level tables count it as written; please check',
    );
  });

  test("the fixture's one such row, G367 (2024-04-19: 2 dead and 1 missing written 一般), is found and nothing else", async () => {
    const findings = readWorkbook(await loadFixture(FIXTURE)).findings.filter((f) => f.kind === "ledger_level_below_figures");
    expect(findings.map((f) => [f.sheet, f.cell])).toEqual([["事故台账", "G367"]]);
    expect(findings[0].message.zh).toContain("死亡2人、失踪1人（死亡失踪合计3人，标准为3人以上），已达到较大事故标准");
  });
});

describe("a direct loss not filled in", () => {
  test("is one 核对 finding naming how many counted records leave it empty (blank or —) and their cells; an excluded row is not among them", () => {
    const findings = readWorkbook({ sheets: [ledger] }).findings.filter((f) => f.kind === "ledger_missing_figure");
    expect(findings.map((f) => [f.cell, f.message.zh])).toEqual([
      ["H5", "台账有 2 条计入统计的记录未填“直接经济损失（万元）”（H5、H6），直接经济损失合计按0计入；请补填"],
    ]);
  });

  test("is said under the ledger tables and in the 核对 of the fixture's summary: 45 records, zh and en", async () => {
    const wf = workbookFacts(readWorkbook(await loadFixture(FIXTURE)));
    const zh = planSummary(wf);
    expect(zh.notes).toContain("注：“事故台账”中有45条计入统计的记录未填直接经济损失，以上直接经济损失合计按0计入（见数据核对）。");
    const checks = zh.sections.find((s) => s.id === "checks")!;
    const checkTexts = zh.cells.slice(checks.firstRow, checks.lastRow + 1).flatMap((r) => r.map((c) => String(c.value ?? "")));
    expect(checkTexts.some((t) => t.includes("台账有 45 条计入统计的记录未填“直接经济损失（万元）”（L10、L11、L17、L28、L36、L46、L51、L52等）"))).toBe(true);
    const en = planSummary(wf, { language: "en" });
    expect(en.notes).toContain(
      'Note: 45 counted records on "事故台账" leave the direct economic loss empty; the loss totals above count them as 0 (see the checks).',
    );
  });
});
