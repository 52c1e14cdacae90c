/**
 * 武定县, 2020年1至10月全县安全生产事故情况 (http://ynwd.gov.cn/info/2558/36946.htm): by field
 * (道路交通 | 工矿商贸 | 消防领域) with value and 同比 pairs. The county total says only "同比下降", which
 * stays a word; 工矿商贸 is 持平 at zero; 消防 had no death and no stated change.
 */
"use strict";

const { buildSheets } = require("../lib/book");

const sheets = [
  {
    name: "1-10月",
    rows: [
      ["武定县2020年1至10月安全生产事故情况"],
      ["领域", "事故起数（起）", "同比(%)", "死亡人数（人）", "同比(%)", "受伤人数（人）", "同比(%)", "直接经济损失（万元）", "同比(%)"],
      ["全县", 14, "下降", 4, "下降", 9, "下降", 4.65, "下降"],
      ["道路交通", 9, -52.6, 4, -63.6, 7, -78.1, 2.1, -27.6],
      ["工矿商贸", 0, "持平", 0, "持平", 0, "持平", 0, "持平"],
      ["消防领域", 5, -66.7, 0, null, 2, 100, 2.55, -87.6],
      ["注：未接到较大以上生产安全事故报告；火灾（森林火灾除外）、特种设备、农业机械等其他行业未接到安全责任事故报告。"],
    ],
    merges: ["A1:I1", "A7:I7"],
    widths: { A: 12, H: 18 },
  },
];

module.exports = { id: "07-wd-2020-1-10-county-by-field", sheets, build: (workbook) => buildSheets(workbook, sheets) };
