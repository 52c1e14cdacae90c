/**
 * Hand-built sheets in the shapes of published releases that put periods in rows, series across,
 * several tables on a sheet: the reader's own tests of geometry and time (docs/periods.md).
 * The figures are invented but consistent (each 同比 and 环比 is the one the two rows give).
 */
import type { SheetSnapshot } from "../../src/core/model/snapshot";
import { sheetOf } from "../reader/layouts";

/** A monthly bulletin with its periods down the side (the shape of MEM's and provinces' 月报 tables). */
export function periodsInRows(name = "6月"): SheetSnapshot {
  return sheetOf(
    name,
    [
      ["2024年6月全市生产安全事故情况"],
      ["项目", "事故起数（起）", "死亡人数（人）", "受伤人数（人）", "直接经济损失（万元）"],
      ["当月", 12, 10, 5, 320.5],
      ["去年同月", 15, 12, 4, 410],
      ["同比（%）", -20, -16.7, 25, -21.8],
      ["上月", 10, 8, 6, 280],
      ["环比（%）", 20, 25, -16.7, 14.5],
      ["累计", 70, 62, 33, 2100.3],
      ["去年同期", 80, 71, 30, 2400],
      ["同比（%）", -12.5, -12.7, 10, -12.5],
    ],
    ["A1:E1"],
  );
}

/** The same figures with the periods across (each indicator a row): the transposition of periodsInRows. */
export function periodsAcross(name = "6月"): SheetSnapshot {
  return sheetOf(
    name,
    [
      ["2024年6月全市生产安全事故情况"],
      ["项目", "当月", "去年同月", "同比（%）", "上月", "环比（%）", "累计", "去年同期", "同比（%）"],
      ["事故起数（起）", 12, 15, -20, 10, 20, 70, 80, -12.5],
      ["死亡人数（人）", 10, 12, -16.7, 8, 25, 62, 71, -12.7],
      ["受伤人数（人）", 5, 4, 25, 6, -16.7, 33, 30, 10],
      ["直接经济损失（万元）", 320.5, 410, -21.8, 280, 14.5, 2100.3, 2400, -12.5],
    ],
    ["A1:I1"],
  );
}

/** Years as rows with a change row under them (annual comparison tables of 统计公报). */
export function yearsInRows(): SheetSnapshot {
  return sheetOf("年度对比", [
    ["全省生产安全事故情况"],
    ["年份", "事故起数（起）", "死亡人数（人）", "受伤人数（人）"],
    ["2024年", 412, 398, 201],
    ["2023年", 455, 430, 188],
    ["增减", -43, -32, 13],
  ]);
}

/** Months across, May to December still empty, and a 累计 column (monthly progress tables). */
export function monthsAcross(): SheetSnapshot {
  const months = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);
  const blank = new Array(8).fill("");
  return sheetOf("2024年", [
    ["2024年全县生产安全事故月度统计"],
    ["指标", ...months, "累计"],
    ["事故起数（起）", 3, 2, 4, 1, ...blank, 10],
    ["死亡人数（人）", 2, 1, 3, 1, ...blank, 7],
  ]);
}

/** Quarters across with a 全年 column, the whole year filled (quarterly tables). */
export function quartersAcross(): SheetSnapshot {
  return sheetOf("分季度", [
    ["2023年全州自然灾害损失分季度统计"],
    ["指标", "一季度", "二季度", "三季度", "四季度", "全年"],
    ["受灾人口（人次）", 1200, 35000, 42000, 800, 79000],
    ["直接经济损失（万元）", 30.5, 2200, 3100.25, 12, 5342.75],
  ]);
}
