import { readLedgers } from "../../src/core/ledger/readLedgers";
import type { SheetSnapshot } from "../../src/core/model/snapshot";

const HEADER = ["序号", "事故发生时间", "县（市）", "行业门类", "事故类型", "事故等级", "死亡(人)", "受伤(人)", "直接经济损失（万元）", "是否纳入统计"];

function ledger(losses: readonly unknown[]): SheetSnapshot {
  const rows = losses.map((loss, i) => [i + 1, `2024-0${1 + (i % 6)}-10`, "楚雄市", "建筑业", "高处坠落", "一般事故", 1, "—", loss, "是"]);
  return { name: "事故台账", originRow: 0, originColumn: 0, values: [HEADER, ...rows], merges: [] };
}

describe("ledger totals are decimal-exact", () => {
  it("adds losses of 0.1 and 0.2 万元 to exactly 0.3 (a float sum gives 0.30000000000000004)", () => {
    const totals = readLedgers(ledger([0.1, 0.2])).ledgers[0].accidents!.current;
    expect(totals.directLoss).toBe(0.3);
    expect(totals.deaths).toBe(2);
  });

  it("adds a loss with more than 4 decimals exactly too (0.12345 + 0.1 = 0.22345)", () => {
    expect(readLedgers(ledger([0.12345, 0.1])).ledgers[0].accidents!.current.directLoss).toBe(0.22345);
  });

  it("counts a '—' loss and an injured '—' as adding nothing, not as an error", () => {
    const totals = readLedgers(ledger(["—", 12.5, "3.25"])).ledgers[0].accidents!.current;
    expect(totals.directLoss).toBe(15.75);
    expect(totals.injured).toBe(0);
    expect(totals.accidents).toBe(3);
  });

  it("groups by region with the same exact sums as the overall total", () => {
    const model = readLedgers(ledger([0.1, 0.2, 0.7])).ledgers[0].accidents!;
    expect(model.byRegion).toHaveLength(1);
    expect(model.byRegion[0].current.directLoss).toBe(1);
    // byLevel lists the four levels, most serious first; these three small accidents are all 一般.
    expect(model.byLevel.map((g) => g.key)).toEqual(["特别重大", "重大", "较大", "一般"]);
    expect(model.byLevel[3].current.directLoss).toBe(model.current.directLoss);
    expect(model.byLevel[3].current.accidents).toBe(3);
  });
});
