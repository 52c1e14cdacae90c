/**
 * The unit-slip check judges each value against the median of the other values of its column. It
 * sorts each column once (issue 28); these tests hold its screening (slipCandidates) to the rule as
 * first written — a median of the others computed afresh for every value — on random columns, and
 * time it on a province's table of 10,000 rows, where the per-value sort took minutes. Which
 * candidates become findings (only with the workbook's evidence) is tests/checks/unitSlips.test.ts.
 */
import fc from "fast-check";
import { checkUnitSlips, slipCandidates } from "../../src/core/checks/unitSlips";
import type { TableModel } from "../../src/core/reader/model";

/** A one-column table of data rows (a 直接经济损失 column in 万元), null for a blank cell. */
function lossTable(values: readonly (number | null)[]): TableModel {
  return {
    kind: "table",
    id: "t",
    sheet: "表",
    address: "A1:B99",
    headerRows: [0, 0],
    keyKind: "region",
    keyColumn: 0,
    columns: [{ column: 1, headerPath: ["直接经济损失", "value"], indicator: "dz_direct_loss", role: "value", unitFactor: 1, confidence: 1 }],
    rows: values.map((_v, i) => ({ row: i + 1, label: `县${i}`, role: "data" })),
    values: values.map((v) => [{ value: v, raw: v ?? "" }]),
    periods: {},
    confidence: 1,
  } as TableModel;
}

/** The rule as first written: for every value, the median of all the other positive values, sorted afresh. */
function slipsByBruteForce(values: readonly (number | null)[]): { row: number; ratio: number }[] {
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
  };
  const out: { row: number; ratio: number }[] = [];
  values.forEach((v, i) => {
    if (v === null || v <= 0) return;
    const others = values.filter((o, k) => k !== i && o !== null && o > 0) as number[];
    if (others.length < 4) return;
    const ratio = v / median(others);
    if (ratio >= 3000 && ratio <= 30000) out.push({ row: i + 1, ratio });
  });
  return out;
}

/**
 * Cells of a short column: small values, values near 3,000× and 30,000× of them (where the median
 * with or without the value itself decides), blanks, zeros and negatives, and any positive double.
 */
const cell = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 12 }) },
  { weight: 3, arbitrary: fc.constantFrom(2999, 3000, 6000, 9000, 12000, 18000, 30000, 36000, 60000, 90000) },
  { weight: 1, arbitrary: fc.integer({ min: 3_000_000, max: 60_000_000 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -5, null) },
  { weight: 1, arbitrary: fc.double({ min: 0.01, max: 1e6, noNaN: true }) },
);

describe("checkUnitSlips sorts each column once", () => {
  test("flags exactly the cells, with the same ratios, as a median of the others taken for every value (random columns, ties and blanks included)", () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 0, maxLength: 12 }), (values) => {
        const found = slipCandidates(lossTable(values), 0).map((c) => ({ row: c.i + 1, stated: c.v }));
        const expected = slipsByBruteForce(values).map(({ row }) => ({ row, stated: values[row - 1] }));
        expect(found).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  test("says the ratio the brute force computes (元 typed into a 万元 column among 4 values: 9860900 ÷ median 1220.255), when the 合计 bears the slip out", () => {
    const values = [9860900, 732.16, 1342.28, 1098.23, 1430.55];
    const table = lossTable(values);
    const withTotal = {
      ...table,
      rows: [...table.rows, { row: 6, label: "合计", role: "total" as const }],
      values: [...table.values, [{ value: 5589.31, raw: 5589.31 }]],
    };
    const [finding] = checkUnitSlips(withTotal);
    expect(finding.message.zh).toContain(String(Math.round(slipsByBruteForce(values)[0].ratio)));
  });

  test("judges a column of 10,000 counties in well under a second (one sort, not one per value)", () => {
    const values = Array.from({ length: 10_000 }, (_v, i) => ((i * 7919) % 5000) + 1);
    values[1234] = 25_000_000;
    const start = performance.now();
    const found = slipCandidates(lossTable(values), 0);
    const ms = performance.now() - start;
    expect(found.map((c) => c.i)).toEqual([1234]);
    expect(ms).toBeLessThan(1000);
  });
});
