/**
 * 大姚县应急管理局 (mirror: https://dingdage.cn/info/egovinfo/1007/overt_centent/dyx020-/2024-0318002.htm):
 * 2023年全州（楚雄州）生产安全事故 by level — 一般 and 较大 rows under the total, with 本期 | 去年同期 | 增减 | 幅度
 * (去年同期 = 本期 − the stated 增减) — and, below it, the publishing county's own row (大姚县), which is a
 * part of 全州 and never added to its levels.
 */
"use strict";

const { buildSheets } = require("../lib/book");

const sheets = [
  {
    name: "2023年",
    rows: [
      ["2023年全州生产安全事故情况"],
      ["类别", "事故起数（起）", null, null, null, "死亡人数（人）", null, null, null, "受伤人数（人）", null, null, null],
      [null, "本期", "去年同期", "增减", "幅度(%)", "本期", "去年同期", "增减", "幅度(%)", "本期", "去年同期", "增减", "幅度(%)"],
      ["各类生产安全事故", 45, 43, 2, 4.7, 51, 53, -2, -3.8, 14, 12, 2, 16.7],
      ["其中：一般事故", 43, 41, 2, 4.9, 45, 46, -1, -2.2, 14, 10, 4, 40],
      ["较大事故", 2, 2, 0, "持平", 6, 7, -1, -14.3, 0, 2, -2, -100],
      ["重大及以上事故", 0, 0, 0, "持平", 0, 0, 0, "持平", 0, 0, 0, "持平"],
      [],
      ["县（市）", "事故起数（起）", null, null, null, "死亡人数（人）", null, null, null, "受伤人数（人）", null, null, null],
      [null, "本期", "去年同期", "增减", "幅度(%)", "本期", "去年同期", "增减", "幅度(%)", "本期", "去年同期", "增减", "幅度(%)"],
      ["大姚县", 3, 2, 1, 50, 3, 5, -2, -40, 0, 1, -1, -100],
    ],
    merges: ["A1:M1", "A2:A3", "B2:E2", "F2:I2", "J2:M2", "A9:A10", "B9:E9", "F9:I9", "J9:M9"],
    widths: { A: 20 },
  },
];

module.exports = { id: "08-cx-2023-levels", sheets, build: (workbook) => buildSheets(workbook, sheets) };
