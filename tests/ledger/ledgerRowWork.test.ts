/**
 * The work a ledger's rows cost does not grow with texts that cannot mean anything to the reader
 * (issue 28: a 100,000-row ledger spent a tenth of its reading on them). A total row is told by a
 * word ending in 计 (合计, 小计 …), and NFKC makes 计 from no other character (checked below over every
 * code point), so a text without 计 is never normalised to look for one: a ledger's unit names, all
 * different, are read as they come. Reference values: the rows built here (2,000 records, three
 * counties, one death each; a 合 计 row under them, with a space, stating 2000 deaths and 0 injured).
 */
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { TotalsSum } from "../../src/core/ledger/totalsSum";
import { sheetOf } from "../reader/layouts";

const HEADER = ["序号", "事故发生时间", "事故发生单位", "县（市）", "行业", "死亡(人)", "受伤(人)"];
const COUNTIES = ["楚雄市", "双柏县", "牟定县"];

function ledger(rows: number): unknown[][] {
  const out: unknown[][] = [["楚雄州2024年生产安全事故台账"], HEADER];
  // Real date cells (serials of June 2024) and a unit name no other row has.
  for (let i = 0; i < rows; i++) out.push([i + 1, 45444 + (i % 28), `楚雄某某有限公司第${i + 1}分公司`, COUNTIES[i % 3], "建筑业", 1, 0]);
  out.push(["合 计", "", "", "", "", rows, 0]);
  return out;
}

/** Runs `read` and counts the calls it makes of a method (String.prototype.normalize, TotalsSum.prototype.add, Map.prototype.get). */
function callsOf<T, O extends object>(owner: O, method: jest.FunctionPropertyNames<Required<O>>, read: () => T): { result: T; calls: number } {
  const spy = jest.spyOn(owner, method);
  try {
    const result = read();
    return { result, calls: spy.mock.calls.length };
  } finally {
    spy.mockRestore();
  }
}

describe("a ledger of 2,000 records, each with a unit name no other row has", () => {
  const { result: model, calls } = callsOf(String.prototype, "normalize", () => readWorkbook({ sheets: [sheetOf("事故台账", ledger(2000))] }));

  it("counts every record and sets the 合 计 row's 2000 and 0 beside the records' deaths and injured", () => {
    const [l] = model.ledgers;
    expect(l.accounting).toMatchObject({ rows: 2001, counted: 2000, totals: 1 });
    expect(l.accounting?.totalRows?.[0].figures.map((f) => [f.cell, f.stated, f.recomputed, f.agrees])).toEqual([
      ["F2003", 2000, 2000, true],
      ["G2003", 0, 0, true],
    ]);
  });

  it("normalises far fewer texts than it has rows (was one per distinct unit name: 2,000 and more)", () => {
    expect(calls).toBeLessThan(200);
  });
});

describe("a record's figures", () => {
  it("go into one running-sum object, the total rows' (was eleven, then seven: the fold kept a TotalsSum per day and key, the total rows two); the fold adds into flat arrays by its days' and keys' ids", () => {
    const { result: model, calls } = callsOf(TotalsSum.prototype, "add", () => readWorkbook({ sheets: [sheetOf("事故台账", ledger(300))] }));
    expect(model.ledgers[0].recordCount).toBe(300);
    expect(calls).toBe(300);
  });
});

describe("a record's texts", () => {
  it("are looked up in at most four maps per record (was nine: the fold looked its day and each of its four keys up again after the reader had)", () => {
    // The work a thousand more records add: the date, the county, the industry and the derived level are each looked up once.
    const gets = (rows: number) => callsOf(Map.prototype, "get", () => readWorkbook({ sheets: [sheetOf("事故台账", ledger(rows))] })).calls;
    expect(gets(2000) - gets(1000)).toBeLessThanOrEqual(4 * 1000);
  });
});

describe("a ledger of 2,000 records whose dates are texts with their time of day (2024-06-01 07:40), no two alike", () => {
  // The form a system's export writes on every row: 28 days, each text with its own minute.
  const rows: unknown[][] = [["楚雄州2024年生产安全事故台账"], HEADER];
  for (let i = 0; i < 2000; i++) {
    const day = String(1 + (i % 28)).padStart(2, "0");
    const minute = Math.floor(i / 28);
    const time = `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
    rows.push([i + 1, `2024-06-${day} ${time}`, `单位${i}`, COUNTIES[i % 3], "建筑业", 1, 0]);
  }
  const { result: model, calls } = callsOf(String.prototype, "normalize", () => readWorkbook({ sheets: [sheetOf("事故台账", rows)] }));

  it("counts every record on its day, as text dates", () => {
    const [l] = model.ledgers;
    expect(l.accounting).toMatchObject({ rows: 2000, counted: 2000 });
    expect(l.accidents?.current).toMatchObject({ accidents: 2000, deaths: 2000 });
    expect(l.accidents?.breakdowns?.formulaBasis.textDates.count).toBe(2000);
  });

  it("reads each day's date once, not each text (was one NFKC normalisation per text: 2,000 and more)", () => {
    expect(calls).toBeLessThan(200);
  });
});

describe("the total words' 计", () => {
  it("comes out of NFKC from no character but itself", () => {
    const makers: string[] = [];
    for (let c = 0; c < 0x110000; c++) {
      if (c >= 0xd800 && c < 0xe000) continue;
      const s = String.fromCodePoint(c);
      if (s !== "计" && s.normalize("NFKC").includes("计")) makers.push(s);
    }
    expect(makers).toEqual([]);
  });
});
