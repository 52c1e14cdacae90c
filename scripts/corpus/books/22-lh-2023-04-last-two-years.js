/**
 * 深圳市罗湖区应急管理局, 2023年4月份安全生产形势分析 (mirror: http://xyhln.cn/zwgk/zdlyxxgk/aqsc/xsfx/content/post_10602662.html).
 * Every figure is compared with last year AND the year before (同比去年 / 同比前年), stated as 增减 from
 * which the table's 去年同期 and 前年同期 columns follow exactly. 前年 is two years back, never 去年.
 */
"use strict";

const { buildSheets } = require("../lib/book");

const header = [
  ["行业领域", "本年", null, null, "去年同期", null, null, "前年同期", null, null],
  [null, "事故起数(起)", "死亡(人)", "受伤(人)", "事故起数(起)", "死亡(人)", "受伤(人)", "事故起数(起)", "死亡(人)", "受伤(人)"],
];
const sheets = [
  {
    name: "4月",
    rows: [
      ["罗湖区2023年4月份生产安全事故情况"],
      ["（一）4月份情况"],
      ...header,
      ["全区", 0, 0, 0, 2, 1, 1, 2, 1, 2],
      ["各类建筑工程", 0, 0, 0, 2, 1, 1, 1, 0, 2],
      ["小散工程和零星作业", 0, 0, 0, 0, 0, 0, 1, 1, 0],
      ["商贸制造业", 0, 0, 0, 0, 0, 0, 0, 0, 0],
      ["交通运输业", 0, 0, 0, 0, 0, 0, 0, 0, 0],
      ["消防及其他行业领域", 0, 0, 0, 0, 0, 0, 0, 0, 0],
      [],
      ["（二）1-4月份累计情况（截至4月30日）"],
      ...header,
      ["全区", 2, 1, 1, 2, 1, 1, 5, 3, 3],
      ["各类建筑工程", 0, 0, 0, 2, 1, 1, 3, 2, 2],
      ["小散工程和零星作业", 1, 1, 0, 0, 0, 0, 1, 1, 0],
      ["交通运输业", 1, 0, 1, 0, 0, 0, 0, 0, 0],
      ["其他行业", 0, 0, 0, 0, 0, 0, 1, 0, 1],
      ["商贸制造业", 0, 0, 0, 0, 0, 0, 0, 0, 0],
      ["消防", 0, 0, 0, 0, 0, 0, 0, 0, 0],
    ],
    // Both tables have the same two-row header (rows 3–4 and 13–14), merged the same way.
    merges: ["A1:J1", "A3:A4", "B3:D3", "E3:G3", "H3:J3", "A13:A14", "B13:D13", "E13:G13", "H13:J13"],
    widths: { A: 22 },
  },
];

module.exports = { id: "22-lh-2023-04-last-two-years", sheets, build: (workbook) => buildSheets(workbook, sheets) };
