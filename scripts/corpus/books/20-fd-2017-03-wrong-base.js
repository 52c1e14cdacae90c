/**
 * 福鼎市公安局交警大队, 3月份道路交通事故情况分析通报 (https://www.bjtjqm.com/bmzfxxgk/gaj/zfxxgkml/gfxwj/201704/t20170406_663119).
 * By 辖区 with 本月 | 同比增减 | 同比% for accidents, deaths and injuries. The release's percentages carry
 * real slips: 桐城 "减少2起、下降66.67%" divides the fall by this year's 3 instead of last year's 5 (the
 * wrong year); 桐山, 山前 and 白琳 are also off; several 0→n rows state +100% or +200% on a zero base.
 * Only the 辖区 with an accident this month are listed.
 */
"use strict";

const { buildSheets } = require("../lib/book");

const sheets = [
  {
    name: "3月",
    rows: [
      ["2017年3月份各辖区道路交通事故情况"],
      ["辖区", "事故起数(起)", null, null, "死亡(人)", null, null, "受伤(人)", null, null],
      [null, "本月", "同比增减", "同比%", "本月", "同比增减", "同比%", "本月", "同比增减", "同比%"],
      ["全市", 16, -6, -27.27, 3, 1, 50, 14, -8, -36.36],
      ["桐城", 3, -2, -66.67, 0, "持平", null, 3, -2, -66.67],
      ["桐山", 3, -2, -100, 0, "持平", null, 3, -2, -100],
      ["山前", 3, 1, 100, 0, -1, -100, 2, "持平", null],
      ["龙安开发区", 1, "持平", null, 0, "持平", null, 1, "持平", null],
      ["太姥山", 2, 2, 200, 1, 1, 100, 2, 2, 200],
      ["白琳", 1, -1, -100, 0, "持平", null, 1, -1, -100],
      ["兰田工业园区", 1, 1, 100, 0, "持平", null, 1, 1, 100],
      ["前岐", 1, 1, 100, 1, 1, 100],
      ["鱼井边防", 1, 1, 100, 1, 1, 100],
      ["注：一般程序交通事故；财产损失0.9552万元，同比减少0.9460万元、下降49.76%。"],
    ],
    merges: ["A1:J1", "A2:A3", "B2:D2", "E2:G2", "H2:J2", "A14:J14"],
    widths: { A: 14 },
  },
];

module.exports = { id: "20-fd-2017-03-wrong-base", sheets, build: (workbook) => buildSheets(workbook, sheets) };
