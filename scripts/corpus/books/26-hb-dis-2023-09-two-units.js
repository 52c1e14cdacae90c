/**
 * 湖北省应急管理厅, 2023年10月及国庆期间湖北省自然灾害综合风险形势分析报告
 * (http://yjt.hubei.gov.cn/yjgl/fzjz/202309/t20230928_4872281.shtml), published 2023-09-28: the losses
 * "今年以来" and "9月1日以来" with their 同比 rows. The crop areas are stated twice, in 千公顷 and in 万亩
 * (same figures, two units) — never to be added. Almost every change is a fall.
 */
"use strict";

const { buildSheets } = require("../lib/book");

const sheets = [
  {
    name: "自然灾害",
    rows: [
      ["2023年湖北省自然灾害情况"],
      ["发布时间：2023年9月28日"],
      [
        "时段",
        "受灾人口（万人次）",
        "因灾死亡（人）",
        "紧急避险（万人次）",
        "转移安置（万人次）",
        "农作物受灾面积（千公顷）",
        "农作物受灾面积（万亩）",
        "其中：绝收面积（千公顷）",
        "绝收面积（万亩）",
        "倒塌房屋（间）",
        "损坏房屋（间）",
        "直接经济损失（亿元）",
      ],
      ["今年以来", 363.81, 15, 3.33, 1.27, 340.69, 511.04, 17.07, 25.61, 453, 12009, 34.8],
      ["同比(%)", -69, null, 171, 35, -71, null, -85, null, -35, -42, -69],
      ["9月1日以来", 40.52, null, 0.0863, 0.0491, 33.71, 50.57, 1.23, 1.85, 2, 569, 2.62],
      ["同比(%)", 11, null, 382, -4, -10, null, -65, null, -67, -83, -60],
      ["注：今年以来17个市（州、直管市、林区）85个县（市、区）受灾；9月1日以来14个市（州）33个县（市、区）受灾。"],
    ],
    merges: ["A1:L1", "A2:L2", "A8:L8"],
    widths: { A: 12 },
  },
];

module.exports = { id: "26-hb-dis-2023-09-two-units", sheets, build: (workbook) => buildSheets(workbook, sheets) };
