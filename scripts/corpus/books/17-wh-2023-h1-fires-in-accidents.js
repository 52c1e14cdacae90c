/**
 * 武汉市应急管理局, 1-6月份全市安全生产形势 (https://yjj.wuhan.gov.cn/zfxxgk/fdzdgk/thxx1228/sjfb/202309/t20230915_2265195.shtml).
 * The whole is made of three kinds: 工矿商贸, 生产经营性道路交通 and 生产经营性火灾 — fires here are a part
 * of the production-safety total (20 + 123 + 131 = 274).
 */
"use strict";

const { buildSheets } = require("../lib/book");

const sheets = [
  {
    name: "1-6月",
    rows: [
      ["2023年1-6月武汉市生产安全事故情况"],
      ["类别", "事故起数（起）", "同比(%)", "死亡人数（人）", "同比(%)"],
      ["合计", 274, -18.21, 77, -32.46],
      ["工矿商贸事故", 20, -48.72, 22, -47.62],
      ["生产经营性道路交通事故", 123, -25.45, 53, -25.35],
      ["生产经营性火灾事故", 131, "持平", 2, 100],
      ["注：没有发生较大及以上事故。危险化学品、非煤矿山、烟花爆竹等高危行业和领域未发生亡人事故。"],
    ],
    merges: ["A1:E1", "A7:E7"],
    widths: { A: 26 },
  },
];

module.exports = { id: "17-wh-2023-h1-fires-in-accidents", sheets, build: (workbook) => buildSheets(workbook, sheets) };
