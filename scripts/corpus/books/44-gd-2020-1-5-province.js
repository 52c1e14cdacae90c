/**
 * 广东省应急管理厅 at the provincial press office (广州日报 2020-07-01, via
 * http://www.lvqr.com.cn/guonei/20200701/070118364.html): 1~5月 2020, four indicators with 同比.
 */
"use strict";

const { buildSheets } = require("../lib/book");

const sheets = [
  {
    name: "1-5月",
    rows: [
      ["2020年1—5月全省生产安全事故情况"],
      ["指标", "1—5月", "同比(%)"],
      ["事故起数（起）", 1360, -44.4],
      ["死亡人数（人）", 840, -30.1],
      ["受伤人数（人）", 946, -53.7],
      ["直接经济损失（万元）", 12301.8, -31.3],
      ["注：至2020年6月，全省已连续28个月未发生重大以上事故。"],
    ],
    merges: ["A1:C1", "A7:C7"],
    widths: { A: 22 },
  },
];

module.exports = { id: "44-gd-2020-1-5-province", sheets, build: (workbook) => buildSheets(workbook, sheets) };
