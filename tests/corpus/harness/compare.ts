/**
 * Compares what a path read with what a statistician expects: facts (right, wrong value, missing,
 * contradicted by another fact, forbidden), the 核对 (slips found, slips missed, false alarms) and
 * the context words (region word, period words, units as stated). The rules of a match are written
 * here once and documented in tests/corpus/README.md.
 */
import type { Finding } from "../../../src/core/reader/model";
import type { CorpusFact, CorpusFacts } from "./actualFacts";
import {
  expectedFacts,
  plainFact,
  slipSheet,
  type CorpusBook,
  type ExpectedFact,
  type ExpectedKey,
  type ExpectedPeriod,
  type ExpectedSlip,
  type ExpectedSpan,
} from "./expectations";

/** Findings that say how the figures were written, not that one is wrong. */
const INFORMATIONAL = new Set(["ledger_text_dates"]);

export interface FactOutcome {
  readonly expected: ExpectedFact;
  readonly status: "right" | "wrong_value" | "missing";
  /** For wrong_value: what the path gave for the same indicator, period and key. */
  readonly got?: number | null;
}

export interface BookScore {
  readonly id: string;
  readonly outcomes: readonly FactOutcome[];
  readonly factsExpected: number;
  readonly factsRight: number;
  /** A right fact and, beside it, another fact for the same indicator, period and key with another value. */
  readonly contradicted: number;
  /** Facts the workbook does not support (mustNot, or a change in a workbook that states none). */
  readonly forbidden: readonly string[];
  readonly slipsPresent: number;
  readonly slipsFound: number;
  readonly missedSlips: readonly ExpectedSlip[];
  readonly falseAlarms: readonly Finding[];
  readonly contextExpected: number;
  readonly contextRight: number;
  readonly contextMisses: readonly string[];
}

/** A label as compared: NFKC, no spaces (full-width included), no leading 其中：. */
export function normalText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\s\u3000]+/g, "")
    .replace(/^其中[:：]?/, "")
    .replace(/[—–－~～至到]/g, "-");
}

const GENERIC = /(事故|灾害|行业|领域)$/;
const REGION_SUFFIX = /^(省|区|县|市|州|盟|旗|自治区|特别行政区)$/;

/** Whether two keys name the same thing (旌阳 and 旌阳区, 一般 and 一般事故, 其中：煤矿 and 煤矿). */
export function sameKey(a: string, b: string): boolean {
  const x = normalText(a);
  const y = normalText(b);
  if (x === y) return true;
  if (x.replace(GENERIC, "") === y.replace(GENERIC, "")) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return long.startsWith(short) && REGION_SUFFIX.test(long.slice(short.length));
}

/**
 * Whether a fact's breakdown is the expected one: every expected key is a key of the fact (or the
 * row it is an 其中 of), and the fact has no key the expectation lacks (a county's 采矿 is not the county).
 */
