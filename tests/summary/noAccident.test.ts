/**
 * A period with no accident, and a month beside its year to date (issue 22; docs/report-rules.md rules 23
 * and 24). Reference: 深圳市罗湖区应急管理局, 4月份安全生产形势分析 (2023), which corpus 22 transcribes: "4月份全区
 * 未发生生产安全事故，同比去年事故起数减少2起" and "1-4月份全区发生生产安全事故2起，死亡1人，受伤1人，同比去年持平"
 * (cells B5:G5 and B15:G15 of the workbook). Ledger counts by hand from the rows below.
 */
import { loadFixture } from "../reader/loadFixture";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookFacts } from "../../src/core/facts/workbookFacts";
import { planSummary } from "../../src/core/summary/planSummary";
import { resolveSummaryOptions } from "../../src/core/summary/options";
import { sheetOf } from "../reader/layouts";

const LUOHU = "tests/corpus/workbooks/22-lh-2023-04-last-two-years.xlsx";

async function luohu(language: "zh" | "en"): Promise<string> {
  const model = readWorkbook(await loadFixture(LUOHU));
  return planSummary(workbookFacts(model), { language }).narrative[0];
}

const HEADER = ["序号", "事故发生时间", "县（市）", "行业", "事故类型", "死亡人数", "受伤人数"];
/** 2023-03: none; 2023-06: 2 accidents, 3 deaths; 2024-02 and 2024-05: 1 death each. */
const ROWS = [
  ["2023-06-03", 1],
  ["2023-06-20", 2],
  ["2024-02-11", 1],
  ["2024-05-03", 1],
].map(([date, deaths], i) => [i + 1, date, "楚雄市", "建筑业", "高处坠落", deaths, 0]);

function ledger(period: { start: string; end: string }, language: "zh" | "en"): string {
  const model = readWorkbook({ sheets: [sheetOf("事故台账", [["楚雄州生产安全事故台账"], HEADER, ...ROWS])] }, { overrides: { reportPeriod: period } });
  return planSummary(workbookFacts(model), resolveSummaryOptions({ language })).narrative[0];
}

describe("a period with no accident", () => {
  test("罗湖区 2023年1—4月 first, then 其中4月未发生生产安全事故 with the year-ago counts it fell by (the release), never 0起 or 100%", async () => {
    const zh = await luohu("zh");
    expect(zh).toBe(
      "2023年1—4月，全区共发生各类生产安全事故2起、死亡1人、受伤1人，同比均持平；其中4月未发生生产安全事故，同比事故起数减少2起、死亡人数减少1人、受伤人数减少1人。",
    );
    expect(zh).not.toMatch(/0起|100%/);
  });

  test("罗湖区 in English: the year to date, then 'In April 2023 alone, no work-safety accident was reported; a year earlier there were 2'", async () => {
    expect(await luohu("en")).toBe(
      "In January–April 2023, Luohu District recorded 2 work-safety accidents, with 1 death and 1 injury. Compared with a year earlier, " +
        "accidents, deaths and injuries were unchanged. In April 2023 alone, no work-safety accident was reported; a year earlier there were 2 accidents, with 1 death and 1 injury.",
    );
  });

  test("a ledger that runs past the user's month (a record in May) and has none in March: 未发生, no 同比 (no March 2023 records), 环比 against February's 1 accident", () => {
    expect(ledger({ start: "2024-03-01", end: "2024-03-31" }, "zh")).toBe(
      "2024年3月，全州未发生生产安全事故，环比事故起数减少1起、死亡人数减少1人。台账未含2023年3月记录，不作同比。",
    );
  });

  test("with year-ago records: 同比事故起数减少2起、死亡人数减少3人 (June 2023: 2 accidents, 1 + 2 deaths) when a later record shows the ledger reaches June 2024", () => {
    const rows = [...ROWS, [5, "2024-07-02", "楚雄市", "建筑业", "高处坠落", 0, 1]];
    const model = readWorkbook(
      { sheets: [sheetOf("事故台账", [["楚雄州生产安全事故台账"], HEADER, ...rows])] },
      { overrides: { reportPeriod: { start: "2024-06-01", end: "2024-06-30" } } },
    );
    const say = (language: "zh" | "en") => planSummary(workbookFacts(model), resolveSummaryOptions({ language })).narrative[0];
    expect(say("zh")).toBe("2024年6月，全州未发生生产安全事故，同比事故起数减少2起、死亡人数减少3人，环比事故起数减少1起、死亡人数减少1人。");
    expect(say("en")).toBe(
      "In June 2024, no work-safety accident was reported in Chuxiong Prefecture; a year earlier there were 2 accidents, with 3 deaths. May 2024 had 1 accident, with 1 death.",
    );
  });

  test("a period after the ledger's latest record (3 May 2024) is one it does not reach: neither 0起 nor 未发生", () => {
    const zh = ledger({ start: "2025-01-01", end: "2025-12-31" }, "zh");
    expect(zh).toBe("台账最后一条记录的日期为2024年5月3日，未含2025年的记录，无法据此说明2025年的事故情况。");
    expect(ledger({ start: "2024-06-01", end: "2024-06-30" }, "en")).toBe(
      "The ledger's latest record is dated 3 May 2024; it holds none for June 2024, so the accidents of June 2024 cannot be told from it.",
    );
  });
});

