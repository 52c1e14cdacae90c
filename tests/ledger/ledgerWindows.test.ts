/** The window a ledger is summarised in, from its days and title (calendar dates worked by hand). */
import { ledgerWindows } from "../../src/core/ledger/ledgerWindows";
import { periodLabel } from "../../src/core/ledger/dates";
import { calendarYears } from "../../src/core/ledger/yearlyWindows";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { sheetOf } from "../reader/layouts";
import { weekList } from "./weekList";
import { workbookFacts } from "../../src/core/facts";
import { planSummary } from "../../src/core/summary/planSummary";

const within = (days: readonly string[]) => (r: { start: string; end: string }) => days.some((d) => d >= r.start && d <= r.end);
const windowsOf = (days: string[], title = "") => ledgerWindows(days, title, within(days))!;

describe("a ledger's window", () => {
  test("a week's list (乌海 一周事故, 2021年第34期: 8月31日—9月5日) is those days, not 2021年1—9月, and has nothing a year earlier to compare with", () => {
    const days = ["2021-08-31", "2021-09-01", "2021-09-03", "2021-09-05"];
    const w = windowsOf(days, "一周事故及安全警示（2021年第34期）");
    expect(w.current).toEqual({ start: "2021-08-31", end: "2021-09-05", label: "2021年8月31日至9月5日" });
    expect(w.previous).toEqual({ start: "2020-08-31", end: "2020-09-05", label: "2020年8月31日至9月5日" });
    expect(w.compare).toBe(false);
  });

  test("a few days across a month's end are a list of those days even without a title", () => {
    expect(windowsOf(["2024-04-29", "2024-05-02"]).current.label).toBe("2024年4月29日至5月2日");
  });

  test("a ledger of this year and last is the year to the latest month, compared with the same months a year earlier", () => {
    const w = windowsOf(["2023-02-11", "2023-05-30", "2024-01-05", "2024-06-28"]);
    expect(w.current.label).toBe("2024年1—6月");
    expect(w.previous.label).toBe("2023年1—6月");
    expect(w.compare).toBe(true);
  });

  test("a ledger of one year alone is its year to date, with no 同比: nothing a year earlier to compare with", () => {
    const w = windowsOf(["2024-01-05", "2024-03-02", "2024-06-28"]);
    expect(w.current.label).toBe("2024年1—6月");
    expect(w.compare).toBe(false);
  });

  test("a title that names a month holding every record (2024年3月事故台账) is the month", () => {
    expect(windowsOf(["2024-03-02", "2024-03-20", "2023-03-09"], "2024年3月事故台账").current.label).not.toBe("2024年3月");
    const w = windowsOf(["2024-03-02", "2024-03-20"], "2024年3月事故台账");
    expect(w.current).toEqual({ start: "2024-03-01", end: "2024-03-31", label: "2024年3月" });
  });

  test("a title's bare year (a running ledger named for its year) keeps the year to the latest record's month", () => {
    const w = windowsOf(["2024-01-05", "2024-06-28"], "2024年事故台账");
    expect(w.current.label).toBe("2024年1—6月");
    expect(w.from).toBe("records");
  });

  test("a title's 1—n月 holding the latest record is the period (issue 22.7: the bureau reports 1—6月 though its last accident was in May; 楚雄州's reference report is 2024年1—6月)", () => {
    const w = windowsOf(["2023-06-20", "2024-01-05", "2024-05-28"], "楚雄州2024年1—6月生产安全事故台账");
    expect(w.current).toEqual({ start: "2024-01-01", end: "2024-06-30", label: "2024年1—6月" });
    expect(w.previous.label).toBe("2023年1—6月");
    expect(w.compare).toBe(true);
    expect(w.from).toBe("title");
    expect(windowsOf(["2024-01-05", "2024-05-28"], "2024年上半年事故台账").current.label).toBe("2024年1—6月");
    expect(windowsOf(["2024-01-05", "2024-06-28"], "2024年1—9月事故台账").current.label).toBe("2024年1—9月");
  });

  test("a title's 1—n月 that ends before the latest record is not the period (the records say more)", () => {
    const w = windowsOf(["2024-01-05", "2024-07-02"], "2024年1—6月事故台账");
    expect(w.current.label).toBe("2024年1—7月");
    expect(w.from).toBe("records");
  });

  test("an archive of five calendar years or more (2005–2018) is all of them, with no 同比", () => {
    const w = windowsOf(["2005-01-05", "2009-07-01", "2013-03-03", "2018-12-17"]);
    expect(w.current).toEqual({ start: "2005-01-01", end: "2018-12-31", label: "2005—2018年" });
    expect(w.compare).toBe(false);
    expect(windowsOf(["2005-01-05", "2009-07-01", "2013-03-03", "2018-06-17"]).current.label).toBe("2005年1月—2018年6月");
  });

  test("four years of a working ledger stay a year to date with its 同比 (the trend compares like with like)", () => {
    const w = windowsOf(["2021-03-01", "2022-03-01", "2023-03-01", "2024-05-01"]);
    expect(w.current.label).toBe("2024年1—5月");
    expect(w.compare).toBe(true);
  });

  test("no dated record: no window", () => {
    expect(ledgerWindows([], "一周事故", () => false)).toBeUndefined();
  });
});

