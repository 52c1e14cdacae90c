/**
 * Change columns that name no indicator, each after the figure it changes (the shape of 北京市应急管理局's
 * 2024 release, tests/corpus 13), and a row that counts the places a figure covers (湖北省's flood
 * releases, tests/corpus 27). Figures invented.
 */
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { rowRoleOf } from "../../src/core/registry/regions";
import { sheetOf } from "../reader/layouts";

describe("change columns after the figure they change", () => {
  const table = readWorkbook({
    sheets: [
      sheetOf("Sheet1", [
        ["2024年1月1日至6月20日全市生产安全死亡事故情况"],
        ["行业领域", "事故起数（起）", "同比增减", "幅度(%)", "死亡人数（人）", "同比增减", "幅度(%)"],
        ["全市", 20, -2, -9.1, 21, -3, -12.5],
        ["道路运输", 12, -2, -14.3, 13, -2, -13.3],
        ["工矿商贸", 8, 0, 0, 8, -1, -11.1],
      ]),
    ],
  }).tables[0];

  it("are the changes of the figure to their left: 同比增减 absolute, a bare 幅度(%) in percent", () => {
    expect(table.columns.map((c) => `${c.role}:${c.indicator ?? ""}`)).toEqual([
      "key:",
      "value:accident_count",
      "change_abs:accident_count",
      "change_pct:accident_count",
      "value:deaths",
      "change_abs:deaths",
      "change_pct:deaths",
    ]);
  });

  it("a change after a period column that names no indicator stays without one (the rows name it)", () => {
    const byIndicator = readWorkbook({
      sheets: [
        sheetOf("Sheet1", [
          ["指标", "本期", "去年同期", "增减"],
          ["事故起数（起）", 5, 7, -2],
          ["死亡人数（人）", 4, 6, -2],
        ]),
      ],
    }).tables[0];
    expect(byIndicator.columns[3].role).toBe("change_abs");
    expect(byIndicator.columns[3].indicator).toBeUndefined();
  });
});

describe("a row that counts the places a figure covers", () => {
  it("is the whole area (11市（州、省直管市、林区）37县（市、区）), never one place", () => {
    expect(rowRoleOf("11市（州、省直管市、林区）37县（市、区）")).toBe("total");
    expect(rowRoleOf("15市（州、省直管市）44县（市、区）")).toBe("total");
    expect(rowRoleOf("3个县")).toBe("total");
    expect(rowRoleOf("十堰市")).toBe("data");
  });
});