describe("环比 from a ledger in a monthly report (rule 18)", () => {
  /** May 2024: 2 accidents, 3 deaths; June 2024: 1 accident, 1 death, 1 injury; June 2023: 2 accidents, 3 deaths. */
  const MONTHS = [
    ["2023-06-03", 1, 0],
    ["2023-06-20", 2, 0],
    ["2024-05-03", 1, 0],
    ["2024-05-21", 2, 0],
    ["2024-06-12", 1, 1],
  ].map(([date, deaths, injured], i) => [i + 1, date, "楚雄市", "建筑业", "高处坠落", deaths, injured]);

  function june(rows: unknown[][], language: "zh" | "en"): string {
    const model = readWorkbook(
      { sheets: [sheetOf("事故台账", [["楚雄州生产安全事故台账"], HEADER, ...rows])] },
      { overrides: { reportPeriod: { start: "2024-06-01", end: "2024-06-30" } } },
    );
    return planSummary(workbookFacts(model), resolveSummaryOptions({ language })).narrative[0];
  }

  test("the user's month: 同比 against June 2023, then 环比 against May 2024 (1 against 2 accidents: 减少1起、下降50%)", () => {
    expect(june(MONTHS, "zh")).toBe(
      "2024年6月，全州共发生各类生产安全事故1起、死亡1人、受伤1人，同比事故起数减少1起、下降50%，死亡人数减少2人、下降66.7%，受伤人数净增加1人，实现事故起数、死亡人数“双下降”；" +
        "环比事故起数减少1起、下降50%，死亡人数减少2人、下降66.7%，受伤人数净增加1人。按死亡人数推定，未发现较大及以上生产安全事故（台账无重伤人数、直接经济损失列）。",
    );
    expect(june(MONTHS, "en")).toContain("Compared with May 2024, accidents fell by 1 (50%) and deaths by 2 (66.7%), while injuries rose by 1 from none.");
  });

  test("a month with no accident says 环比 in counts too: 未发生…，环比事故起数减少2起、死亡人数减少3人", () => {
    const rows = MONTHS.filter((r) => r[1] !== "2024-06-12").concat([[6, "2024-07-02", "楚雄市", "建筑业", "高处坠落", 0, 1]]);
    expect(june(rows, "zh")).toBe("2024年6月，全州未发生生产安全事故，同比事故起数减少2起、死亡人数减少3人，环比事故起数减少2起、死亡人数减少3人。");
    expect(june(rows, "en")).toBe(
      "In June 2024, no work-safety accident was reported in Chuxiong Prefecture; a year earlier there were 2 accidents, with 3 deaths. May 2024 had 2 accidents, with 3 deaths.",
    );
  });

  test("a ledger whose first record is in June has no May to compare with: no 环比", () => {
    const rows = MONTHS.filter((r) => String(r[1]).startsWith("2024-06"));
    expect(june(rows, "zh")).not.toContain("环比");
  });
});

describe("a one-period table with no accident (corpus 40, 2017年1月: 'the summary must say none occurred')", () => {
  test("2017年1月，全市未发生生产安全事故。 — not 共发生各类生产安全事故0起、死亡0人、受伤0人", async () => {
    const model = readWorkbook(await loadFixture("tests/corpus/workbooks/40-maihjf-2017-01-stacked-fields.xlsx"));
    const first = (language: "zh" | "en") => planSummary(workbookFacts(model), { language }).narrative[0];
    expect(first("zh")).toBe("2017年1月，全市未发生生产安全事故。");
    expect(first("en")).toBe("In January 2017, no work-safety accident was reported in the city.");
  });
});
