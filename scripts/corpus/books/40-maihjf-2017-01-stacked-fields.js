/**
 * 2017年1月全市安全生产事故情况通报 (https://maihjf.com/html/.sgtb.201706t20170619_426838.html): three
 * tables stacked — production-safety accidents (none), fires counted by their own department (70, up
 * 268.4%), and the other fields (农机, 水上交通, 校园: none). Fires here are NOT production-safety
 * accidents; they must not be added into the accident total.
 */
"use strict";

const { buildSheets } = require("../lib/book");

const sheets = [
  {
    name: "1月",
    rows: [
      ["2017年1月全市安全生产事故情况通报"],
      ["一、安全生产事故"],
      ["指标", "1月", "同比"],
      ["事故起数（起）", 0, "持平"],
      ["死亡人数（人）", 0, "持平"],
      ["受伤人数（人）", 0, "持平"],
      [],
      ["二、火灾（据主管部门统计）"],
      ["指标", "1月", "同比(%)"],
      ["火灾起数（起）", 70, 268.4],
      ["死亡人数（人）", 0, null],
      ["受伤人数（人）", 0, null],
      ["直接经济损失（万元）", 57.3, 80.2],
      [],
      ["三、其他"],
      ["类别", "1月", "同比"],
      ["农机安全事故（起）", 0, "持平"],
      ["水上交通事故（起）", 0, null],
      ["校园安全事故（起）", 0, null],
      ["注：未发生工矿商贸安全事故、生产经营性道路交通事故。"],
    ],
    merges: ["A1:C1", "A20:C20"],
    widths: { A: 22 },
  },
];

module.exports = { id: "40-maihjf-2017-01-stacked-fields", sheets, build: (workbook) => buildSheets(workbook, sheets) };
