/**
 * 广西壮族自治区应急管理厅, 2020年1-12月全区安全生产行政执法统计情况通报
 * (http://yjglt.gxzf.gov.cn/xxgk/xxgkml/sjfb/aqscxzzftjqkjfx/t17067341.shtml): the 基本情况 as an
 * indicator table with its own units (个, 次, 份, 亿元, 万元), and 附件2's counts by 行业. The 经济处罚 total
 * is stated as 1.3亿元, rounded: its parts (4226.97 + 8872.95 = 13099.92万元) agree within that rounding.
 */
"use strict";

const { buildSheets } = require("../lib/book");

const sheets = [
  {
    name: "执法统计",
    rows: [
      ["2020年1-12月全区安全生产行政执法统计情况"],
      ["指标", "单位", "1-12月", "同比(%)"],
      ["负责监管的生产经营单位", "个", 10561, null],
      ["实际监督监察生产经营单位", "个", 10573, null],
      ["监督监察生产经营单位次数", "次", 24482, null],
      ["下达各类执法文书", "份", 42408, null],
      ["实施行政处罚", "次", 3400, null],
      ["责令停产整顿生产经营单位", "个", 124, null],
      ["提请关闭生产经营单位", "个", 5, null],
      ["经济处罚", "亿元", 1.3, -7.14],
      ["其中：日常监督处罚", "万元", 4226.97, -35.71],
      ["事故处罚", "万元", 8872.95, 17.8],
      [],
      ["按行业分"],
      ["行业", "实际监督监察（个）", "行政处罚（次）", "责令停产整顿（个）"],
      ["煤矿", 43, 24, 4],
      ["金属非金属矿山", 1406, 409, 52],
      ["化工", 2999, 400, 12],
      ["烟花爆竹", 1732, 700, 16],
      ["工贸", 3826, 1414, 28],
      ["工矿商贸其他", 567, 453, 12],
      ["合计", 10573, 3400, 124],
    ],
    merges: ["A1:D1"],
    widths: { A: 28 },
  },
];

module.exports = { id: "37-gx-enf-2020-by-industry", sheets, build: (workbook) => buildSheets(workbook, sheets) };
