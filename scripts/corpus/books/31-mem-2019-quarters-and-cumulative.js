/**
 * 应急管理部, 2019年全国自然灾害情况 by quarter. MEM publishes cumulative figures (一季度
 * http://bcjhc.cn/sywh/20190407/1017897.htm, 上半年 http://www.tdyo.cn/anquanjianbao/yingjiguanlibufabu2019nianshangbannianquanguoziran.html,
 * 前三季度 https://www.axyjyo.cn/c/2019-10-10/2440827.shtml, 全年 http://www.chinaenvironment.com/zxxwlb/index_55_110086.html);
 * a bureau keeps them as published (sheet 累计) and derives the quarters by difference (sheet 分季度,
 * 一季度 … 四季度 and 全年). Planted: 三季度's loss typed 2229.6 for 2299.6, so the quarters no longer
 * add up to 全年.
 */
"use strict";

const { buildSheets } = require("../lib/book");

const NAMES = [
  ["受灾人次", "万人次"],
  ["紧急转移安置人次", "万人次"],
  ["严重损坏房屋", "万间"],
  ["一般损坏房屋", "万间"],
  ["农作物受灾面积", "千公顷"],
  ["直接经济损失", "亿元"],
];
const QUARTERS = [
  [139.6, 3040.7, 7819.7, 2000, 13000],
  [1.3, 81.5, 413.3, 32.5, 528.6],
  [1.1, 8.5, 13.9, 4.9, 28.4],
  [8.6, 36.5, 49, 4.3, 98.4],
  [71.1, 3876.3, 12692, 2617.5, 19256.9],
  [27.9, 735.7, 2229.6, 207.7, 3270.9],
];
const CUMULATIVE = [
  [139.6, 3180.3, 11000, 13000],
  [1.3, 82.8, 496.1, 528.6],
  [1.1, 9.6, 23.5, 28.4],
  [8.6, 45.1, 94.1, 98.4],
  [71.1, 3947.4, 16639.4, 19256.9],
  [27.9, 763.6, 3063.2, 3270.9],
];

const sheets = [
  {
    name: "分季度",
    rows: [
      ["2019年全国自然灾害分季度情况"],
      ["指标", "单位", "一季度", "二季度", "三季度", "四季度", "全年"],
      ...NAMES.map((n, i) => [...n, ...QUARTERS[i]]),
      ["注：各季度由应急管理部发布的累计数相减得出；前三季度1.1亿、全年1.3亿人次为发布的约数。"],
    ],
    merges: ["A1:G1", "A9:G9"],
    widths: { A: 18 },
  },
  {
    name: "累计",
    rows: [
      ["2019年全国自然灾害情况（累计数，按发布）"],
      ["指标", "单位", "一季度", "上半年", "前三季度", "全年"],
      ...NAMES.map((n, i) => [...n, ...CUMULATIVE[i]]),
    ],
    merges: ["A1:F1"],
    widths: { A: 18 },
  },
];

module.exports = { id: "31-mem-2019-quarters-and-cumulative", sheets, build: (workbook) => buildSheets(workbook, sheets) };
