/**
 * 云南省应急管理厅, 2022年1月至7月 (via 昆明信息港: https://kunming.cn/news/c/2022-08-23/13589870.shtml).
 * Two tables side by side on one sheet: all accidents by 行业领域 (工矿商贸's parts indented), and the
 * 较大事故 by industry. Both add up; but the 较大 table lists only industries with a 较大 accident this
 * year, so its 增减 column does not add up to its 合计 (-8 against -11): that is no slip.
 */
"use strict";

const { buildSheets } = require("../lib/book");

const I = "　　";
const sheets = [
  {
    name: "1-7月",
    rows: [
      ["2022年1月至7月全省生产安全事故情况", null, null, null, null, null, null, null, "较大事故分行业情况"],
      [
        "行业领域",
        "事故起数（起）",
        "同比增减",
        "死亡人数（人）",
        "同比增减",
        "受伤人数（人）",
        "同比增减",
        null,
        "行业",
        "起数（起）",
        "同比增减",
        "死亡人数（人）",
        "同比增减",
      ],
      ["合计", 641, -302, 687, -307, 216, -174, null, "煤矿", 1, 1, 4, 4],
      ["工矿商贸", 178, -73, 197, -71, null, null, null, "金属非金属矿山", 1, "持平", 4, 1],
      [I + "煤矿", 5, 3, 8, 6, null, null, null, "建筑业", 2, -2, 7, -5],
      [I + "金属非金属矿山", 15, -8, 18, -7, null, null, null, "道路运输", 5, -5, 18, -17],
      [I + "化工和危险化学品", 5, 1, 5, 1, null, null, null, "其他行业", 1, -2, 6, -3],
      [I + "建筑业", 108, -47, 121, -44, null, null, null, "合计", 10, -11, 39, -30],
      [I + "工贸行业", 27, -19, 27, -18],
      [I + "工矿商贸其他", 18, -3, 18, -9],
      [I + "烟花爆竹", 0, null, 0, null],
      ["道路运输", 420, -238, 441, -247],
      ["水上交通", 1, "持平", 1, -2],
      ["铁路运输", 10, 6, 7, 3],
      ["农业机械", 1, 1, 1, 1],
      ["其他", 31, 2, 40, 9],
      ["民航飞行", 0, null, 0, null],
      ["渔业船舶", 0, null, 0, null],
    ],
    merges: ["A1:G1", "I1:M1"],
    widths: { A: 20, I: 16 },
  },
];

module.exports = { id: "10-yn-2022-1-7-two-tables", sheets, build: (workbook) => buildSheets(workbook, sheets) };
