import fc from "fast-check";
import { readLedgers } from "../../src/core/ledger/readLedgers";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { sheetOf } from "../reader/layouts";
import { weekList } from "./weekList";

describe("every ledger row is counted or named", () => {
  const model = readWorkbook({ sheets: [weekList()] });
  const ledger = model.ledgers[0];

  it("reads every date form of the release, with 时分, 时左右, 时许, 凌晨, 下午, and a real date with its time", () => {
    expect(ledger.accounting).toMatchObject({ rows: 9, counted: 8, excluded: 0, undated: 0, totals: 1 });
    expect(ledger.accidents!.current).toMatchObject({ accidents: 8, deaths: 35 });
  });

  it("recognises the 合计 row under the list and never counts it as a ninth", () => {
    expect(ledger.accounting!.totals).toBe(1);
  });

  it("names a row whose date cannot be read with its cell, and counts it in no period", () => {
    const sheet = weekList();
    const rows = sheet.values.map((r) => [...r]);
    rows[4][1] = "九月初";
    const read = readWorkbook({ sheets: [{ ...sheet, values: rows }] });
    expect(read.ledgers[0].accounting).toMatchObject({ rows: 9, counted: 7, undated: 1, totals: 1 });
    expect(read.ledgers[0].accidents!.current.accidents).toBe(7);
    expect(read.findings.filter((f) => f.kind === "ledger_undated").map((f) => [f.cell, f.message.zh])).toEqual([
      ["B5", "台账 B5 的日期“九月初”无法识别，该行未计入任何期间，请核实"],
    ]);
  });
});

describe("a ledger of many years (2005–2018)", () => {
  const rows: unknown[][] = [["时间", "省市", "区域", "事故", "死亡/人", "受伤/人"]];
  for (let y = 2005; y <= 2018; y++) rows.push([`${y}-${y === 2018 ? 12 : "03"}-0${(y % 9) + 1}`, "山西", "某县", y % 2 ? "爆炸" : "翻车", y - 2000, 1]);
  const ledger = readWorkbook({ sheets: [sheetOf("Sheet1", rows)] }).ledgers[0];

  it("is found as a ledger: 省市 is its region and 事故 the accident kind, a key and never a count", () => {
    expect(ledger.columns.find((c) => c.header === "省市")?.field).toBe("region");
    expect(ledger.columns.find((c) => c.header === "事故")?.field).toBe("accident_type");
    expect(ledger.accidents!.byType.map((g) => g.key).sort()).toEqual(["爆炸", "翻车"]);
  });
});

// A property over random date forms: whatever a clerk types, every row is counted or named.
describe("counted + left out + not dated + total rows = every row", () => {
  const date = fc.tuple(
    fc.integer({ min: 2023, max: 2024 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    fc.integer({ min: 0, max: 23 }),
    fc.integer({ min: 0, max: 59 }),
  );
  const readable = date.chain(([y, m, d, h, mi]) =>
    fc.constantFrom<unknown>(
      Date.UTC(y, m - 1, d) / 86400000 + 25569 + (h * 60 + mi) / 1440,
      `${y}年${m}月${d}日`,
      `${y}年${m}月${d}日${h}时${mi}分`,
      `${y}年${m}月${d}日${h}时`,
      `${y}年${m}月${d}日${h}点${mi}`,
      `${y}年${m}月${d}日上午${h % 12}时`,
      `${y}年${m}月${d}日下午${h % 12}时许`,
      `${y}年${m}月${d}日凌晨`,
      `${y}年${m}月${d}日${h}时左右`,
      `${y}.${m}.${d}`,
      `${y}/${m}/${d} ${h}:${String(mi).padStart(2, "0")}`,
      `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}T${String(h).padStart(2, "0")}:00`,
      `${String(y).replace(/\d/g, (c) => String.fromCharCode(0xff10 + Number(c)))}年${m}月${d}日`,
    ),
  );
  const unreadable = fc.constantFrom<unknown>("", "不详", "2024年13月5日", "八月中旬", "2024年2月30日", "待查");
  const row = fc.oneof(
    { weight: 8, arbitrary: readable.map((d) => ({ kind: "counted" as const, date: d })) },
    { weight: 2, arbitrary: unreadable.map((d) => ({ kind: "undated" as const, date: d })) },
    { weight: 1, arbitrary: readable.map((d) => ({ kind: "excluded" as const, date: d })) },
    { weight: 1, arbitrary: fc.constantFrom("合计", "小计", "总计").map((label) => ({ kind: "total" as const, date: label })) },
  );

  it("holds for every ledger", () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), (kinds) => {
        const rows: unknown[][] = [["序号", "事故发生时间", "县（市）", "事故类型", "死亡人数", "受伤人数", "是否纳入统计"]];
        kinds.forEach((k, i) =>
          rows.push(k.kind === "total" ? [k.date, "", "", "", 1, 1, ""] : [i + 1, k.date, "楚雄市", "车辆伤害", 1, 0, k.kind === "excluded" ? "否" : "是"]),
        );
        const read = readLedgers(sheetOf("台账", rows));
        const want = (kind: string) => kinds.filter((k) => k.kind === kind).length;
        if (want("counted") === 0 && want("excluded") === 0) return read.ledgers.length === 0 || read.ledgers[0].accounting!.counted === 0;
        const a = read.ledgers[0]?.accounting;
        if (!a) return want("counted") === 0;
        return (
          a.rows === kinds.length &&
          a.counted + a.excluded + a.undated + a.totals === a.rows &&
          a.counted === want("counted") &&
          a.excluded === want("excluded") &&
          a.undated === want("undated") &&
          a.totals === want("total") &&
          a.unreadable.length === want("undated")
        );
      }),
      { numRuns: 300 },
    );
  });
});
