/**
 * 北京市应急管理局 新闻发布会 (人民网北京频道, via http://c.m.163.com/news/a/J5ORVCUD0530QRMB.html):
 * "1月1日到6月20日" 2024 — a period that is neither a month nor a quarter — by 行业领域 with 同比增减
 * and 幅度. 特种设备 had none a year earlier.
 */
"use strict";

const { buildSheets } = require("../lib/book");

const sheets = [
  {
    name: "Sheet1",
    rows: [
      ["2024年1月1日至6月20日全市生产安全死亡事故情况"],
      ["行业领域", "事故起数（起）", "同比增减", "幅度(%)", "死亡人数（人）", "同比增减", "幅度(%)"],
      ["全市", 137, -14, -9.3, 140, -17, -10.8],
      ["道路运输", 97, -14, -12.6, 98, -18, -15.5],
      ["工矿商贸", 38, 1, 2.7, 40, 2, 5.3],
      ["铁路交通", 1, -2, -66.7, 1, -2, -66.7],
      ["特种设备", 1, 1, "—", 1, 1, "—"],
    ],
    merges: ["A1:G1"],
    widths: { A: 14 },
  },
];

module.exports = { id: "13-bj-2024-0620-dated-range", sheets, build: (workbook) => buildSheets(workbook, sheets) };
