/**
 * 湖北省应急管理厅 (新京报快讯, via http://hiholiday.com/news/16077.html): losses of the rain and floods
 * "16日以来" as counted "截至7月21日17时" 2020 — an event period with dated bounds — in one row, with
 * crop areas in 千公顷 and again in 万亩.
 */
"use strict";

const { buildSheets } = require("../lib/book");

const sheets = [
  {
    name: "灾情",
    rows: [
      ["湖北省7月16日以来雨情汛情灾情统计"],
      ["统计时间：截至2020年7月21日17时"],
      [
        "受灾地区",
        "受灾人口（万人）",
        "因灾死亡（人）",
        "紧急转移安置（万人）",
        "农作物受灾面积（千公顷）",
        "农作物受灾面积（万亩）",
        "其中：绝收（千公顷）",
        "绝收（万亩）",
        "倒塌房屋（间）",
        "严重损坏房屋（间）",
        "一般损坏房屋（间）",
        "直接经济损失（亿元）",
      ],
      ["11市（州、省直管市、林区）37县（市、区）", 78.73, 4, 5.64, 48.05, 72.07, 11.31, 16.96, 981, 1862, 3582, 22.35],
    ],
    merges: ["A1:L1", "A2:L2"],
    widths: { A: 36 },
  },
];

module.exports = { id: "27-hb-dis-2020-07-event", sheets, build: (workbook) => buildSheets(workbook, sheets) };
