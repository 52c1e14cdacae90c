/**
 * A ledger that lists accidents of one level only — by its title (2024年1月至5月全省较大事故) or by a
 * level column that says 较大 on every counted row — gives facts keyed by that level, never the
 * accidents of the whole area (issue 19, corpus 09). Corpus 09 is 云南省's 2024年1月至5月 bulletin
 * (tests/corpus/README.md, 09): its table states 350 accidents and 371 deaths, its second sheet lists
 * the five 较大 accidents (20 deaths, 3 injured, counted by hand from the list). Before, the list's
 * totals were facts of all accidents (5, 20, 3) that contradicted the table's 350/371/125, and its
 * breakdown by level said 一般 0.
 */
import * as path from "path";
import { workbookFacts, type Fact } from "../../src/core/facts";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { planSummary } from "../../src/core/summary/planSummary";
import { sheetOf } from "../reader/layouts";
import { loadFixture } from "../reader/loadFixture";

const BOOK = path.join(__dirname, "../corpus/workbooks/09-yn-2024-1-5-industry-tree.xlsx");

const keys = (f: Fact) => f.breakdown.map((k) => `${k.dimension}:${k.key}`).join("/");
const current = (facts: readonly Fact[], indicator: string) =>
  facts.filter((f) => f.indicator === indicator && f.measure === "count" && f.period.relation === "current");

/** An accident table of the county (by industry, 合计 12) and its ledger, whose 等级 column says the same level on every row. */
function countyBook(levels: readonly string[], title = "2024年1—6月事故台账") {
  const table = sheetOf("分行业", [
    ["2024年1—6月全县生产安全事故情况"],
    ["行业", "事故起数", "死亡人数"],
    ["合计", 12, 14],
    ["道路运输", 9, 10],
    ["工矿商贸", 3, 4],
  ]);
  const ledger = sheetOf("台账", [
    [title],
    ["序号", "发生时间", "县（市）", "事故等级", "死亡人数", "受伤人数"],
    ...levels.map((level, i) => [i + 1, `2024年${i + 2}月3日`, "甲县", level, 3 + i, 1]),
  ]);
  return workbookFacts(readWorkbook({ sheets: [table, ledger] }));
}

describe("a ledger of one level", () => {
  test("by its title (…全省较大事故): every fact of the list is keyed 较大; the workbook's whole is the table's 350 and 371 alone", async () => {
    const wf = workbookFacts(readWorkbook(await loadFixture(BOOK)));
    const ledger = wf.sources.find((s) => s.kind === "ledger")!;
    const listed = wf.facts.filter((f) => f.source === ledger.id);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((f) => f.breakdown[0]?.dimension === "level" && f.breakdown[0].key === "较大" && f.breakdown[0].axis === "table")).toBe(true);
    expect(
      current(listed, "accident_count")
        .filter((f) => keys(f) === "level:较大")
        .map((f) => f.value),
    ).toEqual([5]);
    expect(
      current(listed, "deaths")
        .filter((f) => keys(f) === "level:较大")
        .map((f) => f.value),
    ).toEqual([20]);
    expect(
      current(wf.facts, "accident_count")
        .filter((f) => f.breakdown.length === 0)
        .map((f) => f.value),
    ).toEqual([350]);
    expect(
      current(wf.facts, "deaths")
        .filter((f) => f.breakdown.length === 0)
        .map((f) => f.value),
    ).toEqual([371]);
  });

  test("has no breakdown by level: a list of 较大 accidents says nothing of 一般 ones (no 一般 0)", async () => {
    const wf = workbookFacts(readWorkbook(await loadFixture(BOOK)));
    const ledger = wf.sources.find((s) => s.kind === "ledger")!;
    const levels = wf.facts.filter((f) => f.source === ledger.id).flatMap((f) => f.breakdown.filter((k) => k.dimension === "level").map((k) => k.key));
    expect([...new Set(levels)]).toEqual(["较大"]);
  });

  test("by its level column (事故等级 较大 on every row, a title that names no level): keyed 较大, the table's 12 and 14 stay the whole; several levels, 一般 alone or a blank narrow nothing", () => {
    const wf = countyBook(["较大", "较大事故", "较大"]);
    const ledger = wf.sources.find((s) => s.kind === "ledger")!;
    expect(ledger.kind === "ledger" && ledger.scope).toEqual([{ dimension: "level", key: "较大", from: "column" }]);
    const listed = current(wf.facts, "accident_count").filter((f) => f.source === ledger.id && keys(f) === "level:较大");
    expect(listed.map((f) => f.value)).toEqual([3]);
    expect(
      current(wf.facts, "accident_count")
        .filter((f) => f.breakdown.length === 0)
        .map((f) => f.value),
    ).toEqual([12]);
    expect(
      current(wf.facts, "deaths")
        .filter((f) => f.breakdown.length === 0)
        .map((f) => f.value),
    ).toEqual([14]);
    // A level column of several levels, of 一般 only, or with a blank, narrows nothing: the ledger counts all accidents.
    for (const levels of [
      ["较大", "一般", "较大"],
      ["一般", "一般", "一般"],
      ["较大", "", "较大"],
    ]) {
      const all = countyBook(levels);
      const source = all.sources.find((s) => s.kind === "ledger")!;
      expect(source.kind === "ledger" && source.scope).toBeUndefined();
      expect(
        current(all.facts, "accident_count")
          .filter((f) => f.source === source.id && f.breakdown.length === 0)
          .map((f) => f.value),
      ).toEqual([3]);
    }
  });

  test("the sections of such a ledger still list its counties, titled by its level", () => {
    const plan = planSummary(countyBook(["较大", "较大", "较大"]), { language: "zh" });
    expect(plan.sections.map((s) => s.title)).toEqual(expect.arrayContaining(["较大事故台账分县（市）统计"]));
    expect(plan.sections.some((s) => s.id === "ledgerByLevel")).toBe(false);
  });
});
