/**
 * 湖北日报 / 湖北省应急管理厅 (via https://sxbbs.cn/mip/t-182570-1-1.html): what the storms and heavy rain
 * "13日以来" did, "截至5月17日15时" 2021 — a natural-disaster loss table whose headers never say 灾
 * (死亡, 紧急避险, 转移安置, 倒塌房屋, 损坏房屋, 直接经济损失). Only its title says what kind of event it was.
 */
"use strict";

const { buildSheets } = require("../lib/book");

const sheets = [
  {
    name: "Sheet1",
    rows: [
      ["湖北省5月13日以来强降雨和强对流天气过程影响情况"],
      ["统计时间：截至2021年5月17日15时"],
      ["涉及地区", "死亡（人）", "紧急避险（人）", "转移安置（人）", "倒塌房屋（间）", "损坏房屋（间）", "直接经济损失（亿元）"],
      ["15市（州、省直管市）44县（市、区）", 10, 3351, 2169, 716, "1.1万", 6.13],
    ],
    merges: ["A1:G1", "A2:G2"],
    widths: { A: 34 },
  },
];

module.exports = { id: "28-hb-dis-2021-05-no-zai", sheets, build: (workbook) => buildSheets(workbook, sheets) };
