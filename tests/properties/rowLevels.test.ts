/**
 * Row levels (src/core/reader/rowLevels.ts, src/core/checks/levels.ts) under random tables
 * (fast-check): adding a level — townships under each county (marked by indentation, by their
 * place words, or by 12-digit codes), or a 小计 row after each group of counties — never changes
 * what the table totals, and raises no finding when each level adds up to its parent. Breaking one
 * township figure gives exactly one level finding, at the county's cell.
 */
import fc from "fast-check";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import type { TableModel } from "../../src/core/reader/model";
import { sheetOf } from "../reader/layouts";

const PROPERTY_TIMEOUT_MS = 120000;
const HEADER = ["县（市、区）", "代码", "因灾死亡人口(人)", "农作物受灾面积(公顷)", "直接经济损失(万元)"];

/** A county with its townships' figures: [deaths, hectares, loss] each; the county's are their sums. */
const county = fc.array(fc.tuple(fc.nat(5), fc.integer({ min: 0, max: 50000 }), fc.integer({ min: 0, max: 900000 })), { minLength: 1, maxLength: 4 });
const counties = fc.array(county, { minLength: 2, maxLength: 6 });

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
/** Hundredths as the sheet writes them. */
const figures = (t: [number, number, number]) => [t[0], t[1] / 100, t[2] / 100];
const countyFigures = (towns: [number, number, number][]): [number, number, number] => [
  sum(towns.map((t) => t[0])),
  sum(towns.map((t) => t[1])),
  sum(towns.map((t) => t[2])),
];

type Marking = "indent" | "words" | "codes";

function countyRows(data: [number, number, number][][], level?: Marking, groups = false): unknown[][] {
  const rows: unknown[][] = [HEADER];
  data.forEach((towns, c) => {
    const code = `${410100 + c + 2}`;
    rows.push([level === "indent" ? `      第${c + 1}区` : `第${c + 1}区`, level === "codes" ? `${code}000000` : "", ...figures(countyFigures(towns))]);
    if (level)
      towns.forEach((t, k) =>
        rows.push([
          level === "indent" ? `         第${k + 1}镇` : `第${c + 1}${k + 1}镇`,
          level === "codes" ? `${code}${String(k + 1).padStart(3, "0")}000` : "",
          ...figures(t),
        ]),
      );
    if (groups && c % 2 === 1) {
      const group = data.slice(c - 1, c + 1).map(countyFigures);
      rows.push(["小计", "", ...figures([sum(group.map((g) => g[0])), sum(group.map((g) => g[1])), sum(group.map((g) => g[2]))])]);
    }
  });
  return rows;
}

/** What the table totals: each indicator's sum over the data rows, in hundredths. */
function totals(t: TableModel): Record<string, number> {
  const out: Record<string, number> = {};
  t.columns.forEach((c, j) => {
    if (!c.indicator) return;
    out[c.indicator] = Math.round(sum(t.rows.flatMap((r, i) => (r.role === "data" ? [t.values[i][j]?.value ?? 0] : []))) * 100);
  });
  return out;
}

function read(rows: unknown[][]) {
  const model = readWorkbook({ sheets: [sheetOf("分县", rows)] });
  expect(model.tables).toHaveLength(1);
  return model;
}

test(
  "townships under each county (indentation, place words or codes) or a 小计 per two counties never change the totals, and add up without a finding",
  () => {
    fc.assert(
      fc.property(counties, fc.constantFrom<Marking>("indent", "words", "codes"), fc.boolean(), (data, marking, groups) => {
        const plain = read(countyRows(data));
        const levelled = read(countyRows(data, marking, groups));
        expect(totals(levelled.tables[0])).toEqual(totals(plain.tables[0]));
        expect(levelled.findings.filter((f) => f.kind !== "rounding")).toEqual([]);
        const t = levelled.tables[0];
        expect(t.rows.filter((r) => r.role === "data").map((r) => r.label.trim())).toEqual(data.map((_, c) => `第${c + 1}区`));
        expect(t.rows.filter((r) => r.role === "sublevel").every((r) => r.partOf !== undefined)).toBe(true);
      }),
      { numRuns: 120 },
    );
  },
  PROPERTY_TIMEOUT_MS,
);

test(
  "a township figure changed by one gives one level finding, at its county's cell, and the totals stay the counties'",
  () => {
    fc.assert(
      fc.property(counties, fc.nat(1000), (data, pick) => {
        const rows = countyRows(data, "indent");
        const townRows = rows.flatMap((r, i) => (String(r[0]).startsWith("         ") ? [i] : []));
        const at = townRows[pick % townRows.length];
        rows[at] = [...rows[at]];
        (rows[at] as number[])[2] += 1;
        let countyRow = at;
        while (String(rows[countyRow][0]).startsWith("         ")) countyRow--;
        const model = read(rows);
        expect(model.findings.map((f) => [f.kind, f.cell])).toEqual([["level_mismatch", `C${countyRow + 1}`]]);
        expect(totals(model.tables[0])).toEqual(totals(read(countyRows(data)).tables[0]));
      }),
      { numRuns: 80 },
    );
  },
  PROPERTY_TIMEOUT_MS,
);
