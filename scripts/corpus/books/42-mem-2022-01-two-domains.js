/**
 * 应急管理部 2022年2月例行新闻发布会: 1月份全国自然灾害和安全生产形势 (人民网, via
 * http://m.shuangchuang.nfhot.net/qy/2022/0216/10110.html). Two tables stacked: natural disasters,
 * compared with the five-year mean (not a 同比), and production-safety accidents with 同比 and the
 * 重大 and 较大 rows. Disaster deaths (1) are not accident deaths (1166).
 */
"use strict";

const { buildSheets } = require("../lib/book");

const sheets = [
  {
    name: "1月",
    rows: [
      ["应急管理部2022年1月份全国自然灾害和安全生产形势"],
      ["一、自然灾害"],
      ["指标", "1月", "较近5年同期均值(%)"],
      ["受灾人次（万人次）", 42.2, -83],
      ["因灾死亡（人）", 1, -91],
      ["直接经济损失（亿元）", 37.4, -7],
      [],
      ["二、生产安全事故"],
      ["指标", "1月", "同比增减", "同比(%)"],
      ["事故起数（起）", 1390, null, -55.1],
      ["死亡人数（人）", 1166, null, -50.1],
      ["其中：重大事故起数（起）", 1, "持平", null],
      ["重大事故死亡人数（人）", 14, null, null],
      ["较大事故起数（起）", 26, -18, -40.9],
      ["较大事故死亡人数（人）", 100, -62, -38.3],
    ],
    merges: ["A1:D1"],
    widths: { A: 26 },
  },
];

module.exports = { id: "42-mem-2022-01-two-domains", sheets, build: (workbook) => buildSheets(workbook, sheets) };
