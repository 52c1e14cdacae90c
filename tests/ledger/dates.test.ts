import { daysInMonth, halfYearLabel, periodLabel, periodToMonthEnd, plainDayNumber, readDate, serialToIso, yearEarlier } from "../../src/core/ledger/dates";
import { accidentLevel } from "../../src/core/ledger/accidentLevel";
import { ledgerFieldOf } from "../../src/core/ledger/ledgerFields";

describe("readDate accepts every form docs/layouts.md Layout B lists", () => {
  it.each([
    [45310, "2024-01-19", false], // Excel serial (=DATE(2024,1,19))
    [45297.3194, "2024-01-06", false], // serial with a time of day
    ["2024/1/19", "2024-01-19", true],
    ["2024-01-06 07:40", "2024-01-06", true],
    ["2024年2月3日", "2024-02-03", true],
    ["2024.02.03", "2024-02-03", true],
    ["20240106", "2024-01-06", true],
    ["２０２４年２月３日", "2024-02-03", true],
    // With the time of day as bureaus type it (issue 19.5; 乌海 一周事故 2021, 宜宾 and 楚雄 台账).
    ["2023年7月9日14时20分", "2023-07-09", true],
    ["2022年6月11日9时30分", "2022-06-11", true],
    ["2021年9月3日14时左右", "2021-09-03", true],
    ["2021年9月4日4时20分许", "2021-09-04", true],
    ["2021年9月5日凌晨", "2021-09-05", true],
    ["2021年9月5日下午3时许", "2021-09-05", true],
    ["2024年3月1日上午9点30", "2024-03-01", true],
    ["2023.7.9", "2023-07-09", true],
    ["2023/7/9 14:20", "2023-07-09", true],
    ["2024-01-06T07:40:00", "2024-01-06", true],
    ["2024年1月6日 8:00-10:00", "2024-01-06", true],
  ])("reads %p as %s", (raw, iso, fromText) => {
    expect(readDate(raw)).toEqual({ iso, fromText });
  });

  it("refuses impossible dates and text that is no date", () => {
    expect(readDate("2023-02-29")).toBeUndefined();
    expect(readDate("上半年")).toBeUndefined();
    // A period is no date, and neither is a date with words that are no time of day.
    expect(readDate("2024年1月1日至2024年6月30日")).toBeUndefined();
    expect(readDate("2024年3月5日在楚雄市")).toBeUndefined();
    expect(readDate("")).toBeUndefined();
  });

  it("counts Excel's serial 60 past the fictitious 1900-02-29 as 1900-03-01 onward", () => {
    expect(serialToIso(61)).toBe("1900-03-01");
  });
});

describe("plainDayNumber: texts a reader may remember by their day", () => {
  it("numbers yyyy-mm-dd alone or with hh:mm or hh:mm:ss after one space, and no other form", () => {
    expect(["2024-01-06", "2024-01-06 07:40", "2024-01-06 07:40:05"].map(plainDayNumber)).toEqual([20240106, 20240106, 20240106]);
    const others = [
      "2024年1月6日",
      "2024/01/06",
      "2024-1-6",
      " 2024-01-06",
      "2024-01-06 ",
      "2024-01-06T07:40",
      "2024-0１-06",
      "2024-01-06 7:40",
      "20240106",
      "2024-01-06 07:40:5",
    ];
    expect(others.map(plainDayNumber)).toEqual(others.map(() => -1));
  });

  it("gives one number only to texts readDate reads as one date (a time never changes the day; a day that does not exist is no date with any time)", () => {
    // 3,000 texts of the form, months and days past their ends included (2024-02-30, 2023-13-01, 0000-00-00).
    let seed = 7;
    const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    const two = (n: number) => String(n).padStart(2, "0");
    for (let i = 0; i < 3000; i++) {
      const day = `${String(next(3000)).padStart(4, "0")}-${two(next(14))}-${two(next(33))}`;
      const text = [day, `${day} ${two(next(100))}:${two(next(100))}`, `${day} ${two(next(24))}:${two(next(60))}:${two(next(60))}`][next(3)];
      expect(plainDayNumber(text)).toBe(Number(day.replace(/-/g, "")));
      expect(readDate(text)).toEqual(readDate(day));
    }
  });
});

