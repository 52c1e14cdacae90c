/**
 * 湖北省应急管理厅, 2024年1-3月事故和灾害统计 (http://yjt.hubei.gov.cn/fbjd/xxgkml/sjfb/aqscsgkb/202404/t20240428_5173417.shtml).
 * 1-3月 by industry on two levels, the second level written "其中：…" under its first-level row, and a
 * 较大事故 row. The stored copy is cut after 道路运输业; 其他行业 is the total less the listed industries.
 */
"use strict";

const { buildSheets } = require("../lib/book");

const sheets = [
  {
    name: "分行业",
    rows: [
      ["2024年1-3月全省生产安全事故分行业情况"],
      ["行业（领域）", "事故起数（起）", "同比增减", "幅度(%)", "死亡人数（人）", "同比增减", "幅度(%)"],
      ["全省合计", 128, -216, -62.8, 120, -137, -53.3],
      ["其中：较大事故", 2, "持平", "持平", 9, -1, -10],
      ["农林牧渔业", 1, 1, "—", 5, 5, "—"],
      ["采矿业", 3, 3, "—", 3, 3, "—"],
      ["其中：金属非金属矿山", 3, 3, "—", 3, 3, "—"],
      ["商贸制造业", 19, 6, 46.2, 17, 2, 13.3],
      ["其中：化工", 1, "持平", "持平", 1, "持平", "持平"],
      ["工贸八大行业", 15, 7, 87.5, 14, 2, 16.7],
      ["工商贸其他", 3, -1, null, 2, "持平", null],
      ["烟花爆竹", 0, null, null, 0, null, null],
      ["建筑业", 6, -12, -66.7, 6, -14, -70],
      ["其中：房屋建筑业", 3, -5, -62.5, 3, -7, -70],
      ["土木工程建筑业", 1, -3, -75, 1, -3, -75],
      ["其他建筑业", 2, -4, -66.7, 2, -4, -66.7],
      ["交通运输和仓储业", 92, -215, -70, 82, -134, -62],
      ["其中：道路运输业", 88, -213, null, 78, -132, null],
      ["其他行业", 7, 1, null, 7, 1, null],
    ],
    merges: ["A1:G1"],
    widths: { A: 22 },
    formats: { "D3:D19": "0.0", "G3:G19": "0.0" },
  },
];

module.exports = { id: "11-hb-2024-q1-industry-tree", sheets, build: (workbook) => buildSheets(workbook, sheets) };
