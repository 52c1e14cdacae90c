/**
 * 乌海市应急管理局, 一周事故及安全警示（2021年第34期）(http://yjglj.wuhai.gov.cn/ajj/xxgk12/znjs/1102099/index.html),
 * kept as a ledger: one row per incident, the time written as the release writes it — with 时分, 时左右,
 * 时许, 凌晨, 下午3时许, or no time; one row typed as a real Excel date-time. A 合计 row closes the
 * ledger. The eighth item is cut in the stored copy after "12人遇难"; 个别 is not a number.
 */
"use strict";

const { buildSheets, date } = require("../lib/book");

const sheets = [
  {
    name: "事故台账",
    rows: [
      ["一周事故及安全警示（2021年第34期）"],
      ["序号", "发生时间", "省份", "地点", "事故简况", "死亡（人）", "受伤（人）"],
      [1, "2021年8月31日", "云南", "昭通市昭阳区", "小轿车起火，2名儿童被困车内身亡", 2, null],
      [2, date(2021, 9, 1, 14, 50), "四川", "成都市", "中学化学实验室酒精外溢燃烧", 0, 2],
      [3, "2021年9月2日8时10分", "山西", "太原市尖草坪区", "化工厂一工房爆炸", 0, "个别轻微伤"],
      [4, "2021年9月3日14时左右", "贵州", "毕节市七星关区", "工地施工致天然气管道泄漏起火", 0, 1],
      [5, "2021年9月3日16时06分", "浙江", "嘉善县", "海绵有限公司车间起火", 6, null],
      [6, "2021年9月4日4时20分许", "黑龙江", "七台河市勃利县", "重型半挂牵引车追尾搭载群众的无牌拖拉机", 15, 1],
      [7, "2021年9月5日凌晨", "山西", "孝义市", "物流有限公司火灾", 0, 0],
      [8, "2021年9月5日下午3时许", "安徽", "安庆市太湖县", "皮卡冲下80米深崖", 12, null],
      ["合计", null, null, null, null, 35, null],
    ],
    merges: ["A1:G1"],
    widths: { B: 24, D: 16, E: 40 },
  },
];

module.exports = { id: "41-wuhai-2021-w34-ledger-times", sheets, build: (workbook) => buildSheets(workbook, sheets) };
