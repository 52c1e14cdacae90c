/**
 * 国家安全监管总局, 2015年7月20日-7月26日安全生产简要情况 (mirror: http://www.waka8s.com/shigujianbaoyuchuli/show-15854.html).
 * A week's 较大事故 by 行业领域, with 同比 and 环比 增减 in 起 and 人 (环比 is against the week before).
 * Only fields with a 较大 accident this week are listed, so the 增减 do not add up to the 合计's.
 */
"use strict";

const { buildSheets } = require("../lib/book");

const sheets = [
  {
    name: "较大事故",
    rows: [
      ["2015年7月20日—7月26日较大事故情况"],
      ["行业领域", "事故起数(起)", "同比增减", "环比增减", "死亡人数(人)", "同比增减", "环比增减"],
      ["特别重大事故", 0, "持平", "持平", 0, "持平", "持平"],
      ["重大事故", 0, "持平", "持平", 0, "持平", "持平"],
      ["较大事故合计", 14, -5, -1, 48, -15, -6],
      ["煤矿", 1, "持平", 1, 3, -2, 3],
      ["危险化学品", 1, 1, 1, 3, 3, 3],
      ["工商贸其他", 3, 2, 3, 9, 5, 9],
      ["生产经营性火灾", 1, 1, 1, 3, 3, 3],
      ["道路交通", 7, -5, -3, 27, -14, -9],
      ["渔业船舶", 1, 1, 1, 3, 3, 3],
    ],
    merges: ["A1:G1"],
    widths: { A: 16 },
  },
];

module.exports = { id: "24-mem-2015-w30-larger-weekly", sheets, build: (workbook) => buildSheets(workbook, sheets) };
