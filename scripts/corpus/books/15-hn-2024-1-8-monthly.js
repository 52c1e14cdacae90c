/**
 * 湖南省应急管理厅, 2024年1-8月全省生产安全事故情况
 * (http://yjt.hunan.gov.cn/yjt/xxgk/yjgl/aqxx/zhsgx/202409/t20240923_33460110.html). Periods as rows
 * (8月, 1-8月) each with its 较大事故 row; the loss in 亿元 ("约4.17亿元"). 较大 in August had no
 * counterpart a year earlier (去年同期无).
 */
"use strict";

const { buildSheets } = require("../lib/book");

const sheets = [
  {
    name: "1-8月",
    rows: [
      ["2024年1-8月全省生产安全事故情况"],
      ["期间", "事故起数（起）", "同比(%)", "死亡人数（人）", "同比(%)", "受伤人数（人）", "同比(%)", "直接经济损失（亿元）", "同比(%)"],
      ["8月", 58, -49.57, 66, -44.54],
      ["其中：较大事故", 1, "—", 3, "—"],
      ["1-8月累计", 677, -24.27, 742, -20.56, 187, -24.6, 4.17, -24.3],
      ["其中：较大事故", 12, "持平", 45, "持平"],
      ["注：较大事故中3起为营运车辆无责任的较大道路交通事故。直接经济损失为约数。"],
    ],
    merges: ["A1:I1", "A7:I7"],
    widths: { A: 16, H: 20 },
  },
];

module.exports = { id: "15-hn-2024-1-8-monthly", sheets, build: (workbook) => buildSheets(workbook, sheets) };
