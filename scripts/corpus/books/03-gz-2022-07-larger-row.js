/**
 * 广州市应急管理局, 2022年1-7月 (http://yjglj.gz.gov.cn/zwgk/sjfb/content/post_8721391.html).
 * A two-level header (7月: 本月 | 去年同月 | 同比 | 上月 | 环比; 1-7月: 累计 | 去年同期 | 同比) and 较大事故
 * rows under the totals: "其中发生2起道路交通较大事故，造成6人死亡、1人受伤，同比分别持平". Previous figures
 * are the only integers that give the stated percentages (with one decimal, trailing .0 dropped).
 */
"use strict";

const { buildSheets } = require("../lib/book");

const sheets = [
  {
    name: "1-7月",
    rows: [
      ["广州市2022年1-7月生产安全事故情况"],
      ["单位：起、人、%"],
      ["指标", "7月", null, null, null, null, "1-7月", null, null],
      [null, "本月", "去年同月", "同比(%)", "上月", "环比(%)", "累计", "去年同期", "同比(%)"],
      ["事故起数", 33, 47, -29.8, 28, 17.9, 187, 237, -21.1],
      ["死亡人数", 34, 35, -2.9, 25, 36, 155, 194, -20.1],
      ["受伤人数", 12, 27, -55.6, 12, "持平", 79, 134, -41],
      ["其中：较大事故起数", null, null, null, null, null, 2, 2, "持平"],
      ["较大事故死亡人数", null, null, null, null, null, 6, 6, "持平"],
      ["较大事故受伤人数", null, null, null, null, null, 1, 1, "持平"],
      ["注：较大事故均为道路交通事故。以上是安全生产综合统计直报系统实时数据。"],
    ],
    merges: ["A1:I1", "A3:A4", "B3:F3", "G3:I3", "A11:I11"],
    widths: { A: 20 },
    formats: { "D5:D7": "0.0", "F5:F7": "0.0", "I5:I7": "0.0" },
  },
];

module.exports = { id: "03-gz-2022-07-larger-row", sheets, build: (workbook) => buildSheets(workbook, sheets) };
