/**
 * 一地级市安全生产监督管理局 事故通报, 2018年3月份及1-3月份 (mirror: https://ewaybyte.com/html/.ajgljbtbsgtb.201804t20180404_31265961.html).
 * Guangdong counts accidents in 宗 and prints percentages with two decimals (83.20 keeps its zero).
 * Two tables: the month and the quarter to date with 同比 only; then 1-3月 by industry with
 * 本期 | 去年同期 | 同比 (去年同期 implied by the stated percentages, each the only integer that gives it).
 */
"use strict";

const { buildSheets } = require("../lib/book");

const sheets = [
  {
    name: "事故通报",
    rows: [
      ["2018年1-3月份全市生产安全事故情况"],
      ["一、总体情况"],
      ["期间", "事故（宗）", "同比(%)", "死亡（人）", "同比(%)", "受伤（人）", "同比(%)", "直接经济损失（万元）", "同比(%)"],
      ["3月份", 10, -16.67, 8, -38.46, 5, -28.57, 0.55, -99.97],
      ["1-3月份", 28, 27.27, 17, -10.53, 21, 61.54, 1.431, -99.92],
      [],
      ["二、1-3月份分行业情况"],
      ["行业", "事故（宗）", null, null, "死亡（人）", null, null, "受伤（人）", null, null],
      [null, "本期", "去年同期", "同比(%)", "本期", "去年同期", "同比(%)", "本期", "去年同期", "同比(%)"],
      ["农林牧渔业", 0, 0, "—", 0, 0, "—", 0, 0, "—"],
      ["采矿业", 0, 0, "—", 0, 0, "—", 0, 0, "—"],
      ["商贸制造业", 2, 1, 100, 2, 1, 100, 0, 0, "—"],
      ["建筑业", 2, 3, -33.33, 2, 8, -75, 0, 0, "—"],
      ["交通运输和仓储业", 23, 16, 43.75, 12, 8, 50, 21, 13, 61.54],
      ["其他行业", 1, 2, -50, 1, 2, -50, 0, 0, "—"],
      ["合计", 28, 22, 27.27, 17, 19, -10.53, 21, 13, 61.54],
      ["说明：以上数据为安全生产综合统计信息直报系统2018年4月3日实时数据。没有发生较大以上事故。"],
    ],
    merges: ["A1:J1", "A8:A9", "B8:D8", "E8:G8", "H8:J8", "A17:J17"],
    widths: { A: 18, H: 14 },
    formats: { "C4:C5": "0.00", "E4:E5": "0.00", "G4:G5": "0.00", "I4:I5": "0.00", "D12:D16": "0.00", "G12:G16": "0.00", "J12:J16": "0.00" },
  },
];

module.exports = { id: "05-gd-2018-q1-industries-zong", sheets, build: (workbook) => buildSheets(workbook, sheets) };
