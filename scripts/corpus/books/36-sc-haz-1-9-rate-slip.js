/**
 * 四川省安办 (易安网, http://esafety.cn/news/66349.html): 1~9月 安全生产隐患排查治理 in a province —
 * 一般 and 重大 hazards in 项, units in 家, funds in 万元, by two groups of enterprises that give rates
 * only. The release's own slip: 一般隐患 137354 of 141911 rectified is 96.79%, printed 97.28% — and
 * higher than both groups' rates (96.61%, 96.93%), which an average cannot be.
 */
"use strict";

const { buildSheets } = require("../lib/book");

const sheets = [
  {
    name: "隐患排查治理",
    rows: [
      ["全省1~9月安全生产隐患排查治理情况"],
      [
        "类别",
        "排查治理单位（家）",
        "一般隐患（项）",
        "已整改（项）",
        "一般隐患整改率(%)",
        "重大隐患（项）",
        "已整改（项）",
        "列入治理计划（项）",
        "落实治理资金（万元）",
        "重大隐患整改率(%)",
      ],
      ["全省合计", 98250, 141911, 137354, 97.28, 182, 72, 110, 44220.32, 39.56],
      ["其中：煤矿、非煤矿山等工矿企业", 43158, null, null, 96.61, null, null, null, null, 48.48],
      ["交通运输等重点行业领域企业", 55092, null, null, 96.93, null, null, null, null, 37.58],
    ],
    merges: ["A1:J1"],
    widths: { A: 30 },
  },
];

module.exports = { id: "36-sc-haz-1-9-rate-slip", sheets, build: (workbook) => buildSheets(workbook, sheets) };