describe("window labels and calendar years", () => {
  test("labels as reports write them", () => {
    expect(periodLabel("2024-03-05", "2024-03-20")).toBe("2024年3月5日至20日");
    expect(periodLabel("2021-12-29", "2022-01-04")).toBe("2021年12月29日至2022年1月4日");
    expect(periodLabel("2016-01-01", "2018-12-31")).toBe("2016—2018年");
  });

  test("an archive's years are calendar years, the last ending where the window does", () => {
    expect(calendarYears(2016, "2018-06-30").map((y) => y.label)).toEqual(["2016年", "2017年", "2018年1—6月"]);
  });
});

describe("read from a sheet", () => {
  const rows = (dates: string[]) => [
    ["序号", "事故发生时间", "县（市）", "事故类型", "死亡人数", "受伤人数"],
    ...dates.map((d, i) => [i + 1, d, "楚雄市", "车辆伤害", 1, 0]),
  ];

  test("an archive ledger is summarised by calendar year and marked as not compared", () => {
    const dates = Array.from({ length: 14 }, (_, k) => `${2005 + k}-0${(k % 9) + 1}-15`);
    const ledger = readWorkbook({ sheets: [sheetOf("台账", rows(dates))] }).ledgers[0];
    expect(ledger.current.label).toBe("2005年1月—2018年5月");
    expect(ledger.compare).toBe(false);
    expect(ledger.accidents!.byYear!.map((y) => [y.period.label, y.totals.accidents])).toEqual(
      Array.from({ length: 14 }, (_, k) => [k === 13 ? "2018年1—5月" : `${2005 + k}年`, 1]),
    );
  });

  test("a 统计时间 line above the header gives the period, and the ledger says it came from there (issue 22.7)", () => {
    const sheet = sheetOf("台账", [
      ["2024年生产安全事故台账"],
      ["填报单位：楚雄州应急管理局", "统计时间：2024年1月1日至6月30日"],
      ...rows(["2024-02-02", "2024-05-20"]),
    ]);
    const ledger = readWorkbook({ sheets: [sheet] }).ledgers[0];
    expect(ledger.current.label).toBe("2024年1—6月");
    expect(ledger.periodSource).toBe("title");
    expect(readWorkbook({ sheets: [sheetOf("台账", rows(["2024-02-02", "2024-05-20"]))] }).ledgers[0]).toMatchObject({
      current: { label: "2024年1—5月" },
      periodSource: "inferred",
    });
  });

  test("a period the user sets is compared with the same dates a year earlier when the ledger has records then (issue 22.2: none is no zero base)", () => {
    const sheet = sheetOf("台账", rows(["2024-03-02", "2024-03-20"]));
    const id = `台账!${readWorkbook({ sheets: [sheet] }).ledgers[0].address}`;
    const ledger = readWorkbook({ sheets: [sheet] }, { overrides: { ledgerPeriod: { [id]: { start: "2024-03-01", end: "2024-03-31" } } } }).ledgers[0];
    expect(ledger.current.label).toBe("2024年3月");
    expect(ledger.compare).toBe(false);
    const both = sheetOf("台账", rows(["2023-03-15", "2024-03-02", "2024-03-20"]));
    const bothId = `台账!${readWorkbook({ sheets: [both] }).ledgers[0].address}`;
    const compared = readWorkbook({ sheets: [both] }, { overrides: { ledgerPeriod: { [bothId]: { start: "2024-03-01", end: "2024-03-31" } } } }).ledgers[0];
    expect(compared.compare).toBeUndefined();
  });
});

describe("what the summary says of a ledger with nothing to compare with", () => {
  const narrative = (sheets: ReturnType<typeof sheetOf>[]) =>
    planSummary(workbookFacts(readWorkbook({ sheets })), { generatedAt: "2021-09-07 09:00" }).narrative.join("");

  test("the 乌海 week's list: its days, its figures, and why there is no 同比 — never a 同比 against zeros", () => {
    // The level sentence (issue 22): 3 of the 8 have 3 or more dead (6, 15 and 12: 33 dead, 1 injured), 较大 and above by the thresholds; no 同比 for them either.
    // One record's 受伤 is the words 个别轻微伤, counted as 0: the sentence says so (issue 22, rule 22).
    expect(narrative([weekList()])).toBe(
      "2021年8月31日至9月5日，共发生各类生产安全事故8起、死亡35人、受伤4人（另有1起事故的受伤人数填为“个别轻微伤”，未计入，见核对）。其中较大及以上事故3起、死亡33人、受伤1人（按死亡人数推定；台账无重伤人数、直接经济损失列，可能少计）。台账未含2020年8月31日至9月5日记录，不作同比。",
    );
  });

  test("its facts have no year-ago figures, only this window's", () => {
    const facts = workbookFacts(readWorkbook({ sheets: [weekList()] })).facts;
    expect(facts.filter((f) => f.period.relation === "year_ago")).toEqual([]);
    expect(facts.find((f) => f.indicator === "deaths" && f.breakdown.length === 0)?.period).toMatchObject({
      label: "2021年8月31日至9月5日",
      relation: "current",
    });
  });
});
