/**
 * The report rules of docs/report-rules.md on whole workbooks read by the real path (.xlsx →
 * snapshot → readWorkbook → planSummary): the sample as written (a zero-accident industry, all
 * major hazards rectified), and the sample with last year's totals raised so that accidents and
 * deaths both fall (双下降). Expected texts follow the rules' sources by hand.
 */
import * as fs from "fs";
import type { WorkbookSnapshot } from "../../src/core/model/snapshot";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookFacts } from "../../src/core/facts";
import { planSummary } from "../../src/core/summary/planSummary";
import { loadXlsx, workbookToSnapshot } from "../../src/xlsx/loadXlsx";
import { SAMPLE_PATH } from "./sample";

let snapshot: WorkbookSnapshot;
beforeAll(async () => {
  snapshot = workbookToSnapshot(await loadXlsx(fs.readFileSync(SAMPLE_PATH)));
});

const plan = (s: WorkbookSnapshot, language: "zh" | "en") => planSummary(workbookFacts(readWorkbook(s, { reportDate: "2024-06-30" })), { language });

/** The sample with the 全州合计 row's 去年同期 accidents and deaths set to 30 and 40. */
function falling(s: WorkbookSnapshot): WorkbookSnapshot {
  return {
    ...s,
    sheets: s.sheets.map((x) => {
      if (x.name !== "事故分县统计") return x;
      const values = x.values.map((row) => row.slice());
      const r = values.findIndex((row) => row.includes("全州合计"));
      // 事故起数 本期 23 | 去年同期 20 | ±% …, 死亡人数 本期 26 | 去年同期 21 | ±% …
      const prevAccidents = values[r].indexOf(20);
      const prevDeaths = values[r].indexOf(21);
      values[r][prevAccidents] = 30;
      values[r][prevDeaths] = 40;
      return { ...x, values };
    }),
  };
}

test("a zero-accident industry gets 未接报生产安全事故, and all major hazards rectified gives 已全部完成整改 (sample, Chinese and English)", () => {
  const zh = plan(snapshot, "zh").narrative.join("");
  expect(zh).toContain("水上运输业未接报生产安全事故。");
  expect(zh).toContain("其中重大隐患3条，已全部完成整改。");
  const en = plan(snapshot, "en").narrative.join(" ");
  expect(en).toContain("No accident was reported in water transport.");
  expect(en).toContain("All 3 major hazards were rectified.");
});

test("accidents and deaths both falling: 双下降 closes the 同比 clause (Jiangxi July 2024), in the Chuxiong one-by-one style", () => {
  const zh = plan(falling(snapshot), "zh").narrative[0];
  expect(zh).toBe(
    "2024年1—6月，全州共发生各类生产安全事故23起、死亡26人、受伤11人，同比事故起数减少7起、下降23.3%，死亡人数减少14人、下降35%，受伤人数增加5人、上升83.3%，实现事故起数、死亡人数“双下降”。",
  );
  const en = plan(falling(snapshot), "en").narrative[0];
  expect(en).toBe(
    "In January–June 2024, Chuxiong Prefecture recorded 23 work-safety accidents, with 26 deaths and 11 injuries. Compared with a year earlier, accidents fell by 7 (23.3%) and deaths by 14 (35%), while injuries rose by 5 (83.3%).",
  );
});

test("the title puts the period first and names the subjects; the English title names the place and period in English", () => {
  expect(plan(snapshot, "zh").cells[0][0].value).toMatch(/^2024年1—6月全州生产安全事故、自然灾害和隐患排查整改情况/);
  expect(plan(snapshot, "en").cells[0][0].value).toMatch(
    /^Chuxiong Prefecture, January–June 2024: work-safety accidents, natural disasters and hazard rectification/,
  );
});
