import { sheetOf } from "../reader/layouts";

/**
 * The week's list of 乌海市应急管理局 一周事故及安全警示（2021年第34期） (tests/corpus/README.md, 41):
 * its dates as the release types them, an injury written in words, and a 合计 row under the list
 * that states 35 deaths, the sum of the eight incidents' deaths in the release.
 *
 * @param totalDeaths the 合计 row's deaths (35 as published)
 * @param label the total row's label
 * @returns the sheet
 */
export function weekList(totalDeaths: unknown = 35, label = "合计") {
  return sheetOf("事故台账", [
    ["一周事故及安全警示（2021年第34期）"],
    ["序号", "发生时间", "省份", "地点", "事故简况", "死亡（人）", "受伤（人）"],
    [1, "2021年8月31日", "云南", "昭通市昭阳区", "小轿车起火", 2, ""],
    [2, 44440.6180555556, "四川", "成都市", "实验室酒精外溢燃烧", 0, 2],
    [3, "2021年9月2日8时10分", "山西", "太原市尖草坪区", "化工厂爆炸", 0, "个别轻微伤"],
    [4, "2021年9月3日14时左右", "贵州", "毕节市七星关区", "天然气管道泄漏起火", 0, 1],
    [5, "2021年9月3日16时06分", "浙江", "嘉善县", "车间起火", 6, ""],
    [6, "2021年9月4日4时20分许", "黑龙江", "七台河市勃利县", "追尾", 15, 1],
    [7, "2021年9月5日凌晨", "山西", "孝义市", "火灾", 0, 0],
    [8, "2021年9月5日下午3时许", "安徽", "安庆市太湖县", "皮卡冲下深崖", 12, ""],
    [label, "", "", "", "", totalDeaths, ""],
  ]);
}
