/**
 * 开化县安委办, 关于2021年1-11月全县安全生产情况的通报 (https://www.kaihua.gov.cn/art/2021/12/7/art_1229091479_4818025.html).
 * Figures "截至11月30日" with two comparisons: 同比, and 与前两年平均数相比 (which is not a 同比).
 */
"use strict";

const { buildSheets } = require("../lib/book");

const sheets = [
  {
    name: "1-11月",
    rows: [
      ["开化县2021年1-11月安全生产情况"],
      ["统计截至：2021年11月30日"],
      ["指标", "1-11月", "同比(%)", "与前两年平均数相比(%)"],
      ["事故起数（起）", 8, -50, -60],
      ["死亡人数（人）", 6, -14.3, -33.3],
      ["受伤人数（人）", 6, -57.1, -72.7],
      ["注：未发生生产安全较大事故。11月未发生生产安全事故。"],
    ],
    merges: ["A1:D1", "A2:D2", "A7:D7"],
    widths: { A: 16, D: 24 },
  },
];

module.exports = { id: "21-kh-2021-1-11-two-year-average", sheets, build: (workbook) => buildSheets(workbook, sheets) };
