/**
 * 湖南省应急管理厅, 2025年1-9月全省生产安全事故情况
 * (http://yjt.hunan.gov.cn/yjt/xxgk/yjgl/aqxx/zhsgx/202510/t20251014_33824945.html), saved by WPS 表格
 * as a county or provincial clerk would send it. Periods as rows with 重大 and 较大 rows; "去年同期无"
 * for the 重大 accident; 9月's 较大 row has a stated 增减 but no percentage.
 */
"use strict";

const { buildSheets } = require("../lib/book");

const sheets = [
  {
    name: "1-9月",
    rows: [
      ["2025年1-9月全省生产安全事故情况"],
      [
        "期间",
        "事故起数（起）",
        "同比增减",
        "同比(%)",
        "死亡人数（人）",
        "同比增减",
        "同比(%)",
        "受伤人数（人）",
        "同比(%)",
        "直接经济损失（亿元）",
        "同比(%)",
      ],
      ["9月", 86, null, -20.37, 96, null, -17.95],
      ["其中：较大事故", 3, "持平", "持平", 10, -4, null],
      ["1-9月累计", 788, null, -13.41, 846, null, -13.67, 247, -11.79, 5.236, -2.81],
      ["其中：重大事故", 1, 1, "—", 16, 16, "—"],
      ["较大事故", 13, -3, -18.75, 46, -16, -25.81],
      ["注：据初步统计。重大事故去年同期无。直接经济损失为约数。"],
    ],
    merges: ["A1:K1", "A8:K8"],
    widths: { A: 16, J: 20 },
  },
];

module.exports = {
  id: "16-hn-2025-1-9-wps",
  wps: { icv: "8E1F2C4A9B0D4E6F8A1B2C3D4E5F6071_13" },
  sheets,
  build: (workbook) => buildSheets(workbook, sheets),
};