describe("periods", () => {
  it("runs from 1 January to the end of the latest month, a year earlier for 同期", () => {
    expect(periodToMonthEnd("2024-06-28")).toEqual({ start: "2024-01-01", end: "2024-06-30" });
    expect(yearEarlier("2024-02-29")).toBe("2023-02-28");
    expect(daysInMonth(2023, 2)).toBe(28);
  });

  it("writes periods as reports do, with the em dash (docs/numbers.md)", () => {
    expect(periodLabel("2024-01-01", "2024-06-30")).toBe("2024年1—6月");
    expect(periodLabel("2024-01-01", "2024-12-31")).toBe("2024年");
    expect(periodLabel("2024-03-01", "2024-03-31")).toBe("2024年3月");
  });
});

describe("accident levels (条例 Art. 3: 以上 includes the bound)", () => {
  it.each([
    [2, 9, 999.99, "一般"],
    [3, 0, 0, "较大"],
    [0, 10, 0, "较大"],
    [0, 0, 1000, "较大"],
    [10, 0, 0, "重大"],
    [0, 0, 10000, "特别重大"],
    [30, 0, 0, "特别重大"],
  ])("%d deaths, %d serious injuries, %d万元 is %s", (d, s, l, level) => {
    expect(accidentLevel(d, s, l)).toBe(level);
  });
});

describe("ledger headers", () => {
  it.each([
    ["事故发生时间", "date"],
    ["县（市）", "region"],
    ["行业（二级）", "industry_sub"],
    ["行业门类", "industry"],
    ["其中重伤(人)", "serious_injured"],
    ["死亡(人)", "deaths"],
    ["直接经济损失（万元）", "direct_loss"],
    ["是否纳入统计", "included"],
    ["整改期限", "deadline"],
    ["完成日期", "done_date"],
    ["整改状态(已整改/整改中/未整改)", "status"],
    ["隐患等级(一般/重大)", "level"],
    ["整改资金（万元）", "funds"],
    ["挂牌督办(是/否)", "listed"],
    ["责任人", "other"],
    // The national major-accidents ledger (2005–2018): 时间 | 省市 | 区域 | 事故 | 死亡/人 | 受伤/人 — 事故 names the kind, never a count.
    ["省市", "region"],
    ["事故", "accident_type"],
  ])("%s is %s", (header, field) => {
    expect(ledgerFieldOf(header)).toBe(field);
  });
});

describe("Excel's 1900 leap-year bug", () => {
  it("reads serial 1 as 1900-01-01 and 59 as 1900-02-28 (Excel's own DATEVALUE results)", () => {
    expect(serialToIso(1)).toBe("1900-01-01");
    expect(serialToIso(59)).toBe("1900-02-28");
  });

  it("has no date for serial 60, Excel's fictitious 1900-02-29", () => {
    expect(serialToIso(60)).toBeUndefined();
  });

  it("reads serial 61 as 1900-03-01 and 45310 as 2024-01-19 (Excel)", () => {
    expect(serialToIso(61)).toBe("1900-03-01");
    expect(serialToIso(45310)).toBe("2024-01-19");
  });
});

describe("halfYearLabel", () => {
  it("names January–June 上半年, as the Chuxiong 2024 report's title does", () => {
    expect(halfYearLabel("2024-01-01", "2024-06-30")).toBe("2024年上半年");
  });

  it("names July–December 下半年 and nothing else", () => {
    expect(halfYearLabel("2023-07-01", "2023-12-31")).toBe("2023年下半年");
    expect(halfYearLabel("2024-01-01", "2024-05-31")).toBeUndefined();
  });
});
