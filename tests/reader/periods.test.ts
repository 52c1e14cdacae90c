import { changeRoleOf, currentOf, parsePeriod } from "../../src/core/reader/periods";

// Period spellings from docs/numbers.md (layout A variants) and the Chuxiong releases [S1]–[S3].
describe("parsePeriod", () => {
  it("reads the words 本期 and 去年同期 / 上年同期", () => {
    expect(parsePeriod("本期")).toMatchObject({ kind: "current", label: "本期", parsed: { relation: "current" } });
    expect(parsePeriod("去年同期")).toMatchObject({ kind: "previous" });
    expect(parsePeriod("上年同期")).toMatchObject({ kind: "previous" });
    expect(parsePeriod("2023年同期")).toMatchObject({ kind: "previous", year: 2023 });
  });

  it("reads year and month ranges with every dash form", () => {
    for (const label of ["2024年1—6月", "2024年1-6月", "2024年1–6月", "2024年1~6月", "2024年1月至6月", "2024年1－6月"]) {
      expect(parsePeriod(label)).toMatchObject({ kind: "dated", year: 2024, startMonth: 1, endMonth: 6, label });
    }
    expect(parsePeriod("1月至6月")).toMatchObject({ startMonth: 1, endMonth: 6 });
    expect(parsePeriod("1-12月")).toMatchObject({ startMonth: 1, endMonth: 12 });
  });

  it("reads halves, quarters, the full year and a bare year", () => {
    expect(parsePeriod("上半年")).toMatchObject({ startMonth: 1, endMonth: 6 });
    expect(parsePeriod("2024年上半年")).toMatchObject({ year: 2024, startMonth: 1, endMonth: 6 });
    expect(parsePeriod("一季度")).toMatchObject({ startMonth: 1, endMonth: 3 });
    expect(parsePeriod("三季度")).toMatchObject({ startMonth: 7, endMonth: 9 });
    expect(parsePeriod("全年")).toMatchObject({ startMonth: 1, endMonth: 12 });
    expect(parsePeriod("2024年")).toMatchObject({ kind: "dated", year: 2024 });
  });

  it("rejects indicator names and long titles", () => {
    expect(parsePeriod("事故起数")).toBeUndefined();
    expect(parsePeriod("楚雄州2024年1—6月生产安全事故分县(市)统计表")).toBeUndefined();
    expect(parsePeriod("")).toBeUndefined();
  });
});

describe("currentOf", () => {
  it("takes the later year as current, whichever column comes first", () => {
    expect(currentOf(parsePeriod("2023年1-6月")!, parsePeriod("2024年1—6月")!)).toBe("second");
    expect(currentOf(parsePeriod("2024年1-6月")!, parsePeriod("2023年1-6月")!)).toBe("first");
  });

  it("lets the words decide, and the first column when nothing else does", () => {
    expect(currentOf(parsePeriod("去年同期")!, parsePeriod("本期")!)).toBe("second");
    expect(currentOf(parsePeriod("1-6月")!, parsePeriod("1-6月")!)).toBe("first");
  });
});

describe("changeRoleOf", () => {
  it("recognises the percent change headers of layouts A and D", () => {
    for (const h of ["同比增减幅度(%)", "同比增减(%)", "±%", "同比增长(±%)", "增减幅度(%)", "同比增减幅度（%）"]) expect(changeRoleOf(h)).toBe("change_pct");
  });

  it("recognises the absolute change headers", () => {
    for (const h of ["增减", "增减(+/-)", "同比增减数", "比上年增减"]) expect(changeRoleOf(h)).toBe("change_abs");
  });

  it("leaves indicators and rates alone", () => {
    expect(changeRoleOf("整改率（%）")).toBeUndefined();
    expect(changeRoleOf("事故起数")).toBeUndefined();
  });
});
