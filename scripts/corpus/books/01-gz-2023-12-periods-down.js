/**
 * 广州市应急管理局, 安全生产形势分析: December 2023 and 1—12月 (http://yjglj.gz.gov.cn/zwgk/sjfb/aqscxsfx/content/post_9452986.html).
 * The bulletin's table: the periods down the side (当月 | 去年同月 | 同比 | 上月 | 环比 | 累计 | 去年同期 | 同比),
 * the indicators across. The release states the current figures and the percentages; 去年同月, 上月 and
 * 去年同期 are the only integers that give its rounded percentages (11月受伤 0 is stated).
 */
"use strict";

const { addSheet } = require("../lib/book");

module.exports = {
  id: "01-gz-2023-12-periods-down",
  build(workbook) {
    addSheet(
      workbook,
      "12月",
      [
        ["广州市2023年12月生产安全事故情况"],
        ["单位：起、人、%", null, null, "数据来源：安全生产综合统计直报系统"],
        ["项目", "事故起数", "死亡人数", "受伤人数"],
        ["当月", 23, 20, 6],
        ["去年同月", 32, 29, 5],
        ["同比(%)", -28.1, -31, 20],
        ["上月", 15, 15, 0],
        ["环比(%)", 53.3, 33.3, "—"],
        ["累计", 301, 279, 110],
        ["去年同期", 350, 298, 131],
        ["同比(%)", -14, -6.4, -16],
        ["注：1-12月未发生较大及以上事故。以上是安全生产综合统计直报系统实时数据。"],
      ],
      { merges: ["A1:D1", "A12:D12"], widths: { A: 14, B: 12, C: 12, D: 30 }, formats: { "B6:D6": "0.0", "B8:D8": "0.0", "B11:D11": "0.0" } },
    );
  },
};
