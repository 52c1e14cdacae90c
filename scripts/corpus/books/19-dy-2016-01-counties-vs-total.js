/**
 * 德阳市安委会办公室, 关于2016年1月安全生产情况的通报 (http://yjj.deyang.gov.cn/gk/zfxxgk/tzgg/957250.htm).
 * The county table as published (县(市、区) | 事故起数 累计, 同比% | 死亡人数 累计, 同比%), with the 全市 line
 * of the release's text as its total row. The counties add up to 17 accidents and 6 deaths; the city
 * reports 20 and 9 — a real disagreement the release does not explain. Blank 同比 cells are zero bases.
 */
"use strict";

const { buildSheets } = require("../lib/book");

const sheets = [
  {
    name: "2016年1月",
    rows: [
      ["2016年1月各县(市、区)安全生产情况"],
      ["县(市、区)", "事故起数(起)", null, "死亡人数(人)", null],
      [null, "累计", "同比%", "累计", "同比%"],
      ["旌阳", 0, -100, 0, -100],
      ["广汉", 7, -46, 2, -50],
      ["什邡", 4, -33, 2, 0],
      ["绵竹", 3, -25, 1, null],
      ["中江", 1, -67, 1, 0],
      ["罗江", 2, -33.3, 0, null],
      ["德阳经开区", 0, null, 0, null],
      ["全市", 20, -39.4, 9, 0],
      ["注：全市数据见通报正文（各类伤亡事故20起，死亡9人，与去年同期持平）。"],
    ],
    merges: ["A1:E1", "A2:A3", "B2:C2", "D2:E2", "A12:E12"],
    widths: { A: 14 },
  },
];

module.exports = { id: "19-dy-2016-01-counties-vs-total", sheets, build: (workbook) => buildSheets(workbook, sheets) };
