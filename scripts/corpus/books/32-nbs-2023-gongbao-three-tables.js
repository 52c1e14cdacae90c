/**
 * 国家统计局, 中华人民共和国2023年国民经济和社会发展统计公报 (2024-02-29), its 资源、环境和应急管理 part as
 * quoted at http://m.zgkjsz.com/page/2024/0518/23885407.shtml: three tables stacked on one sheet —
 * natural disasters (losses by disaster type, with no total), forest fires, and production-safety
 * deaths with the national rate indicators (which the bulletin writes in 人).
 */
"use strict";

const { buildSheets } = require("../lib/book");

const sheets = [
  {
    name: "应急管理",
    rows: [
      ["中华人民共和国2023年国民经济和社会发展统计公报（资源、环境和应急管理）"],
      ["一、自然灾害"],
      ["指标", "单位", "2023年"],
      ["农作物受灾面积", "万公顷", 1054],
      ["其中：绝收面积", "万公顷", 98],
      ["洪涝和地质灾害直接经济损失", "亿元", 2451],
      ["干旱灾害直接经济损失", "亿元", 206],
      ["低温冷冻和雪灾直接经济损失", "亿元", 49],
      ["海洋灾害直接经济损失", "亿元", 25],
      ["5.0级以上地震", "次", 11],
      ["地震灾害直接经济损失", "亿元", 153],
      [],
      ["二、森林火灾"],
      ["指标", "单位", "2023年"],
      ["森林火灾", "起", 328],
      ["受害森林面积", "万公顷", 0.4],
      [],
      ["三、生产安全事故"],
      ["指标", "单位", "2023年", "比上年增长(%)"],
      ["各类生产安全事故死亡人数", "人", 21242, -4.7],
      ["工矿商贸企业就业人员10万人生产安全事故死亡人数", "人", 1.244, 4.2],
      ["煤矿百万吨死亡人数", "人", 0.094, 23.7],
      ["道路交通事故万车死亡人数", "人", 1.38, -5.5],
    ],
    merges: ["A1:D1"],
    widths: { A: 44 },
  },
];

module.exports = { id: "32-nbs-2023-gongbao-three-tables", sheets, build: (workbook) => buildSheets(workbook, sheets) };
