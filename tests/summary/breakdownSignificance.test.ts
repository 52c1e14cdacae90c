/**
 * Significance on the breakdown rows (issue 22.10): by default only the headline count is tested;
 * the ledger's 分县/分行业/类型/等级/分月 tables carry no 显著性 column. A user who asks for breakdown
 * tests gets them Holm-adjusted per table, and the footnote names the correction. Holm's reference
 * values are R's definition of p.adjust(p, "holm"), worked by hand; raw p-values come from the exact
 * conditional test the headline uses (poissonRateTest, checked against R's poisson.test elsewhere).
 */
import * as path from "path";
import { workbookFacts } from "../../src/core/facts";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { planSummary } from "../../src/core/summary/planSummary";
import type { SummaryPlan } from "../../src/core/summary/plan";
import { holmAdjust } from "../../src/core/stats/holm";
import { poissonRateTest } from "../../src/core/stats/poissonRateTest";
import { compactVerdict, holmSignificanceTexts } from "../../src/core/summary/breakdownSignificance";
import { ledgerPair } from "../../src/core/summary/sections/ledgerBreakdowns";
import { DEFAULT_SUMMARY_OPTIONS } from "../../src/core/summary/options";
import { loadFixture } from "../reader/loadFixture";

const LEDGER = path.join(__dirname, "../fixtures/ledger-real-dates.xlsx");
const facts = async () => workbookFacts(readWorkbook(await loadFixture(LEDGER)));

/** The texts of a section's rows. */
function sectionTexts(plan: SummaryPlan, id: string): string[] {
  const s = plan.sections.find((x) => x.id === id)!;
  return plan.cells.slice(s.firstRow, s.lastRow + 1).flatMap((r) => r.map((c) => String(c.value ?? "")));
}

const VERDICT = /^(变化不显著|显著上升|显著下降|—（)|^(no significant change|significant (rise|fall)|— \()/;

test("Holm's adjustment is R's p.adjust(c(0.01, 0.04, 0.03, 0.005), 'holm') = 0.03 0.06 0.06 0.02, and never above 1", () => {
  const adjusted = holmAdjust([0.01, 0.04, 0.03, 0.005]);
  [0.03, 0.06, 0.06, 0.02].forEach((x, i) => expect(adjusted[i]).toBeCloseTo(x, 12));
  expect(holmAdjust([0.6, 0.5])).toEqual([1, 1]);
  expect(holmAdjust([])).toEqual([]);
});

test("a row significant on its own (14 against 4, p=0.031) is no longer so once Holm-adjusted with the one other row tested (p=0.0618)", () => {
  const pair = (c: number, p: number) => ledgerPair("accident_count", { value: c }, { value: p });
  const raw = poissonRateTest(14, 4, 1).p;
  expect(raw).toBeLessThan(0.05);
  const texts = holmSignificanceTexts([pair(14, 4), pair(10, 9), pair(2, 1)], DEFAULT_SUMMARY_OPTIONS);
  const second = poissonRateTest(10, 9, 1).p;
  const [a, b] = holmAdjust([raw, second]);
  // 2 + 1 accidents are too few to test, so the family is the two rows tested.
  expect(texts).toEqual([compactVerdict("up", a, "zh"), compactVerdict("up", b, "zh"), "—"]);
  expect(a).toBeCloseTo(Math.min(1, 2 * raw), 12);
  expect(texts[0]).toBe("不显著\np=0.0618");
  expect(holmSignificanceTexts([pair(30, 10), pair(12, 10)], { language: "en" })).toEqual(["sig. rise\np=0.00444", "not sig.\np=0.832"]);
});

test("by default the ledger's breakdown tables carry no 显著性 column, the headline does, and the footnote says the rows are not tested", async () => {
  for (const language of ["zh", "en"] as const) {
    const plan = planSummary(await facts(), { language });
    const ids = plan.sections.map((s) => s.id).filter((id) => id.startsWith("ledgerBy"));
    expect(ids.length).toBeGreaterThanOrEqual(4);
    for (const id of ids) {
      const texts = sectionTexts(plan, id);
      expect(texts.filter((t) => t === "显著性" || t === "Significance")).toEqual([]);
      expect(texts.filter((t) => VERDICT.test(t))).toEqual([]);
    }
    expect(sectionTexts(plan, "accidents").some((t) => VERDICT.test(t))).toBe(true);
    expect(plan.notes.join("")).toContain(language === "zh" ? "各行不作检验" : "are not tested");
  }
});

test("asked for, each breakdown table's rows are tested with Holm-adjusted p-values, the 合计 row keeps the headline's test, and the footnote names Holm", async () => {
  const wf = await facts();
  const plain = planSummary(wf);
  const plan = planSummary(wf, { breakdownSignificance: true });
  expect(plan.notes.join("")).toContain("Holm");
  const s = plan.sections.find((x) => x.id === "ledgerByRegion")!;
  const rows = plan.cells.slice(s.firstRow, s.lastRow + 1);
  const header = rows.find((r) => r.some((c) => c.value === "显著性"))!;
  const sig = header.findIndex((c) => c.value === "显著性");
  const total = rows.find((r) => r[0].value === "合计")!;
  // The headline's test in the short form (the column is narrow in an 18-column table), the same p.
  const headline = sectionTexts(plain, "accidents").find((t) => VERDICT.test(t))!;
  const p = /（(p[=<][\d.]+)）/.exec(headline)![1];
  expect(total[sig].value).toBe(`不显著\n${p}`);
  expect(sectionTexts(plan, "accidents")).toContain(`不显著\n${p}`);
  // Each county row's p is its raw p times the rows tested at or below its rank: recompute from the row's own 本期 and 去年同期.
  // A long table's header is copied at a page break (issue 23): only the county rows hold figures.
  const groups = rows.slice(rows.indexOf(total) + 1).filter((r) => typeof r[1].value === "number");
  const counts = groups.map((r) => [Number(r[1].value), Number(r[2].value)] as const);
  const testable = counts.map(([c, p]) => c + p >= 6);
  const raw = counts.filter((_, i) => testable[i]).map(([c, p]) => poissonRateTest(c, p, 1));
  const adjusted = holmAdjust(raw.map((t) => t.p));
  let k = 0;
  groups.forEach((r, i) => {
    if (!testable[i]) expect(r[sig].value).toBe("—");
    else {
      expect(r[sig].value).toBe(compactVerdict(raw[k].direction, adjusted[k], "zh"));
      k++;
    }
  });
  expect(k).toBeGreaterThan(0);
});
