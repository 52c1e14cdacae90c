/**
 * 云南省应急管理厅, 2024年1月至5月全省生产安全事故情况 (mirror: http://hzzrcy.com/show.asp?id=20102).
 * Industry rows with 同比增减 and 幅度; 工矿商贸's seven parts indented under it (full-width spaces, as
 * bureaus type them); a 较大事故 row under the total. The release's own slip: the parts of 工矿商贸
 * add up to 78 accidents and 90 deaths against the stated 77 and 89, and its 幅度 (-17.89%) is -17/95,
 * not the -18/95 of its own 增减. Second sheet: the five 较大 accidents as the release lists them.
 */
"use strict";

const { buildSheets } = require("../lib/book");

const I = "　　";
const sheets = [
  {
    name: "1-5月",
    rows: [
      ["2024年1月至5月全省生产安全事故情况"],
      ["行业领域", "事故起数（起）", "同比增减", "幅度(%)", "死亡人数（人）", "同比增减", "幅度(%)", "受伤人数（人）", "同比增减", "幅度(%)"],
      ["合计", 350, -81, -18.79, 371, -99, -21.06, 125, -40, -24.24],
      ["其中：较大事故", 5, -4, -44.44, 20, -12, -37.5],
      ["工矿商贸", 77, -18, -17.89, 89, -16, -15.24],
      [I + "煤矿", 2, 1, null, 3, 2],
      [I + "金属非金属矿山", 9, 2, null, 9, 1],
      [I + "建筑施工", 44, -8, null, 53, -4],
      [I + "化工和危险化学品", 1, -2, null, 1, -1],
      [I + "烟花爆竹", 1, 1, "—", 1, 1, "—"],
      [I + "工贸", 11, -12, null, 11, -15],
      [I + "工矿商贸其他", 10, 1, null, 12, 1],
      ["道路运输", 237, -79, -25, 245, -97, -28.36],
      ["铁路交通", 4, 1, 33.33, 2, -1, -33.33],
      ["其他", 32, 15, 88.24, 35, 15, 75],
      ["注：未接报重大及以上事故。烟花爆竹事故为净增加。"],
    ],
    merges: ["A1:J1", "A16:J16"],
    widths: { A: 20 },
  },
  {
    name: "较大事故",
    rows: [
      ["2024年1月至5月全省较大事故"],
      ["序号", "发生时间", "州（市）", "县（市、区）", "事故简况", "死亡（人）", "受伤（人）"],
      [1, "2024年1月4日", "西双版纳州", "勐腊县", "摩托车与同向停放路边的重型厢式货车相撞", 3, null],
      [2, "2024年1月23日", "大理州", "宾川县", "宾鹤高速公路在建工程两车相撞", 8, null],
      [3, "2024年3月13日", "昆明市", "官渡区", "污水泵站中毒", 3, null],
      [4, "2024年5月17日", "西双版纳州", "景洪市", "民房靠山侧围墙打桩时山体坍塌", 3, null],
      [5, "2024年5月18日", "昭通市", "镇雄县", "商务车侧翻", 3, 3],
    ],
    merges: ["A1:G1"],
    widths: { B: 16, E: 40 },
  },
];

module.exports = { id: "09-yn-2024-1-5-industry-tree", sheets, build: (workbook) => buildSheets(workbook, sheets) };
