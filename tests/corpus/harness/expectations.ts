/**
 * The corpus expectations (tests/corpus/expected/*.json): what a statistician expects from each
 * workbook, written from the release, never from our output. This module loads them and turns
 * their compact notation into plain objects the harness compares facts with.
 *
 * A fact's period is written `[relation:]SPAN`:
 * - relation: `ago:` (去年同期 / 去年同月 / 上年), `prev:` (上月, the base of 环比), `series:` (one period
 *   of a series: years down the side, months or quarters across); none means the report period;
 * - SPAN: `M2023-12` a month; `C2023-06` January to June; `Y2023` a whole year; `Q2019-2` a quarter;
 *   `R2020-01-01/2020-05-31` dated bounds; `D2021-09-01` a day; `S2023-04/2023-06` a run of months.
 *   A year may be `?` when the source never states it.
 */
import * as fs from "fs";
import * as path from "path";

export const CORPUS_DIR = path.join(__dirname, "..");
export const EXPECTED_DIR = path.join(CORPUS_DIR, "expected");
export const WORKBOOK_DIR = path.join(CORPUS_DIR, "workbooks");

export type Relation = "current" | "year_ago" | "month_before" | "series";

/** A calendar span as the expectations state it. */
export interface ExpectedSpan {
  readonly kind: "month" | "cumulative" | "year" | "quarter" | "half" | "range" | "day" | "months";
  readonly year?: number;
  readonly startMonth?: number;
  readonly endMonth?: number;
  readonly start?: string;
  readonly end?: string;
}

export interface ExpectedPeriod {
  readonly text: string;
  readonly relation: Relation;
  readonly span: ExpectedSpan;
}

/** One breakdown key: `region:贵池区`, `industry:道路运输业`, `level:较大` … */
export interface ExpectedKey {
  readonly dimension: string;
  readonly key: string;
}

/** One expected fact, as written in the JSON (compact names). */
export interface RawFact {
  readonly ind: string;
  /** The period, or several a statistician would accept (a ledger's week written either way). */
  readonly per: string | readonly string[];
  readonly val: number;
  readonly cell?: string;
  readonly sheet?: string;
  /** The cell as written when its unit differs from the indicator's base unit (4.17 亿元 for 41700 万元). */
  readonly cv?: number | string;
  readonly key?: string | readonly string[];
  readonly unit?: string;
  readonly measure?: string;
  /** For a stated change: the period it is against ("ago:Y2021", "prev:M2022-11"). */
  readonly base?: string;
  /** Other forms of the same figure a reader may give instead (较大事故起数 as count_level_ge_larger). */
  readonly alt?: readonly { readonly ind?: string; readonly key?: string | readonly string[] | null }[];
  readonly tol?: number;
}

/** A fact that must not come out of the workbook (a trap the release sets). */
export interface ForbiddenFact extends RawFact {
  readonly why: string;
}

export interface ExpectedFact {
  readonly indicator: string;
  /** The period; several when a statistician would accept any of them. */
  readonly periods: readonly ExpectedPeriod[];
  readonly keys: readonly ExpectedKey[];
  readonly value: number;
  readonly tolerance: number;
  readonly measure: string;
  readonly base?: ExpectedPeriod;
  readonly alternatives: readonly { readonly indicator: string; readonly keys: readonly ExpectedKey[] }[];
  readonly unit?: string;
  /** "Sheet!B4" */
  readonly cell?: string;
  /** What the cell holds, when it is not `value` itself. */
  readonly cellValue?: number | string;
}

/** A slip the workbook contains (real or planted), or a finding that may appear without being wrong. */
export interface ExpectedSlip {
  readonly sheet?: string;
  readonly cell: string;
  /** Other cells a finding about the same slip may name instead (the parts, the other side). */
  readonly alsoAt?: readonly string[];
  readonly kind: string;
  readonly what: string;
  readonly planted?: boolean;
}

export interface Source {
  readonly url: string;
  readonly title: string;
  readonly date: string;
  readonly note?: string;
}

/** One workbook's expectations, as written in its JSON file. */
export interface CorpusBook {
  readonly id: string;
  readonly sources: readonly Source[];
  readonly shapes: readonly string[];
  readonly region?: string;
  readonly place?: string;
  readonly periodWords: readonly string[];
  readonly units: Readonly<Record<string, string>>;
  readonly sheet: string;
  readonly facts: readonly RawFact[];
  readonly slips: readonly ExpectedSlip[];
  readonly tolerated: readonly ExpectedSlip[];
  readonly notes?: string;
  /** WPS-saved package (docProps/app.xml names WPS 表格). */
  readonly wps?: boolean;
  /** Facts that must not come out (a made-up total, a three-year average told as a 同比 …). */
  readonly mustNot?: readonly ForbiddenFact[];
  /** The workbook states no comparison at all: any change fact is made up. */
  readonly noChanges?: boolean;
  /** A ledger's rows: every one must be counted or named. */
  readonly countedRows?: number;
}

