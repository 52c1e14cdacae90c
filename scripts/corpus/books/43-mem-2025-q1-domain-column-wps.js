/**
 * 应急管理部 季度例行新闻发布会 (2025-04-16, via https://www.jcwz.net/news/O9v3JmBXNK.html): 一季度 safety
 * and natural disasters in one indicator table with a 领域 column and a 单位 column, saved by WPS 表格.
 * 死亡人数 appears under both fields: 3208 in accidents, 160 死亡失踪 in disasters.
 */
"use strict";

const { buildSheets } = require("../lib/book");

const sheets = [
  {
    name: "一季度",
    rows: [
      ["2025年一季度全国安全生产和自然灾害情况"],
      ["领域", "指标", "单位", "2025年一季度", "同比(%)"],
      ["安全生产", "生产安全事故起数", "起", 3415, -29.5],
      ["安全生产", "死亡人数", "人", 3208, -24.4],
      ["安全生产", "重大事故起数", "起", 1, -75],
      ["安全生产", "重大事故死亡人数", "人", 16, -80.5],
      ["安全生产", "较大事故起数", "起", 68, -1.4],
      ["安全生产", "较大事故死亡人数", "人", 267, -5.7],
      ["自然灾害", "受灾人次", "万人次", 120.4, null],
      ["自然灾害", "死亡失踪人数", "人", 160, null],
      ["自然灾害", "紧急转移安置人次", "万人次", 14.9, null],
      ["自然灾害", "倒塌房屋", "万间", 2.7, null],
      ["自然灾害", "农作物受灾面积", "千公顷", 114.1, null],
      ["自然灾害", "直接经济损失", "亿元", 101.6, null],
    ],
    merges: ["A1:E1"],
    widths: { B: 22 },
  },
];

module.exports = {
  id: "43-mem-2025-q1-domain-column-wps",
  wps: { icv: "A4D2E6F8B0C14E3A9F7D5B3C1E2A4F68_13" },
  sheets,
  build: (workbook) => buildSheets(workbook, sheets),
};
