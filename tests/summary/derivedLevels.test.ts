/**
 * A ledger with no level column leaves its levels to the thresholds of the 条例 (死亡 3/10/30, 重伤 10/50/100,
 * 直接经济损失 1000/5000/10000万元). Where it has no column for one of them, a record may meet 较大 by it unseen:
 * the sheet says what the levels rest on and that the count may be low (first rule: never a guess told as a count).
 */
import { derivedLevelBasis, derivedLevelsNote } from "../../src/core/summary/ledgerLabels";

describe("what derived levels rest on", () => {
  test("with neither 重伤 nor 直接经济损失, by deaths alone", () => {
    expect(derivedLevelBasis(["serious_injured", "direct_loss"], "zh")).toEqual({ by: "死亡人数", missing: "重伤人数、直接经济损失" });
    expect(derivedLevelBasis(["serious_injured", "direct_loss"], "en")).toEqual({ by: "deaths alone", missing: "serious-injury or direct-loss" });
  });

  test("with 重伤 but no loss column, by deaths and serious injuries; with a loss column but no 重伤, by deaths and the loss", () => {
    expect(derivedLevelBasis(["direct_loss"], "zh")).toEqual({ by: "死亡、重伤人数", missing: "直接经济损失" });
    expect(derivedLevelBasis(["serious_injured"], "zh")).toEqual({ by: "死亡人数和直接经济损失", missing: "重伤人数" });
    expect(derivedLevelBasis(["serious_injured"], "en").by).toBe("deaths and the direct loss");
  });

  test("the level table's note names both, in each language", () => {
    expect(derivedLevelsNote(["direct_loss"], "zh")).toBe(
      "注：台账未填写事故等级，表中等级按死亡、重伤人数推定；台账无直接经济损失列，按其达到较大及以上的事故未能划入，较大及以上事故数可能少计。",
    );
    expect(derivedLevelsNote(["direct_loss"], "en")).toMatch(
      /^Note: the ledger gives no accident level; the levels in the table are judged by deaths and serious injuries\. It has no direct-loss column/,
    );
  });
});
