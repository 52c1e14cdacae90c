/**
 * 应急管理部, 上半年全国自然灾害情况 in five years, as an annual-comparison sheet with the years down the
 * side and a units row under the header. Sources: 2019 (http://www.tdyo.cn/anquanjianbao/yingjiguanlibufabu2019nianshangbannianquanguoziran.html),
 * 2020 (http://conservationhackathon.com/a/xinwendongtai/qiyexinwen/1076.html), 2022 (http://www.ftdspk.com/yingji/3956.html),
 * 2024 (https://m.stnn.cc/c/2024-07-13/3905423.shtml), 2025 (https://static.cdsb.com/micropub/Articles/202507/9311851e25e2e48a0f0032d14098e794.html).
 * 2019's 死亡失踪 is its 336 deaths and 23 missing. 2020's release states its own 同比, computed against
 * 2019's revised figures: against 2019's row as first published they do not recompute.
 */
"use strict";

const { buildSheets } = require("../lib/book");

const sheets = [
  {
    name: "上半年",
    rows: [
      ["全国上半年自然灾害情况"],
      [
        "年份",
        "受灾人次",
        "死亡失踪人数",
        "紧急转移安置人次",
        "倒塌房屋",
        "农作物受灾面积",
        "直接经济损失",
        "受灾人次同比",
        "死亡失踪同比",
        "倒塌房屋同比",
        "直接经济损失同比",
      ],
      [null, "万人次", "人", "万人次", "万间", "千公顷", "亿元", "%", "%", "%", "%"],
      ["2019年", 3180.3, 359, 82.8, 3.6, 3947.4, 763.6],
      ["2020年", 4960.9, 271, 91.3, 1.9, null, 812.4, 41.5, -26.2, -53.7, 15.3],
      ["2022年", 3914.3, 178, 128.2, 1.8, 3618.9, 888.1],
      ["2024年", 3238.1, 322, 85.6, 2.3, 3172.1, 931.6],
      ["2025年", 2503.7, 307, 62, 2.96, 2182.9, 541.1],
    ],
    merges: ["A1:K1"],
    widths: { A: 10 },
  },
];

module.exports = { id: "30-mem-h1-years-units-row", sheets, build: (workbook) => buildSheets(workbook, sheets) };
