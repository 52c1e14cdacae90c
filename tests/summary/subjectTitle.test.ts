/**
 * A title that names the subject everywhere, never "统计汇总" while the sheet knows what it is about, with the period's
 * dash as GB/T 15834 writes it (issue 22, consistency; docs/report-rules.md rule 2). On main these sheets were titled
 * "2024年上半年全省统计汇总" / "2024年上半年全州统计汇总" and layout-a-variants "2024年1-6月…" as its source typed it.
 */
import { loadFixture } from "../reader/loadFixture";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookFacts } from "../../src/core/facts";
import { planSummary } from "../../src/core/summary/planSummary";

async function title(file: string, language: "zh" | "en" = "zh"): Promise<unknown> {
  const model = readWorkbook(await loadFixture(file.includes("/") ? file : `tests/fixtures/${file}`));
  return planSummary(workbookFacts(model), { language }).cells[0][0].value;
}

describe("the summary's title names its subject", () => {
  test("a disaster table alone: 2024年上半年全省自然灾害情况 / natural disasters", async () => {
    expect(await title("sections-disaster.xlsx")).toBe("2024年上半年全省自然灾害情况");
    expect(await title("sections-disaster.xlsx", "en")).toBe("First half of 2024: natural disasters in the province");
  });

  test("enforcement and training sheets are named as the report's chapters name them", async () => {
    expect(await title("sections-enforcement.xlsx")).toBe("2024年上半年全州安全生产行政执法情况");
    expect(await title("sections-training.xlsx")).toBe("2024年上半年全州安全培训和应急演练情况");
    expect(await title("sections-training.xlsx", "en")).toBe("Chuxiong Prefecture, first half of 2024: safety training and emergency drills");
  });

  test("the period's range takes the 一字线 whatever the source typed (2024年1-6月 → 2024年1—6月)", async () => {
    expect(await title("layout-a-variants.xlsx")).toBe("2024年1—6月全州生产安全事故情况");
  });

  // On main these were "4月全州统计汇总", "全国统计汇总", "2020年1—7月全市统计汇总" and "2024年1—6月全州统计汇总".
  test("fire tables by cause, place and hour name fires (corpus 39, 黔西南州 4月份火灾情况)", async () => {
    expect(await title("tests/corpus/workbooks/39-qxn-fire-04-four-tables.xlsx")).toBe("4月全州火灾情况");
    expect(await title("tests/corpus/workbooks/39-qxn-fire-04-four-tables.xlsx", "en")).toBe("Qianxinan Prefecture, April: fires");
  });

  test("a table of years with no current year names its subject from its indicators (corpus 30, 应急管理部 上半年自然灾害)", async () => {
    expect(await title("tests/corpus/workbooks/30-mem-h1-years-units-row.xlsx")).toBe("全国自然灾害情况");
  });

  test("a table the planner could not sum, or whose header it could not read, names the subject its indicators or title give", async () => {
    expect(await title("layout-d.xlsx")).toBe("2020年1—7月全市生产安全事故情况");
    expect(await title("malformed-header-conflict.xlsx")).toBe("2024年1—6月全州生产安全事故情况");
    // Nothing names a subject (a roster): the plain title stays.
    expect(await title("malformed-roster.xlsx")).toBe("统计汇总");
  });
});
