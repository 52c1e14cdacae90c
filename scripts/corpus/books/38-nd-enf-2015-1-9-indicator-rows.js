/**
 * 宁德市安监局, 1-9月行政执法统计情况分析通报 (2015-10-26; via
 * http://fuzhou.baogaosu.com/xinwen/%E7%9B%91%E5%B1%80%E5%AF%B9%E5%AE%81%E5%BE%B7%E5%B8%82%E5%AE%89%E7%9B%91%E5%B1%80%E5%AF%B91/39354541):
 * four enforcement indicators with their own units (项, 次, 份) and 同比 — one up, three down.
 */
"use strict";

const { buildSheets } = require("../lib/book");

const sheets = [
  {
    name: "1-9月",
    rows: [
      ["宁德市2015年1-9月安全生产行政执法统计"],
      ["指标", "单位", "1-9月", "同比(%)"],
      ["查处一般隐患", "项", 3637, 84.2],
      ["实际监督检查生产经营单位", "次", 2491, -19.3],
      ["使用现场检查记录", "份", 925, -6],
      ["实施行政处罚", "次", 26, -52.7],
    ],
    merges: ["A1:D1"],
    widths: { A: 28 },
  },
];

module.exports = { id: "38-nd-enf-2015-1-9-indicator-rows", sheets, build: (workbook) => buildSheets(workbook, sheets) };
