/**
 * A ledger whose date column is full of words (上周, 待查): the first 200 cells are named one by one
 * and the rest in one note with their count, as text dates are (issue 28: the reader held one note
 * per bad row with no cap, so memory grew with them), and every such row is still accounted for.
 * Reference values: the rows built here (250 of 300 dates unreadable, B3 the first).
 */
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { sheetOf } from "../reader/layouts";

const HEADER = ["序号", "事故发生时间", "县（市）", "行业", "死亡(人)", "受伤(人)"];

function ledger(rows: number, unreadable: number): unknown[][] {
  const out: unknown[][] = [["楚雄州2024年生产安全事故台账"], HEADER];
  for (let i = 0; i < rows; i++) out.push([i + 1, i < unreadable ? (i % 2 ? "上周" : "待查") : `2024年6月${(i % 28) + 1}日`, "楚雄市", "建筑业", 1, 0]);
  return out;
}

describe("a ledger with 250 unreadable dates among 300 rows", () => {
  const model = readWorkbook({ sheets: [sheetOf("事故台账", ledger(300, 250))] });
  const notes = model.anomalies.filter((a) => a.kind === "unreadable-cell" && a.sheet === "事故台账");

  it("names the first 200 date cells one by one, B3 to B202", () => {
    const named = notes.filter((a) => !a.cell.includes(":"));
    expect(named).toHaveLength(200);
    expect([named[0].cell, named[0].message.zh, named[199].cell]).toEqual(["B3", "无法识别的日期“待查”，该记录未计入任何期间", "B202"]);
  });

  it("tells the other 50 in one note over the date column, in both languages, and still accounts for every row (50 counted, 250 not dated)", () => {
    const rest = notes.filter((a) => a.cell.includes(":"));
    expect(rest.map((a) => [a.cell, a.message.zh, a.message.en])).toEqual([
      ["B3:B302", "另有 50 个日期无法识别，这些记录均未计入任何期间", "50 more unreadable dates: those records count in no period"],
    ]);
    expect(model.ledgers[0].accounting).toMatchObject({ rows: 300, counted: 50, undated: 250 });
  });
});
