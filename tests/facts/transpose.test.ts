/**
 * Transposing a table gives the same facts (issue 19, "Done when"; docs/architecture.md, "The fact
 * model", invariant 7): a bulletin with its periods across (指标 | 本期 | 去年同期 …, one row per
 * indicator) and the same bulletin with its periods down the side (项目 | 事故起数 | 死亡人数 …, one
 * row per period) must say the same thing — every indicator, period (words, relation, span,
 * group), breakdown, value, unit and measure — whatever the cells' addresses. The bulletins are
 * generated: the period words of monthly, half-year and annual releases (当月 | 去年同月 | 上月 |
 * 累计 | 去年同期 with their 同比 and 环比; 本期 | 去年同期; 2024年 | 2023年 with 增减), a random subset of
 * the accident indicators, random figures. The SHAPES engineer's reader reads the down-the-side
 * shape turned (tests/shapes/periodRows.test.ts); this test owns the comparison of the facts.
 */
import fc from "fast-check";
import { workbookFacts, type Fact } from "../../src/core/facts";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { sheetOf } from "../reader/layouts";

const INDICATORS = [
  { header: "事故起数（起）", id: "accident_count", money: false },
  { header: "死亡人数（人）", id: "deaths", money: false },
  { header: "受伤人数（人）", id: "injured", money: false },
  { header: "直接经济损失（万元）", id: "direct_loss", money: true },
] as const;

/** The period words of a release, in the order its table writes them. */
function periodWords(kind: "month" | "half" | "years", year: number): string[] {
  if (kind === "month") return ["当月", "去年同月", "同比（%）", "上月", "环比（%）", "累计", "去年同期", "同比（%）"];
  if (kind === "half") return ["本期", "去年同期", "增减幅度（%）"];
  return [`${year}年`, `${year - 1}年`, "增减"];
}

interface Bulletin {
  readonly title: string;
  readonly periods: readonly string[];
  readonly indicators: readonly (typeof INDICATORS)[number][];
  /** figures[i][p]: indicator i, period column p. */
  readonly figures: readonly (readonly number[])[];
}

const bulletin: fc.Arbitrary<Bulletin> = fc
  .record({
    kind: fc.constantFrom("month" as const, "half" as const, "years" as const),
    year: fc.integer({ min: 2015, max: 2025 }),
    month: fc.integer({ min: 2, max: 12 }),
    place: fc.constantFrom("全市", "全省", "全州", "全县"),
    picked: fc.subarray([0, 1, 2, 3], { minLength: 1 }),
  })
  .chain(({ kind, year, month, place, picked }) => {
    const periods = periodWords(kind, year);
    const indicators = picked.map((i) => INDICATORS[i]);
    const figure = (money: boolean) => (money ? fc.integer({ min: 0, max: 99999 }).map((c) => c / 100) : fc.integer({ min: 0, max: 900 }));
    const title =
      kind === "month"
        ? `${year}年${month}月${place}生产安全事故情况`
        : kind === "half"
          ? `${year}年上半年${place}生产安全事故情况`
          : `${place}生产安全事故情况`;
    return fc
      .tuple(...indicators.map((ind) => fc.array(figure(ind.money), { minLength: periods.length, maxLength: periods.length })))
      .map((figures) => ({ title, periods, indicators, figures }));
  });

/** Periods across: one row per indicator. */
function across(b: Bulletin) {
  return sheetOf("表", [[b.title], ["项目", ...b.periods], ...b.indicators.map((ind, i) => [ind.header, ...b.figures[i]])]);
}

/** Periods down the side: one row per period, one column per indicator. */
function down(b: Bulletin) {
  return sheetOf("表", [
    [b.title],
    ["项目", ...b.indicators.map((ind) => ind.header)],
    ...b.periods.map((p, k) => [p, ...b.indicators.map((_, i) => b.figures[i][k])]),
  ]);
}

/** A fact as the property compares it: everything but where its cell is. */
function comparable(f: Fact): string {
  const keys = f.breakdown.map((k) => `${k.dimension}=${k.key}${k.partOf !== undefined ? `<${k.partOf}` : ""}`).join(",");
  const base = f.base ? `${f.base.relation}:${f.base.label}:${JSON.stringify(f.base.span ?? null)}` : "";
  return [
    f.indicator,
    f.period.relation,
    f.period.label,
    JSON.stringify(f.period.span ?? null),
    f.period.group ?? "",
    keys,
    f.value,
    f.unit ?? "",
    f.baseUnit,
    f.measure,
    base,
    f.derived ? "derived" : "",
  ].join("|");
}

function factsOf(sheet: ReturnType<typeof across>): string[] {
  return workbookFacts(readWorkbook({ sheets: [sheet] }))
    .facts.map(comparable)
    .sort();
}

describe("transposing a table gives the same facts", () => {
  test("for generated bulletins, periods across and periods down the side give equal facts, and every figure is one", () => {
    fc.assert(
      fc.property(bulletin, (b) => {
        const a = factsOf(across(b));
        const d = factsOf(down(b));
        // Not vacuous: every figure of the bulletin is a fact of each reading.
        expect(a).toHaveLength(b.indicators.length * b.periods.length);
        expect(d).toEqual(a);
      }),
      { numRuns: 60, seed: 19 },
    );
  });

  test("a known bulletin: 事故起数 当月 12 of 2024年6月 is the same fact either way, only its cell differs", () => {
    const b: Bulletin = {
      title: "2024年6月全市生产安全事故情况",
      periods: periodWords("month", 2024),
      indicators: [INDICATORS[0], INDICATORS[1]],
      figures: [
        [12, 15, -20, 10, 20, 70, 80, -12.5],
        [10, 12, -16.7, 8, 25, 62, 71, -12.7],
      ],
    };
    const pick = (sheet: ReturnType<typeof across>) =>
      workbookFacts(readWorkbook({ sheets: [sheet] })).facts.find((f) => f.indicator === "accident_count" && f.period.label === "当月")!;
    const [a, d] = [pick(across(b)), pick(down(b))];
    expect(a).toMatchObject({ value: 12, period: { relation: "current", group: "month", span: { kind: "month", year: 2024, startMonth: 6, endMonth: 6 } } });
    expect(comparable(d)).toBe(comparable(a));
    expect(a.provenance).toMatchObject({ cell: { address: "B3" } });
    expect(d.provenance).toMatchObject({ cell: { address: "B3" } });
    const deaths = (sheet: ReturnType<typeof across>) =>
      workbookFacts(readWorkbook({ sheets: [sheet] })).facts.find((f) => f.indicator === "deaths" && f.period.label === "累计")!;
    expect(deaths(across(b)).provenance).toMatchObject({ cell: { address: "G4" } });
    expect(deaths(down(b)).provenance).toMatchObject({ cell: { address: "C8" } });
  });
});
