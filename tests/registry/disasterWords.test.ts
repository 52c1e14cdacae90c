/**
 * The generic casualty words (死亡, 受伤, 失踪) and 紧急避险 in a disaster table. A table whose title names a
 * weather event but no 灾 word, e.g. 湖北省应急管理厅's "湖北省5月13日以来强降雨和强对流天气过程影响情况"
 * (corpus 28, 湖北日报 2021-05-17), counts storm deaths under 死亡（人）: those are 因灾死亡, never the
 * production-safety 死亡人数 (national-forms.md, the 自然灾害情况统计 form). Before, the summary filed them under
 * 一、生产安全事故 and titled the sheet …生产安全事故和自然灾害情况.
 */
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { matchIndicator } from "../../src/core/registry/matchIndicator";
import { sheetOf } from "../reader/layouts";

test("死亡, 受伤, 失踪 and 紧急避险 are the disaster's figures in a disaster table, and keep their accident meaning elsewhere", () => {
  expect(matchIndicator("死亡", { domain: "disaster" })?.indicator.id).toBe("dz_deaths");
  expect(matchIndicator("受伤人数", { domain: "disaster" })?.indicator.id).toBe("dz_injured");
  expect(matchIndicator("失踪", { domain: "disaster" })?.indicator.id).toBe("dz_missing");
  expect(matchIndicator("紧急避险", { domain: "disaster" })?.indicator.id).toBe("evacuated");
  expect(matchIndicator("死亡")?.indicator.id).toBe("deaths");
  expect(matchIndicator("受伤人数")?.indicator.id).toBe("injured");
  expect(matchIndicator("死亡人数", { domain: "accident" })?.indicator.id).toBe("deaths");
});

test("a storm's table without the word 灾 reads its 死亡 as 因灾死亡 and its 紧急避险 as 紧急避险转移 (corpus 28's shape)", () => {
  const model = readWorkbook({
    sheets: [
      sheetOf("Sheet1", [
        ["湖北省5月13日以来强降雨和强对流天气过程影响情况"],
        ["统计时间：截至2021年5月17日15时"],
        ["涉及地区", "死亡（人）", "紧急避险（人）", "转移安置（人）", "倒塌房屋（间）", "直接经济损失（亿元）"],
        ["15市（州、省直管市）44县（市、区）", 10, 3351, 2169, 716, 6.13],
      ]),
    ],
  });
  const ids = model.tables[0].columns.map((c) => c.indicator);
  expect(ids).toEqual([undefined, "dz_deaths", "evacuated", "relocated", "rooms_collapsed", "dz_direct_loss"]);
});

test("紧急转移避险 is 紧急避险转移 with its words swapped (石台县 2022年自然灾害情况, corpus 29), never 紧急转移安置", () => {
  expect(matchIndicator("紧急转移避险（人）")?.indicator.id).toBe("evacuated");
  expect(matchIndicator("紧急转移安置（人）")?.indicator.id).toBe("relocated");
});
