import fc from "fast-check";
import { readLedgers } from "../../src/core/ledger/readLedgers";
import { checkLedgerRows } from "../../src/core/checks/ledgerRows";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { sheetOf } from "../reader/layouts";
import { weekList } from "./weekList";

const mismatches = (findings: ReturnType<typeof readWorkbook>["findings"]) => findings.filter((f) => f.kind === "total_mismatch");

describe("a ledger's 合计 row is set beside the records above it", () => {
  it("the 乌海 list's 合计 of 35 deaths is the sum of its eight rows: checked, no finding", () => {
    const model = readWorkbook({ sheets: [weekList()] });
    expect(model.ledgers[0].accounting!.totalRows).toEqual([
      { row: 10, label: "合计", figures: [{ cell: "F11", stated: 35, recomputed: 35, rows: "F3:F10", agrees: true }] },
    ]);
    expect(mismatches(model.findings)).toEqual([]);
  });

  it("a 合计 that differs from its rows is named in the 核对 with its cell, the stated and the recomputed figure", () => {
    const model = readWorkbook({ sheets: [weekList(36)] });
    expect(mismatches(model.findings).map((f) => [f.cell, f.stated, f.recomputed, f.sources, f.severity, f.message.zh, f.message.en])).toEqual([
      [
        "F11",
        36,
        35,
        ["F3:F10"],
        "error",
        "台账“合计”行 F11 为 36，其上各条记录之和为 35（F3:F10）",
        'The ledger\'s "合计" row states 36 in F11, but the records above it (F3:F10) add up to 35',
      ],
    ]);
  });

  it("a count written in the label (合计8起) is set beside the number of records", () => {
    expect(mismatches(readWorkbook({ sheets: [weekList(35, "合计8起")] }).findings)).toEqual([]);
    const wrong = mismatches(readWorkbook({ sheets: [weekList(35, "合计9起")] }).findings);
    expect(wrong.map((f) => [f.cell, f.stated, f.recomputed])).toEqual([["A11", 9, 8]]);
  });

  it("a text in the 合计 row's figure cell is not compared (nothing stated)", () => {
    expect(readWorkbook({ sheets: [weekList("—")] }).ledgers[0].accounting!.totalRows).toEqual([{ row: 10, label: "合计", figures: [] }]);
  });
});

describe("a 合计 row under figures past the float range", () => {
  it("records of 1e308 deaths whose sum overflows are not set beside the 合计, and reading does not fail (fast-check seed -25105949)", () => {
    const header = ["序号", "事故发生时间", "县（市）", "事故类型", "死亡人数", "受伤人数", "是否纳入统计"];
    const read = readLedgers(
      sheetOf("台账", [
        header,
        [1, "2024-01-05", "楚雄市", "车辆伤害", 1e308, 2, "是"],
        [2, "2024-01-20", "禄丰市", "火灾", 1e308, 0, "是"],
        ["合计", "", "", "", 7, 2, ""],
      ]),
    ).ledgers[0];
    expect(read.accounting!.totalRows!.map((t) => t.figures.map((f) => [f.cell, f.recomputed, f.agrees]))).toEqual([[["F4", 2, true]]]);
  });
});

describe("小计 rows and a 合计 under them", () => {
  const header = ["序号", "事故发生时间", "县（市）", "事故类型", "死亡人数", "受伤人数", "是否纳入统计"];
  const ledger = (rows: unknown[][]) => readLedgers(sheetOf("台账", [header, ...rows])).ledgers[0];

  it("each 小计 totals the rows since the one before, and the 合计 totals them all", () => {
    const read = ledger([
      [1, "2024-01-05", "楚雄市", "车辆伤害", 1, 2, "是"],
      [2, "2024-01-20", "禄丰市", "火灾", 2, 0, "是"],
      ["1月小计", "", "", "", 3, 2, ""],
      [3, "2024-02-03", "楚雄市", "车辆伤害", 4, 1, "是"],
      ["2月小计", "", "", "", 4, 1, ""],
      ["合计", "", "", "", 7, 3, ""],
    ]);
    expect(read.accounting!.totalRows!.map((t) => t.figures.map((f) => [f.cell, f.recomputed, f.agrees]))).toEqual([
      [
        ["E4", 3, true],
        ["F4", 2, true],
      ],
      [
        ["E6", 4, true],
        ["F6", 1, true],
      ],
      [
        ["E7", 7, true],
        ["F7", 3, true],
      ],
    ]);
    expect(checkLedgerRows([read])).toEqual([]);
  });

  it("a 小计 that is wrong is named, and the 合计 beside the right rows is not", () => {
    const read = ledger([
      [1, "2024-01-05", "楚雄市", "车辆伤害", 1, 2, "是"],
      [2, "2024-01-20", "禄丰市", "火灾", 2, 0, "是"],
      ["小计", "", "", "", 5, 2, ""],
      [3, "2024-02-03", "楚雄市", "车辆伤害", 4, 1, "是"],
      ["合计", "", "", "", 7, 3, ""],
    ]);
    expect(checkLedgerRows([read]).map((f) => [f.cell, f.stated, f.recomputed, f.sources])).toEqual([["E4", 5, 3, ["E2:E3"]]]);
  });

  it("a 合计 over the included rows only (是否纳入统计 = 否 left out) agrees too", () => {
    const read = ledger([
      [1, "2024-01-05", "楚雄市", "车辆伤害", 1, 2, "是"],
      [2, "2024-01-20", "禄丰市", "火灾", 2, 0, "否"],
      ["合计", "", "", "", 1, 2, ""],
    ]);
    expect(checkLedgerRows([read])).toEqual([]);
  });
});

// A property: totals written as Σ of the rows since the previous total row (or, for 合计, since the
// previous 合计) always agree; one of them changed is the one finding, at its cell.
describe("total rows written as the sums of their records", () => {
  const block = fc.record({
    deaths: fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 6 }),
    label: fc.constantFrom("小计", "合计"),
  });

  it("never raise a finding, and one changed figure is named at its cell", () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 8 }), fc.nat(), (blocks, pick) => {
        const rows: unknown[][] = [["序号", "事故发生时间", "县（市）", "事故类型", "死亡人数"]];
        const totalRows: number[] = [];
        let sinceGrand = 0;
        let n = 0;
        for (const b of blocks) {
          for (const d of b.deaths) rows.push([++n, "2024-03-05", "楚雄市", "车辆伤害", d]);
          const sum = b.deaths.reduce((a, x) => a + x, 0);
          sinceGrand += sum;
          rows.push([b.label, "", "", "", b.label === "合计" ? sinceGrand : sum]);
          if (b.label === "合计") sinceGrand = 0;
          totalRows.push(rows.length - 1);
        }
        const clean = readLedgers(sheetOf("台账", rows)).ledgers[0];
        if (checkLedgerRows([clean]).length !== 0) return false;
        const row = totalRows[pick % totalRows.length];
        rows[row] = [...rows[row]];
        rows[row][4] = (rows[row][4] as number) + 100000;
        const slipped = checkLedgerRows(readLedgers(sheetOf("台账", rows)).ledgers);
        return slipped.length === 1 && slipped[0].cell === `E${row + 1}`;
      }),
      { numRuns: 200 },
    );
  });
});
