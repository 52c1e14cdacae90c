/**
 * 北京市门头沟区应急局, 门头沟区2021年1-12月安全生产事故统计
 * (http://www.bjmtg.gov.cn/bjmtg/ztzl/aqsc/202112/34c94cc14eff4ab78f4419e67b8a786c.shtml).
 * No 同比 at all: the counting rules changed in July, so the release compares each field with its
 * annual control target (占年度控制目标). Those percentages are shares of a target, not changes.
 */
"use strict";

const { buildSheets } = require("../lib/book");

const sheets = [
  {
    name: "1-12月",
    rows: [
      ["门头沟区2021年1-12月安全生产事故统计"],
      ["领域", "事故起数（起）", "其中：亡人事故（起）", "亡人数（人）", "占年度控制目标：起数(%)", "占年度控制目标：亡人(%)"],
      ["工矿商贸", 4, 4, 4, 200, 200],
      ["道路交通", 20, 20, 20, 125, 117],
      ["火灾", 122, 0, 0, 79, 0],
      ["合计", 146, 24, 24, null, null],
      ["注：自7月起事故统计口径发生较大变化，无法与去年同期对比。未发生农业机械、铁路交通、特种设备、液化石油气爆燃及地下管线事故。"],
    ],
    merges: ["A1:F1", "A7:F7"],
    widths: { A: 12, E: 22, F: 22 },
  },
];

module.exports = { id: "14-mtg-2021-control-targets", sheets, build: (workbook) => buildSheets(workbook, sheets) };
