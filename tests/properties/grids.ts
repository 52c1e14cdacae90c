/**
 * fast-check generators of what a bureau's sheet may hold: numbers, numeric text, full-width
 * digits, error values, blanks, long strings, the vocabulary of headers, regions, periods and
 * ledgers, merged areas and hidden rows, on grids of 1 to 200 columns.
 */
import fc from "fast-check";
import type { MergedArea, SheetSnapshot } from "../../src/core/model/snapshot";

/** Words the reader looks for, so that random grids reach beyond "no header found". */
const VOCABULARY = [
  "县（市）",
  "地区",
  "合计",
  "全州",
  "楚雄市",
  "双柏县",
  "大姚县",
  "武定县",
  "事故起数",
  "死亡人数",
  "受伤人数",
  "直接经济损失（万元）",
  "排查隐患",
  "已整改",
  "整改率",
  "本期",
  "去年同期",
  "同比增减",
  "同比（%）",
  "当月",
  "累计",
  "2024年1-6月",
  "2023年",
  "上半年",
  "单位：起、人、万元",
  "其中",
  "道路运输",
  "建筑施工",
];

/** Ledger headers, for grids that the ledger reader takes for a ledger. */
export const LEDGER_HEADERS = {
  accident: ["序号", "发生时间", "县（市、区）", "行业", "事故类型", "死亡人数", "受伤人数", "失踪人数", "直接经济损失（万元）", "事故等级", "事故经过"],
  hazard: ["序号", "检查日期", "县（市、区）", "单位名称", "隐患描述", "整改期限", "整改状态", "整改完成日期", "挂牌督办", "隐患等级"],
};

const errors = fc.constantFrom("#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!");
const blanks = fc.constantFrom("", "", "", " ", "—", "-", "/", "无", "——", "　");
const numericText = fc.oneof(
  fc.constantFrom("24,101", "１２，３２２．３４", " 92% ", "60万元", "'15", "3.0126万", "1e5", "-12.5%", "↑3.2%", "（5）", "约10", "12起", "2,3", "0.0"),
  fc.integer({ min: -99999, max: 999999 }).map((n) => n.toLocaleString("en-US")),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((x) => `${x.toFixed(2)}%`),
);
const fullWidthDigits = fc.integer({ min: 0, max: 99999 }).map((n) => String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d))));
const numbers = fc.oneof(
  fc.integer({ min: -1000, max: 1000000 }),
  fc.double({ min: -1e9, max: 1e9, noNaN: true }),
  fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER, 45292, 45473.5, 0.1),
);
const dates = fc.constantFrom("2024-03-05", "2024/6/30", "2024年3月5日", "2024.02.30", "3月5日", "2023-12-31 14:20", "已整改", "整改中", "逾期");
const longStrings = fc.string({ minLength: 50, maxLength: 400, unit: "grapheme" });

/** Number formats as `Range.numberFormat` gives them. */
const format = fc.constantFrom("General", "General", "General", "0.0%", "0%", "#,##0", "#,##0.00", "yyyy-mm-dd", 'yyyy"年"m"月"d"日"', "@", "0.00_ ", '0"起"');

/** One cell as Office.js's `Range.values` might give it. */
export const cell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: numbers },
  { weight: 3, arbitrary: blanks },
  { weight: 3, arbitrary: fc.constantFrom(...VOCABULARY) },
  { weight: 2, arbitrary: numericText },
  { weight: 1, arbitrary: fullWidthDigits },
  { weight: 1, arbitrary: errors },
  { weight: 1, arbitrary: dates },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: longStrings },
);

/** Non-overlapping merged areas inside a rows × columns grid at the given origin. */
function merges(rows: number, columns: number, originRow: number, originColumn: number): fc.Arbitrary<MergedArea[]> {
  const area = fc.record({
    row: fc.integer({ min: 0, max: rows - 1 }),
    column: fc.integer({ min: 0, max: columns - 1 }),
    rowCount: fc.integer({ min: 1, max: 4 }),
    columnCount: fc.integer({ min: 1, max: 6 }),
  });
  return fc.array(area, { maxLength: 8 }).map((list) => {
    const kept: MergedArea[] = [];
    for (const m of list) {
      const a = { ...m, rowCount: Math.min(m.rowCount, rows - m.row), columnCount: Math.min(m.columnCount, columns - m.column) };
      if (a.rowCount * a.columnCount < 2) continue;
      const overlaps = kept.some(
        (k) => a.row < k.row + k.rowCount && k.row < a.row + a.rowCount && a.column < k.column + k.columnCount && k.column < a.column + a.columnCount,
      );
      if (!overlaps) kept.push(a);
    }
    return kept.map((m) => ({ ...m, row: m.row + originRow, column: m.column + originColumn }));
  });
}

/** A sheet's used range: 1 to 30 rows (and the given header rows on top), 1 to 200 columns. */
export function sheet(name: string, headerRows: fc.Arbitrary<unknown[][]> = fc.constant([])): fc.Arbitrary<SheetSnapshot> {
  const columns = fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 200 }));
  return fc
    .record({ columns, rows: fc.integer({ min: 1, max: 30 }), originRow: fc.nat(5), originColumn: fc.nat(3), header: headerRows })
    .chain(({ columns, rows, originRow, originColumn, header }) => {
      const top = header.map((h) => Array.from({ length: columns }, (_, c) => (c < h.length ? h[c] : "")));
      const total = rows + top.length;
      return fc.record({
        name: fc.constant(name),
        originRow: fc.constant(originRow),
        originColumn: fc.constant(originColumn),
        values: fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }).map((body) => [...top, ...body]),
        merges: merges(total, columns, originRow, originColumn),
        hiddenRows: fc.array(fc.nat(total - 1), { maxLength: 3 }).map((rs) => rs.map((r) => r + originRow)),
        numberFormats: fc.option(fc.array(fc.array(format, { minLength: columns, maxLength: columns }), { minLength: total, maxLength: total }), {
          nil: undefined,
        }),
      });
    });
}

/** A ledger's header row (accident or hazard, columns shuffled, some left out) over random records. */
export const ledgerSheet: fc.Arbitrary<SheetSnapshot> = fc
  .constantFrom(LEDGER_HEADERS.accident, LEDGER_HEADERS.hazard)
  .chain(([serial, date, ...rest]) => fc.shuffledSubarray(rest, { minLength: 5 }).map((picked) => [serial, date, ...picked]))
  .chain((headers) =>
    sheet(
      "台账",
      fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 2 }).map((titles) => [...titles, headers]),
    ),
  );
