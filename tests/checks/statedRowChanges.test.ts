/**
 * Stated changes in the rows of a turned table (years down the side, a 同比 column beside each
 * indicator, a units row with %). Figures: 应急管理部 上半年自然灾害情况 2019–2020 (tests/corpus/README.md,
 * 30) and the national 2005–2007 death rates (33), as the releases state them; the recomputed
 * percents are worked by hand from the cells.
 */
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { sheetOf } from "../reader/layouts";

function yearsDown(changes: { h5: number; i5: number }) {
  return sheetOf("上半年", [
    ["全国上半年自然灾害情况"],
    ["年份", "受灾人次", "死亡失踪人数", "受灾人次同比", "死亡失踪同比"],
    ["", "万人次", "人", "%", "%"],
    ["2019年", 3180.3, 359, "", ""],
    ["2020年", 4960.9, 271, changes.h5, changes.i5],
  ]);
}

describe("a change row of a turned table", () => {
  it("a 比上年增减 column over a units row's % is a change in percent, not an absolute 增减", () => {
    const table = readWorkbook({ sheets: [yearsDown({ h5: 56, i5: -24.5 })] }).tables[0];
    expect(table.transposed).toBe(true);
    expect(table.rows.filter((r) => r.change).map((r) => [r.indicator, r.change])).toEqual([
      ["affected_pop", "change_pct"],
      ["dz_deaths_missing", "change_pct"],
    ]);
  });

  it("agrees with its indicator's own row, year against the year before: no finding", () => {
    // (4960.9 − 3180.3) / 3180.3 = 55.99% → 56; (271 − 359) / 359 = −24.51% → −24.5.
    expect(readWorkbook({ sheets: [yearsDown({ h5: 56, i5: -24.5 })] }).findings).toEqual([]);
  });

  it("names a stated percent that is not the change from the year before (MEM's 41.5% on a revised 2019 base)", () => {
    const findings = readWorkbook({ sheets: [yearsDown({ h5: 41.5, i5: -26.2 })] }).findings;
    expect(findings.map((f) => [f.kind, f.cell, f.stated, Math.round(f.recomputed! * 10) / 10, f.sources])).toEqual([
      ["stated_change_mismatch", "D5", 41.5, 56, ["B5", "B4"]],
      ["stated_change_mismatch", "E5", -26.2, -24.5, ["C5", "C4"]],
    ]);
    expect(findings[0].message.zh).toBe("受灾人次 D5（2020年）写为 41.5%，按 B5、B4 计算应为 56%");
  });
});

describe("rounded figures", () => {
  // 亿元GDP死亡人数 0.7 (2005) → 0.56 (2006): −20.0% from the figures as printed; the release's −20.4%
  // comes from the unrounded rates (0.7 may be anything from 0.65 to 0.75).
  const rates = (before: number, after: number, stated: number) =>
    sheetOf("2005-2007", [
      ["年份", "生产安全事故死亡人数", "比上年增减"],
      ["", "人", "%"],
      ["2005年", before, ""],
      ["2006年", after, stated],
    ]);

  it("a stated percent within what the rounded figures allow is said as rounding (info), not a slip", () => {
    const findings = readWorkbook({ sheets: [rates(0.7, 0.56, -20.4)] }).findings;
    expect(findings.map((f) => [f.kind, f.severity, f.cell])).toEqual([["rounding", "info", "C4"]]);
    expect(findings[0].message.zh).toContain("四舍五入后的数，相差在其舍入范围内，不是填报错误");
  });

  it("one outside it is still a slip, named as the wrong year's base (工矿商贸 10万人死亡人数 3.85 → 3.33: −13.5%, stated −15.6% = 0.52 / 3.33)", () => {
    const findings = readWorkbook({ sheets: [rates(3.85, 3.33, -15.6)] }).findings;
    expect(findings.map((f) => [f.kind, f.severity, f.cell])).toEqual([["stated_change_mismatch", "error", "C4"]]);
    expect(findings[0].message.zh).toMatch(/3\.33/);
  });
});