function keysMatch(expected: readonly ExpectedKey[], actual: CorpusFact["breakdown"]): boolean {
  const parentOf = (a: CorpusFact["breakdown"][number]) => (a.partOf !== undefined && a.partOf !== "" ? a.partOf : undefined);
  const covered = expected.every((e) => actual.some((a) => sameKey(e.key, a.key) || (parentOf(a) !== undefined && sameKey(e.key, parentOf(a)!))));
  return covered && actual.every((a) => expected.some((e) => sameKey(e.key, a.key)));
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A span as first and last month (or day), so 一季度 = 1—3月 = 1月1日—3月31日. */
function bounds(span: ExpectedSpan | CorpusFact["period"]["span"]): { year?: number; start?: string; end?: string; months?: [number, number] } | undefined {
  if (!span) return undefined;
  if (span.kind === "range" || span.kind === "day") {
    if (!span.start || !span.end) return undefined;
    return { start: span.start, end: span.end };
  }
  let s = span.startMonth;
  let e = span.endMonth;
  if (span.kind === "year") [s, e] = [1, 12];
  if (span.kind === "cumulative") s = 1;
  if (span.kind === "half" && s === undefined) [s, e] = (span as { name?: string }).name === "上半年" ? [1, 6] : [7, 12];
  if (s === undefined || e === undefined) return undefined;
  if (span.year === undefined) return { months: [s, e] };
  return { year: span.year, months: [s, e], start: iso(span.year, s, 1), end: iso(span.year, e, lastDay(span.year, e)) };
}

function relationMatches(expected: ExpectedPeriod["relation"], actual: string): boolean {
  const now = (r: string) => r === "current" || r === "series";
  return now(expected) ? now(actual) : expected === actual;
}

function periodMatches(expected: readonly ExpectedPeriod[], actual: CorpusFact["period"]): boolean {
  return expected.some((e) => {
    if (!relationMatches(e.relation, actual.relation)) return false;
    const want = bounds(e.span);
    const got = bounds(actual.span);
    if (!want || !got) return false;
    if (want.start && got.start) return want.start === got.start && want.end === got.end;
    return want.months !== undefined && got.months !== undefined && want.months[0] === got.months[0] && want.months[1] === got.months[1];
  });
}

function measureMatches(e: ExpectedFact, a: CorpusFact): boolean {
  if (e.measure === "change" || e.measure === "change_pct") {
    // A 同比 is not a 环比: when both say what a change is against, they must agree.
    return a.measure === e.measure && (!e.base || !a.base || relationMatches(e.base.relation, a.base.relation));
  }
  return a.measure !== "change" && a.measure !== "change_pct";
}

function sameFact(e: ExpectedFact, a: CorpusFact): boolean {
  const forms = [{ indicator: e.indicator, keys: e.keys }, ...e.alternatives];
  // 较大事故起数 is also 较大及以上事故起数 when no 重大 is counted beside it (the registry's own indicator).
  if (e.indicator === "accident_count" && e.keys.length === 1 && sameKey(e.keys[0].key, "较大")) forms.push({ indicator: "count_level_ge_larger", keys: [] });
  return forms.some((f) => f.indicator === a.indicator && keysMatch(f.keys, a.breakdown)) && measureMatches(e, a) && periodMatches(e.periods, a.period);
}

function close(a: number | null, b: number, tolerance: number): boolean {
  return a !== null && Math.abs(a - b) <= tolerance;
}

/** Whether a cell lies in an A1 range ("B4:D9") or is the cell. */
export function inRange(cell: string, range: string): boolean {
  const parse = (c: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(c.replace(/\$/g, "").trim());
    if (!m) return undefined;
    const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return { col, row: Number(m[2]) };
  };
  const target = parse(cell);
  const [a, b] = range.replace(/^.*!/, "").split(":");
  const from = parse(a);
  const to = parse(b ?? a);
  if (!target || !from || !to) return false;
  return target.row >= from.row && target.row <= to.row && target.col >= from.col && target.col <= to.col;
}

function findingMatches(book: CorpusBook, slip: ExpectedSlip, f: Finding): boolean {
  if (f.sheet !== slipSheet(book, slip)) return false;
  const cells = [slip.cell, ...(slip.alsoAt ?? [])];
  if (cells.includes(f.cell)) return true;
  return f.sources.some((range) => range.split(/[,，]/).some((r) => inRange(slip.cell, r.trim())));
}

function contextScore(book: CorpusBook, read: CorpusFacts): { expected: number; right: number; misses: string[] } {
  const misses: string[] = [];
  let expected = 0;
  if (book.region) {
    expected++;
    if (read.context.regionWord !== book.region) misses.push(`region word ${book.region} (read: ${read.context.regionWord ?? "none"})`);
  }
  for (const word of book.periodWords) {
    expected++;
    if (!read.context.periodWords.some((w) => normalText(w) === normalText(word))) misses.push(`period word ${word}`);
  }
  for (const [indicator, unit] of Object.entries(book.units)) {
    expected++;
    const units = read.facts.filter((f) => f.indicator === indicator).map((f) => f.unit);
    if (!units.includes(unit)) misses.push(`unit ${indicator} ${unit} (read: ${[...new Set(units)].join("/") || "no fact"})`);
  }
  return { expected, right: expected - misses.length, misses };
}

/**
 * Scores one path's reading of one workbook.
 *
 * @param book the expectations
 * @param read the facts, findings and context the path gave
 * @returns the counts and what went wrong
 */
export function scoreBook(book: CorpusBook, read: CorpusFacts): BookScore {
  const outcomes: FactOutcome[] = [];
  let contradicted = 0;
  for (const e of expectedFacts(book)) {
    const candidates = read.facts.filter((a) => sameFact(e, a));
    const right = candidates.some((a) => close(a.value, e.value, e.tolerance));
    const other = candidates.find((a) => !close(a.value, e.value, e.tolerance));
    if (right && other) contradicted++;
    outcomes.push(
      right ? { expected: e, status: "right" } : other ? { expected: e, status: "wrong_value", got: other.value } : { expected: e, status: "missing" },
    );
  }
  const forbidden: string[] = [];
  for (const raw of book.mustNot ?? []) {
    const e = plainFact(book, raw);
    if (read.facts.some((a) => sameFact(e, a) && close(a.value, e.value, e.tolerance))) forbidden.push(raw.why);
  }
  if (book.noChanges)
    for (const a of read.facts.filter((f) => f.measure === "change" || f.measure === "change_pct"))
      forbidden.push(`a change the workbook does not state (${a.indicator} ${a.value})`);
  const findings = read.findings.filter((f) => !INFORMATIONAL.has(f.kind));
  const missedSlips = book.slips.filter((s) => !findings.some((f) => findingMatches(book, s, f)));
  const falseAlarms = findings.filter((f) => ![...book.slips, ...book.tolerated].some((s) => findingMatches(book, s, f)));
  const context = contextScore(book, read);
  return {
    id: book.id,
    outcomes,
    factsExpected: outcomes.length,
    factsRight: outcomes.filter((o) => o.status === "right").length,
    contradicted,
    forbidden,
    slipsPresent: book.slips.length,
    slipsFound: book.slips.length - missedSlips.length,
    missedSlips,
    falseAlarms,
    contextExpected: context.expected,
    contextRight: context.right,
    contextMisses: context.misses,
  };
}

/** Whether a workbook passes: every fact, word and unit right, every slip found, nothing made up, no false alarm. */
export function passes(score: BookScore): boolean {
  return (
    score.factsRight === score.factsExpected &&
    score.contradicted === 0 &&
    score.forbidden.length === 0 &&
    score.slipsFound === score.slipsPresent &&
    score.falseAlarms.length === 0 &&
    score.contextRight === score.contextExpected
  );
}

/** One line per workbook for the log. */
export function describe(score: BookScore): string {
  const wrong = score.outcomes.filter((o) => o.status !== "right").slice(0, 3);
  const bits = [
    `facts ${score.factsRight}/${score.factsExpected}`,
    `slips ${score.slipsFound}/${score.slipsPresent}`,
    `false alarms ${score.falseAlarms.length}`,
    `context ${score.contextRight}/${score.contextExpected}`,
  ];
  if (score.contradicted) bits.push(`contradicted ${score.contradicted}`);
  if (score.forbidden.length) bits.push(`forbidden ${score.forbidden.length}`);
  const examples = wrong.map(
    (o) =>
      `${o.expected.indicator} ${o.expected.periods[0].text}${o.expected.keys.length ? ` ${o.expected.keys.map((k) => k.key).join("/")}` : ""} ${o.status === "wrong_value" ? `read ${o.got} for ${o.expected.value}` : "missing"}`,
  );
  return `${score.id}: ${bits.join(", ")}${examples.length ? ` — e.g. ${examples.join("; ")}` : ""}`;
}
