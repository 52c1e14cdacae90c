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

/** A monthly table with the month's words under a dated group header (广州 2022年1-7月 shape). */
export function groupedMonthly(): SheetSnapshot {
  return sheetOf(
    "1-7月",
    [
      ["广州市2022年1-7月生产安全事故情况"],
      ["指标", "7月", "", "", "", "", "1-7月", "", ""],
      ["", "本月", "去年同月", "同比(%)", "上月", "环比(%)", "累计", "去年同期", "同比(%)"],
      ["事故起数（起）", 20, 25, -20, 16, 25, 150, 160, -6.3],
    ],
    ["A1:I1", "B2:F2", "G2:I2", "A2:A3"],
  );
}

/** Dated columns among words: 6月 | 去年同月 | 同比 | 5月 | 环比 | 1-6月累计 | 去年同期 | 同比. */
export function datedAmongWords(): SheetSnapshot {
  return sheetOf("Sheet1", [
    ["2023年6月广州市生产安全事故情况统计表"],
    ["指标", "6月", "去年同月", "同比增减(%)", "5月", "环比增减(%)", "1-6月累计", "去年同期", "同比增减(%)"],
    ["事故起数", 23, 32, -28.1, 15, 53.3, 150, 170, -11.8],
  ]);
}

/** Periods in rows, each with its 其中 rows, and a 同比 column beside each indicator (湖南 monthly shape). */
export function periodRowsWithParts(): SheetSnapshot {
  return sheetOf("1-9月", [
    ["2025年1-9月全省生产安全事故情况"],
    ["期间", "事故起数（起）", "同比(%)", "死亡人数（人）", "同比(%)"],
    ["9月", 86, -20.37, 96, -17.95],
    ["其中：较大事故", 3, "持平", 10, "—"],
    ["1-9月累计", 788, -13.41, 846, -13.67],
    ["其中：重大事故", 1, "—", 16, "—"],
    ["较大事故", 13, -18.75, 46, -25.81],
  ]);
}

/** Three tables stacked on one sheet under section headings (统计公报 shape). */
export function stackedSections(): SheetSnapshot {
  return sheetOf("应急管理", [
    ["2023年国民经济和社会发展统计公报（应急管理）"],
    ["一、自然灾害"],
    ["指标", "单位", "2023年"],
    ["农作物受灾面积", "公顷", 10540000],
    ["直接经济损失", "万元", 24510000],
    [],
    ["二、生产安全事故"],
    ["指标", "单位", "2023年"],
    ["死亡人数", "人", 21242],
    ["直接经济损失", "万元", 1200],
  ]);
}

/** A table keyed by disaster type alone, with the event's date beside it (县 annual shape). */
export function keyedByType(): SheetSnapshot {
  return sheetOf("灾情", [
    ["石台县2022年自然灾害情况"],
    ["统计截至：2022年10月中旬"],
    ["灾种", "发生时间", "受灾人口（人）", "直接经济损失（万元）"],
    ["雪灾", "2月7日", 3805, 549.3],
    ["洪涝", "3月17日", 15730, 2328.16],
  ]);
}

/** 本年 | 去年同期 | 前年同期 across, under a title naming the month (罗湖 shape). */
export function twoYearsBack(): SheetSnapshot {
  return sheetOf(
    "4月",
    [
      ["罗湖区2023年4月份生产安全事故情况"],
      ["行业领域", "本年", "去年同期", "前年同期"],
      ["", "事故起数(起)", "事故起数(起)", "事故起数(起)"],
      ["全区", 0, 2, 2],
      ["各类建筑工程", 0, 2, 1],
      ["交通运输业", 0, 0, 1],
    ],
    ["A1:D1", "A2:A3"],
  );
}
