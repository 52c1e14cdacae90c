/**
 * One precision for the 综述 and the tables (issue 22, "Consistency"; docs/report-rules.md rule 17):
 * every 增减幅度 and 整改率 cell displays exactly what the 综述 writes for it. Reference values: the
 * Chuxiong 2024H1 report (/work/shared/reference) writes 上升15%, 上升23.8%, 上升83.3% and 整改率92%;
 * 23/20 = 15.0%, 26/21 = 23.81%, 11/6 = 83.33%, 378/411 = 91.97% (by hand).
 */
import { parseArguments } from "../../src/cli/main";
import { workbookFacts } from "../../src/core/facts";
import { displayText } from "../../src/core/numbers/displayText";
import type { WorkbookModel } from "../../src/core/reader/model";
import type { SummaryOptionsInput } from "../../src/core/summary/options";
import { planSummary } from "../../src/core/summary/planSummary";
import { sampleModel } from "./sample";

let model: WorkbookModel;
beforeAll(async () => {
  model = await sampleModel();
});

/** The accident section's 增减幅度 cells as displayed, and the hazard total's 整改率. */
function shown(options: SummaryOptionsInput) {
  const plan = planSummary(workbookFacts(model), options);
  const accidents = plan.sections.find((s) => s.id === "accidents")!;
  const changes = [1, 2, 3].map((k) => plan.cells[accidents.firstRow + 1 + k][4]).map((c) => displayText(c.value, c.numberFormat));
  const hazards = plan.sections.find((s) => s.id === "hazards")!;
  const rate = plan.cells[hazards.firstRow + 2][3];
  return { changes, rate: displayText(rate.value, rate.numberFormat), text: plan.narrative.join("") };
}

test("by default (one decimal, zeros dropped) the cells show 15%, 23.8%, 83.3% and 92%, as the 综述 writes them", () => {
  const s = shown({});
  expect(s.changes).toEqual(["15%", "23.8%", "83.3%"]);
  expect(s.rate).toBe("92%");
  for (const pct of ["上升15%", "上升23.8%", "上升83.3%", "整改率92%"]) expect(s.text).toContain(pct);
});

test("with zeros kept both show 15.0% and 92.0%; with two decimals both show 23.81%", () => {
  const kept = shown({ stripTrailingZeros: false });
  expect(kept.changes).toEqual(["15.0%", "23.8%", "83.3%"]);
  expect(kept.rate).toBe("92.0%");
  for (const pct of ["上升15.0%", "上升23.8%", "整改率92.0%"]) expect(kept.text).toContain(pct);
  const two = shown({ percentDecimals: 2, rateDecimals: 2 });
  expect(two.changes).toEqual(["15%", "23.81%", "83.33%"]);
  expect(two.rate).toBe("91.97%");
  for (const pct of ["上升15%", "上升23.81%", "上升83.33%", "整改率91.97%"]) expect(two.text).toContain(pct);
});

test("summarize --precision sets the one precision: 1 drops zeros, 1.0 keeps them, anything else is refused in both languages", () => {
  expect(parseArguments(["summarize", "a.xlsx", "--precision", "1.0"])).toMatchObject({ precision: { decimals: 1, stripTrailingZeros: false } });
  expect(parseArguments(["summarize", "a.xlsx", "--precision", "2"])).toMatchObject({ precision: { decimals: 2, stripTrailingZeros: true } });
  for (const bad of ["1.5", "2.0", "4", "", "one"]) {
    const r = parseArguments(["summarize", "a.xlsx", "--precision", bad]);
    expect("error" in r && r.error.zh).toContain("--precision");
    expect("error" in r && r.error.en).toContain("is not understood");
  }
});

/** The 直接经济损失构成 shares as displayed, largest first, then the 合计's. */
function lossShares(options: SummaryOptionsInput): string[] {
  const plan = planSummary(workbookFacts(model), options);
  const losses = plan.sections.find((s) => s.id === "losses")!;
  const out: string[] = [];
  for (let r = losses.firstRow + 2; r <= losses.lastRow; r++) {
    const c = plan.cells[r][2];
    if (c && typeof c.value === "number") out.push(displayText(c.value, c.numberFormat));
  }
  return out;
}

test("the loss shares follow the one precision too (python3, decimal half-up: 11810.23/12322.34 = 95.84%, 265.76 → 2.16%, 126.59 → 1.03%, 100 → 0.81%, 19.76 → 0.16%, 0)", () => {
  expect(lossShares({})).toEqual(["95.8%", "2.2%", "1%", "0.8%", "0.2%", "0%", "100%"]);
  expect(lossShares({ stripTrailingZeros: false })).toEqual(["95.8%", "2.2%", "1.0%", "0.8%", "0.2%", "0.0%", "100.0%"]);
  expect(lossShares({ percentDecimals: 2 })).toEqual(["95.84%", "2.16%", "1.03%", "0.81%", "0.16%", "0%", "100%"]);
});

test("the region-share column of the 灾情 table (受灾人口占比) follows it as well (python3: 楚雄市 24101/301265 = 7.99993% → 8%, 双柏县 18075/301265 = 5.9997% → 6%)", () => {
  const shares = (options: SummaryOptionsInput) => {
    const plan = planSummary(workbookFacts(model), options);
    for (const s of plan.sections) {
      const header = plan.cells[s.firstRow + 1] ?? [];
      const column = header.findIndex((c) => typeof c.value === "string" && c.value.endsWith("占比"));
      if (column < 0 || s.id === "losses") continue;
      const rows = new Map<string, string>();
      for (let r = s.firstRow + 2; r <= s.lastRow; r++) {
        const c = plan.cells[r][column];
        if (c && typeof c.value === "number") rows.set(String(plan.cells[r][0].value), displayText(c.value, c.numberFormat));
      }
      return rows;
    }
    return new Map<string, string>();
  };
  const byDefault = shares({});
  expect(byDefault.get("楚雄市")).toBe("8%");
  expect(byDefault.get("双柏县")).toBe("6%");
  expect(shares({ stripTrailingZeros: false }).get("楚雄市")).toBe("8.0%");
  expect(shares({ percentDecimals: 2, stripTrailingZeros: false }).get("双柏县")).toBe("6.00%");
});
