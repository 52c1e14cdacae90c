/**
 * 广州市应急管理局, 2022年全年 (via 大洋网: http://www.dcgqt.com/news/shehui/154036.html). The release states
 * values and percentages only: 同比, 环比 for December, and 与近三年平均值相比 for the year. The three-year
 * comparison is not a 同比 and must never be told as one. Source words "1-12月" are kept.
 */
"use strict";

const { buildSheets } = require("../lib/book");

const sheets = [
  {
    name: "2022年",
    rows: [
      ["广州市2022年1-12月生产安全事故总体情况"],
      ["单位：起、人、%"],
      ["指标", "12月", "同比(%)", "环比(%)", "1-12月", "同比(%)", "与近三年平均值相比(%)"],
      ["事故起数", 32, -3, 52.4, 351, -15.8, -13.3],
      ["死亡人数", 29, 26.1, 52.6, 299, -8.6, -6],
      ["受伤人数", 5, -66.7, "持平", 131, -38.2, -30.2],
      ["其中：较大事故起数", null, null, null, 2, "持平", null],
      ["较大事故死亡人数", null, null, null, 6, "持平", null],
      ["较大事故受伤人数", null, null, null, 1, "持平", null],
      ["注：较大事故均为道路交通事故；12月未发生较大及以上事故。"],
    ],
    merges: ["A1:G1", "A10:G10"],
    widths: { A: 20, G: 22 },
    formats: { "C4:D6": "0.0", "F4:G6": "0.0" },
  },
];

module.exports = { id: "04-gz-2022-annual-three-year-average", sheets, build: (workbook) => buildSheets(workbook, sheets) };
