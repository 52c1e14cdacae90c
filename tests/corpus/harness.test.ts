/**
 * The harness's own rules, checked so that its counts cannot be vacuous: a reader that gives
 * exactly what each expectation says scores full marks on every workbook, and each kind of mistake
 * (a wrong figure, a missing fact, a made-up fact, a missed slip, a false alarm, a lost unit) costs
 * exactly what it should.
 */
import type { Finding } from "../../src/core/reader/model";
import type { CorpusFact, CorpusFacts } from "./harness/actualFacts";
import { inRange, passes, sameKey, scoreBook } from "./harness/compare";
import { expectedFacts, loadBooks, plainFact, slipSheet, type CorpusBook } from "./harness/expectations";

const BOOKS = loadBooks();

function finding(sheet: string, cell: string, kind: Finding["kind"] = "total_mismatch"): Finding {
  return { kind, severity: "error", sheet, cell, sources: [], stated: null, recomputed: null, message: { zh: "", en: "" } };
}

/** What a perfect reader would give for a book: its facts, its slips as findings, its words. */
function perfect(book: CorpusBook): CorpusFacts {
  const facts: CorpusFact[] = expectedFacts(book).map((e) => ({
    indicator: e.indicator,
    period: { label: e.periods[0].text, relation: e.periods[0].relation, span: e.periods[0].span },
    breakdown: e.keys.map((k) => ({ dimension: k.dimension, key: k.key })),
    value: e.value,
    unit: e.unit ?? book.units[e.indicator] ?? "",
    measure: e.measure === "figure" ? "count" : e.measure,
    base: e.base ? { label: e.base.text, relation: e.base.relation, span: e.base.span } : undefined,
    cell: e.cell,
  }));
  return {
    facts,
    findings: book.slips.map((s) => finding(slipSheet(book, s), s.cell)),
    context: { regionWord: book.region, periodWords: book.periodWords },
    source: "the expectations themselves",
  };
}

describe("the corpus harness", () => {
  it.each(BOOKS.map((b) => [b.id, b] as [string, CorpusBook]))("scores a reader that gives exactly what %s expects as passing", (_id, book) => {
    const score = scoreBook(book, perfect(book));
    expect([score.factsRight, score.slipsFound, score.falseAlarms.length, score.contextRight, score.forbidden]).toEqual([
      score.factsExpected,
      score.slipsPresent,
      0,
      score.contextExpected,
      [],
    ]);
    expect(passes(score)).toBe(true);
  });

  const book = BOOKS.find((b) => b.id.startsWith("18-"))!;

  it("counts a wrong figure as wrong and a second figure for the same key as a contradiction", () => {
    const read = perfect(book);
    const wrong = { ...read, facts: read.facts.map((f, i) => (i === 0 ? { ...f, value: (f.value ?? 0) + 1 } : f)) };
    const score = scoreBook(book, wrong);
    expect(score.factsRight).toBe(score.factsExpected - 1);
    expect(score.outcomes[0].status).toBe("wrong_value");
    const both = scoreBook(book, { ...read, facts: [...read.facts, { ...read.facts[0], value: 9999 }] });
    expect([both.factsRight, both.contradicted]).toEqual([both.factsExpected, 1]);
  });

  it("counts a fact for the wrong period, the wrong key or the previous year as missing", () => {
    const read = perfect(book);
    const f = read.facts[0];
    const variants: CorpusFact[] = [
      { ...f, period: { ...f.period, span: { kind: "year", year: 2023 } } },
      { ...f, period: { ...f.period, relation: "year_ago" } },
      { ...f, breakdown: [{ dimension: "industry", key: "煤矿" }] },
    ];
    for (const v of variants) expect(scoreBook(book, { ...read, facts: [v, ...read.facts.slice(1)] }).outcomes[0].status).toBe("missing");
  });

  it("counts a missed slip and a finding on a cell no slip names as a false alarm", () => {
    const read = perfect(book);
    const score = scoreBook(book, { ...read, findings: [...read.findings.slice(1), finding(book.sheet, "C4")] });
    expect([score.slipsFound, score.falseAlarms.length]).toEqual([score.slipsPresent - 1, 1]);
  });

  it("counts a forbidden fact and a lost unit or word", () => {
    const withTrap = BOOKS.find((b) => b.id.startsWith("28-"))!;
    const read = perfect(withTrap);
    const trap = plainFact(withTrap, withTrap.mustNot![0]);
    const forbidden: CorpusFact = {
      indicator: trap.indicator,
      period: { label: "", relation: trap.periods[0].relation, span: trap.periods[0].span },
      breakdown: [],
      value: trap.value,
      unit: "",
      measure: "count",
    };
    expect(scoreBook(withTrap, { ...read, facts: [...read.facts, forbidden] }).forbidden).toHaveLength(1);
    const noWords = scoreBook(withTrap, { ...read, context: { periodWords: [] }, facts: read.facts.map((f) => ({ ...f, unit: "" })) });
    expect(noWords.contextRight).toBe(0);
  });

  it("matches keys as a statistician would (旌阳 is 旌阳区, 其中：煤矿 is 煤矿, 一般事故 is 一般) and nothing looser", () => {
    expect([sameKey("旌阳", "旌阳区"), sameKey("其中：煤矿", "煤矿"), sameKey("一般事故", "一般"), sameKey("　　建筑施工", "建筑施工")]).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect([sameKey("建筑业", "建筑施工"), sameKey("道路运输", "道路运输业务"), sameKey("煤矿", "金属非金属矿山")]).toEqual([false, false, false]);
    expect([inRange("B5", "B4:B9"), inRange("C5", "B4:B9"), inRange("B5", "Sheet1!B5")]).toEqual([true, false, true]);
  });

  it("takes an autonomous region's short name for its full one (内蒙古 is 内蒙古自治区, as a yearbook writes it) and no other word", () => {
    expect([sameKey("内蒙古", "内蒙古自治区"), sameKey("香港", "香港特别行政区")]).toEqual([true, true]);
    expect([sameKey("内蒙古", "内蒙古东部"), sameKey("西藏", "西藏自治区林芝")]).toEqual([false, false]);
  });
});
