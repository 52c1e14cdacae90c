/**
 * 湖北省应急管理厅, 2024年1-3月事故和灾害统计 (http://yjt.hubei.gov.cn/fbjd/xxgkml/sjfb/aqscsgkb/202404/t20240428_5173417.shtml)
 * kept in a bureau's running sheet: months across (1—2月 combined, as bureaus report them, then 3月 …
 * 12月, later months still empty) and a 累计 column, this year above last year. 1—2月 is the release's
 * 1-3月 less its 3月; last year's figures are this year's less the stated 增减. Planted: this year's
 * deaths 累计 typed 112 for 120.
 */
"use strict";

const { buildSheets } = require("../lib/book");

const MONTHS = ["1—2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "累计"];
const E = null;
const row = (label, a, b, total) => [label, a, b, E, E, E, E, E, E, E, E, E, total];

const sheets = [
  {
    name: "分月",
    rows: [
      ["2024年湖北省生产安全事故分月情况"],
      ["一、事故起数（起）"],
      ["年份", ...MONTHS],
      row("2024年", 75, 53, 128),
      row("2023年", 183, 161, 344),
      [],
      ["二、死亡人数（人）"],
      ["年份", ...MONTHS],
      row("2024年", 68, 52, 112),
      row("2023年", 139, 118, 257),
      ["注：1—2月由1-3月累计减去3月得出。"],
    ],
    merges: ["A1:M1"],
    widths: { A: 10 },
  },
];

module.exports = { id: "45-hb-2024-months-across", sheets, build: (workbook) => buildSheets(workbook, sheets) };
