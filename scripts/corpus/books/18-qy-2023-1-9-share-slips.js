/**
 * 清远市应急管理局, 2023年1-9月清远市生产安全事故总体情况
 * (http://www.gdqy.gov.cn/xxgk/zzjg/zfjg/qysyjglj/zdlyu/scaq/sjfb/content/post_1783693.html): the
 * release's ranking table verbatim (排位 | 行业 | 事故起数 | 占总数比例% | 死亡人数 | 占总数比例%). Its share
 * columns carry real slips: 7/116 is 6.03% not 6.04%, and the death shares are not 95/111 etc.
 */
"use strict";

const { buildSheets } = require("../lib/book");

const sheets = [
  {
    name: "1-9月",
    rows: [
      ["2023年1-9月清远市生产安全事故总体情况"],
      ["全市共发生各类事故116起、死亡111人、受伤31人、直接经济损失2287.08万元；无发生较大及以上事故。"],
      ["排位", "行业", "事故起数", "占总数比例%", "死亡人数", "占总数比例%"],
      [1, "道路运输业", 98, 84.48, 95, 80.4],
      [2, "商贸制造业", 10, 8.62, 9, 10.5],
      [3, "建筑业", 7, 6.04, 6, 6.5],
      [4, "其他行业", 1, 0.86, 1, 2],
      ["全市合计", null, 116, 100, 111, 100],
    ],
    merges: ["A1:F1", "A2:F2", "A8:B8"],
    widths: { B: 14, D: 14, F: 14 },
  },
];

module.exports = { id: "18-qy-2023-1-9-share-slips", sheets, build: (workbook) => buildSheets(workbook, sheets) };