const RELATIONS: Record<string, Relation> = { ago: "year_ago", prev: "month_before", series: "series", current: "current" };

function yearOf(text: string): number | undefined {
  return text === "?" ? undefined : Number(text);
}

/** Parses a compact span ("M2023-12", "C2023-06", "Y2023", "Q2019-2", "R2020-01-01/2020-05-31"). */
export function parseSpan(text: string): ExpectedSpan {
  const kind = text[0];
  const body = text.slice(1);
  let m: RegExpMatchArray | null;
  if (kind === "M" && (m = body.match(/^(\d{4}|\?)-(\d\d)$/))) {
    const month = Number(m[2]);
    return { kind: "month", year: yearOf(m[1]), startMonth: month, endMonth: month };
  }
  if (kind === "C" && (m = body.match(/^(\d{4}|\?)-(\d\d)$/))) {
    const end = Number(m[2]);
    return end === 12 ? { kind: "year", year: yearOf(m[1]) } : { kind: "cumulative", year: yearOf(m[1]), startMonth: 1, endMonth: end };
  }
  if (kind === "Y" && (m = body.match(/^(\d{4})$/))) return { kind: "year", year: Number(m[1]) };
  if (kind === "Q" && (m = body.match(/^(\d{4}|\?)-([1-4])$/))) {
    const q = Number(m[2]);
    return { kind: "quarter", year: yearOf(m[1]), startMonth: 3 * q - 2, endMonth: 3 * q };
  }
  if (kind === "H" && (m = body.match(/^(\d{4})-2$/))) return { kind: "half", year: Number(m[1]), startMonth: 7, endMonth: 12 };
  if (kind === "S" && (m = body.match(/^(\d{4})-(\d\d)\/(\d{4})-(\d\d)$/)))
    return { kind: "months", year: Number(m[1]), startMonth: Number(m[2]), endMonth: Number(m[4]) };
  if (kind === "R" && (m = body.match(/^(\d{4}-\d\d-\d\d)\/(\d{4}-\d\d-\d\d)$/))) return { kind: "range", start: m[1], end: m[2] };
  if (kind === "D" && (m = body.match(/^(\d{4}-\d\d-\d\d)$/))) return { kind: "day", start: m[1], end: m[1] };
  throw new Error(`corpus expectations: cannot read the period "${text}"`);
}

/** Parses "ago:M2022-12" into a relation and a span. */
export function parsePeriod(text: string): ExpectedPeriod {
  const colon = text.indexOf(":");
  const relationWord = colon >= 0 ? text.slice(0, colon) : "current";
  const relation = RELATIONS[relationWord];
  if (!relation) throw new Error(`corpus expectations: unknown relation "${relationWord}" in "${text}"`);
  return { text, relation, span: parseSpan(colon >= 0 ? text.slice(colon + 1) : text) };
}

function parseKeys(key: RawFact["key"]): ExpectedKey[] {
  const list = key === undefined ? [] : typeof key === "string" ? [key] : key;
  return list.map((k) => {
    const colon = k.indexOf(":");
    if (colon < 0) throw new Error(`corpus expectations: a key needs a dimension ("region:贵池区"), got "${k}"`);
    return { dimension: k.slice(0, colon), key: k.slice(colon + 1) };
  });
}

/** One fact in plain form. */
export function plainFact(book: CorpusBook, f: RawFact): ExpectedFact {
  const periods = typeof f.per === "string" ? [f.per] : f.per;
  return {
    indicator: f.ind,
    periods: periods.map(parsePeriod),
    keys: parseKeys(f.key),
    value: f.val,
    tolerance: f.tol ?? Math.max(1e-6, Math.abs(f.val) * 1e-9),
    measure: f.measure ?? "figure",
    base: f.base ? parsePeriod(f.base) : undefined,
    alternatives: (f.alt ?? []).map((a) => ({ indicator: a.ind ?? f.ind, keys: a.key === null ? [] : parseKeys(a.key ?? f.key) })),
    unit: f.unit,
    cell: f.cell ? `${f.sheet ?? book.sheet}!${f.cell}` : undefined,
    cellValue: f.cv,
  };
}

/** The facts of a book in plain form. */
export function expectedFacts(book: CorpusBook): ExpectedFact[] {
  return book.facts.map((f) => plainFact(book, f));
}

/** Every book, in file order. */
export function loadBooks(): CorpusBook[] {
  return fs
    .readdirSync(EXPECTED_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(EXPECTED_DIR, f), "utf8")) as CorpusBook);
}

/** A slip's sheet, defaulting to the book's. */
export function slipSheet(book: CorpusBook, slip: ExpectedSlip): string {
  return slip.sheet ?? book.sheet;
}
