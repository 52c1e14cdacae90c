/**
 * 2025年1月全市生产安全事故情况 (https://www.pes.gov.cn/info/18801/1807182.htm), by 行业领域 with
 * 同比增减 beside each figure, an 其中 row (金属非金属矿山 under 工矿商贸), and the release's own slip:
 * 道路运输's loss is printed "0.5元" although the losses add up only with 0.5万元 (124 + 0.5 + 90 = 214.5).
 */
"use strict";

const { buildSheets } = require("../lib/book");

const sheets = [
  {
    name: "1月",
    rows: [
      ["2025年1月全市生产安全事故情况"],
      ["（单位：起、人、万元）"],
      ["行业领域", "事故起数", "同比增减", "死亡人数", "同比增减", "受伤人数", "同比增减", "直接经济损失", "同比增减", "增减幅度(%)"],
      ["全市合计", 6, "持平", 7, 1, 1, 1, 214.5, -7.2, -3.2],
      ["工矿商贸", 1, "持平", 1, "持平", 0, "持平", 124, 24, 24],
      ["其中：金属非金属矿山", 1, null, 1, null, 0, null, 124, null, null],
      ["道路运输", 4, "持平", 5, 1, 1, 1, "0.5元", -1.2, -70.6],
      ["其他", 1, "持平", 1, "持平", 0, "持平", 90, -30, -25],
      ["注：其余行业未接报事故。"],
    ],
    merges: ["A1:J1", "A2:J2", "A9:J9"],
    widths: { A: 22 },
  },
];

module.exports = { id: "06-pes-2025-01-unit-slip", sheets, build: (workbook) => buildSheets(workbook, sheets) };
