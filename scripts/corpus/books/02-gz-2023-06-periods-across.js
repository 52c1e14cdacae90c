/**
 * 广州市应急管理局 数据快递, June and 1—6月 2023 (mirror: http://www.dekahost.com/zwgk/sjfb/sjkd/content/post_9129784.html).
 * The same bulletin as 01 in the other orientation: indicators down the side, the periods across
 * (6月 | 去年同月 | 同比 | 5月 | 环比 | 1-6月累计 | 去年同期 | 同比). "持平" is written where the release says it.
 * Previous figures are the only integers that give the stated percentages.
 */
"use strict";

const { addSheet } = require("../lib/book");

module.exports = {
  id: "02-gz-2023-06-periods-across",
  build(workbook) {
    addSheet(
      workbook,
      "Sheet1",
      [
        ["2023年6月广州市生产安全事故情况统计表"],
        ["单位：起、人、%"],
        ["指标", "6月", "去年同月", "同比增减(%)", "5月", "环比增减(%)", "1-6月累计", "去年同期", "同比增减(%)"],
        ["事故起数", 31, 35, -11.4, 29, 6.9, 166, 184, -9.8],
        ["死亡人数", 26, 32, -18.8, 26, "持平", 148, 153, -3.3],
        ["受伤人数", 20, 14, 42.9, 10, 100, 67, 75, -10.7],
        ["注：1-6月及6月均未发生较大及以上事故。"],
      ],
      { merges: ["A1:I1", "A7:I7"], widths: { A: 12, G: 12 }, formats: { "D4:D6": "0.0", "F4:F6": "0.0", "I4:I6": "0.0" } },
    );
  },
};
