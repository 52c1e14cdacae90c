/**
 * 亳州市应急管理局, 关于2023年第四季度安全生产隐患报送情况的通报 (2024-01-04; mirror:
 * http://567hw.com/OpennessContent/download/2497805.html), kept as a bureau keeps county returns: one
 * sheet per county (and one for the 市安委会成员单位 and the enterprises reporting to the city) plus
 * the city's total sheet, saved by WPS 表格. 重大隐患 are counted in 家 (enterprises). The sheets add
 * up to 631 重大隐患 and 623 rectified against the city's 630 and 620: the release itself warns that
 * some members' figures are already in the counties'.
 */
"use strict";

const { buildSheets } = require("../lib/book");

const UNITS = [
  ["涡阳县", 32069, 75, 70, 93.33],
  ["蒙城县", 21981, 82, 82, 100],
  ["利辛县", 43774, 87, 84, 96.6],
  ["谯城区", 21814, 159, 159, 100],
  ["亳州高新区", 922, 45, 45, 100],
  ["亳芜现代产业园区", 81, 43, 43, 100],
  ["市安委会成员单位", 1361, 140, 140, 100],
];

function unitSheet([name, general, major, majorDone, rate]) {
  return {
    name,
    rows: [
      [`${name}2023年安全生产隐患报送情况`],
      ["统计时段：2023年1—12月"],
      ["项目", "报送数", "已整改", "整改率(%)"],
      ["一般隐患（条）", general, general, 100],
      ["重大隐患（家）", major, majorDone, rate],
    ],
    merges: ["A1:D1", "A2:D2"],
    widths: { A: 18 },
  };
}

const sheets = [
  {
    name: "全市",
    rows: [
      ["亳州市2023年安全生产隐患报送情况汇总"],
      ["统计时段：2023年1—12月"],
      ["项目", "报送数", "已整改", "整改率(%)"],
      ["隐患（条）", 124841, 124841, 100],
      ["重大隐患（家）", 630, 620, 98.4],
      ["注：重大隐患余10家未到整改期限。市安委会成员单位，中央、省驻亳及市属企业部分数据已纳入县区统计。"],
    ],
    merges: ["A1:D1", "A2:D2", "A6:D6"],
    widths: { A: 18 },
  },
  ...UNITS.map(unitSheet),
];

module.exports = {
  id: "35-bz-2023-county-sheets-wps",
  wps: { icv: "3C7B0E2F5A1D4B8E9C6F2A0B1D3E5F70_13" },
  sheets,
  build: (workbook) => buildSheets(workbook, sheets),
};
