/**
 * 2005年—2014年全国生产安全事故情况 (the 统计公报 paragraphs collected at https://360docs.net/doc/0524558171.html),
 * 2005–2007 as a bureau's annual-comparison sheet: years down the side, a units row, each rate beside
 * its 比上年增减. 2005's deaths are written as the bulletin wrote them (12.7万). Planted: 2006's 工矿商贸
 * 增减 typed -15.6 — the fall 0.52 divided by 2006's 3.33 (the wrong year) — for the bulletin's -13.5.
 */
"use strict";

const { buildSheets } = require("../lib/book");

const sheets = [
  {
    name: "2005-2007",
    rows: [
      ["2005年—2007年全国生产安全事故情况"],
      [
        "年份",
        "生产安全事故死亡人数",
        "比上年增减",
        "亿元国内生产总值生产安全事故死亡人数",
        "比上年增减",
        "工矿商贸企业就业人员10万人生产安全事故死亡人数",
        "比上年增减",
        "煤矿百万吨死亡人数",
        "比上年增减",
        "道路交通万车死亡人数",
        "比上年增减",
      ],
      [null, "人", "%", "人", "%", "人", "%", "人", "%", "人", "%"],
      ["2005年", "12.7万", -7.1, 0.7, -18.5, 3.85, -6.8, 2.81, -8.7, 7.6, -23.7],
      ["2006年", 112822, -11.2, 0.56, -20.4, 3.33, -15.6, 2.04, -27.4, 6.2, -18.4],
      ["2007年", 101480, -10.1, 0.413, -26.3, 3.05, -8.4, 1.485, -27.2, 5.1, "减少1.1人"],
    ],
    merges: ["A1:K1"],
    widths: { A: 10, D: 20, F: 24 },
    formats: { "D4:D5": "0.00", "J4:J5": "0.00" },
  },
];

module.exports = { id: "33-nat-2005-2007-rates-by-year", sheets, build: (workbook) => buildSheets(workbook, sheets) };
