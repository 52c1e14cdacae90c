/**
 * 石台县应急管理局 (https://www.ahshitai.gov.cn/OpennessContent/show/1291389.html): 2022 losses by
 * disaster type to mid-October. The release gives the drought's crop area in 亩 while the others are in
 * 公顷; the cells keep the unit the release wrote. The 合计 row is planted as a clerk would type it,
 * adding the 亩 to the 公顷 (2379.97 and 221.2) — two slips a statistician should catch.
 */
"use strict";

const { buildSheets } = require("../lib/book");

const sheets = [
  {
    name: "灾情",
    rows: [
      ["石台县2022年自然灾害情况"],
      ["统计截至：2022年10月中旬"],
      ["灾种", "发生时间", "受灾人口（人）", "紧急转移避险（人）", "农作物受灾面积（公顷）", "成灾面积（公顷）", "直接经济损失（万元）", "因灾死亡（人）"],
      ["雪灾", "2月7日", 3805, null, 56.21, null, 549.3, 0],
      ["洪涝", "3月17日", 15730, 319, 669.46, null, 2328.16, 0],
      ["干旱", "8—9月", 11202, null, "1654.3亩", "221.2亩", 380.8, 0],
      ["合计", null, 30737, 319, 2379.97, 221.2, 3258.26, 0],
      ["注：干旱数据截止9月底。全年无人员伤亡。"],
    ],
    merges: ["A1:H1", "A2:H2", "A8:H8"],
    widths: { A: 10, E: 22, F: 18, G: 20 },
  },
];

module.exports = { id: "29-shitai-2022-by-type-mu", sheets, build: (workbook) => buildSheets(workbook, sheets) };
