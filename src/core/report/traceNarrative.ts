/**
 * Which facts each number of the 综述 comes from, found by rebuilding the 综述 with one fact
 * changed at a time. The paragraphs are the summary's own (no second narrative is written, and a
 * change of wording needs no change here): a number whose text changes when a fact's value
 * changes is computed from that fact — a figure from its cell, a change from both periods, a rate
 * from its counts. A change that alters a paragraph's words rather than its numbers (持平 becoming
 * 增加, a count of one becoming two in English) tells nothing about the numbers, and that try is
 * ignored for that paragraph; several sizes of change are tried so each number is reached.
 */

/** A fact the 综述 may use: the object holding its value and where it sits. */
export interface TracedLeaf {
  /** Path from the root ("facts.accidents.0.current"), naming its topic. */
  readonly path: string;
  /** The object that holds the value (a SourcedValue, or the parent of a counted field). */
  readonly holder: object;
  /** The numeric property changed: "value", or a counted field such as "disasterCounties". */
  readonly key: string;
}

/** One number of a paragraph and the facts it comes from (none for a date such as 2024年1—6月). */
export interface TracedNumber {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly leaves: readonly TracedLeaf[];
  /** A year, month or day of a period ("2024年", "1—6月", "Q1"), not a figure. */
  readonly date: boolean;
}

export interface TracedParagraph {
  readonly text: string;
  readonly numbers: readonly TracedNumber[];
}

/** Numbers as the 综述 writes them: "23", "23.8", "12322.34", "301,265". */
const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;

/** Fields outside a SourcedValue that hold a count the reader made (the counties a loss table lists, the compared rows of a by-county table and those of them that fell in both). */
const COUNTED_FIELDS = new Set(["disasterCounties", "comparedRows", "bothDownRows"]);

/**
 * The leaves of a facts value: every object with a finite numeric `value`, and the counted
 * fields. Shared objects are visited once.
 *
 * @param root the facts
 * @returns the leaves, in walking order
 */
export function collectLeaves(root: object): TracedLeaf[] {
  const out: TracedLeaf[] = [];
  const seen = new Set<object>();
  const walk = (x: unknown, path: string) => {
    if (x === null || typeof x !== "object" || seen.has(x)) return;
    seen.add(x);
    if (Array.isArray(x)) {
      x.forEach((y, i) => walk(y, `${path}.${i}`));
      return;
    }
    if (Object.getPrototypeOf(x) !== Object.prototype) return;
    const record = x as Record<string, unknown>;
    const value = record.value;
    if (typeof value === "number" && Number.isFinite(value)) out.push({ path, holder: x, key: "value" });
    for (const [k, v] of Object.entries(record)) {
      if (COUNTED_FIELDS.has(k) && typeof v === "number" && Number.isFinite(v)) out.push({ path: `${path}.${k}`, holder: x, key: k });
      else walk(v, `${path}.${k}`);
    }
  };
  walk(root, "");
  return out;
}

/** Each object's containers in the facts graph, so a copy needs only the path to a changed value. */
function parentsOf(root: object): Map<object, object[]> {
  const parents = new Map<object, object[]>();
  const seen = new Set<object>();
  const walk = (x: object) => {
    if (seen.has(x)) return;
    seen.add(x);
    const children = Array.isArray(x) ? x : Object.getPrototypeOf(x) === Object.prototype ? Object.values(x) : [];
    for (const y of children) {
      if (y === null || typeof y !== "object") continue;
      parents.set(y, [...(parents.get(y) ?? []), x]);
      walk(y);
    }
  };
  walk(root);
  return parents;
}

/** A copy of the graph with some values changed; only the objects on a path to a changed one are copied. */
function withValues<T extends object>(root: T, parents: ReadonlyMap<object, readonly object[]>, changes: ReadonlyMap<object, ReadonlyMap<string, number>>): T {
  const touched = new Set<object>();
  const up = [...changes.keys()];
  while (up.length) {
    const x = up.pop()!;
    if (touched.has(x)) continue;
    touched.add(x);
    up.push(...(parents.get(x) ?? []));
  }
  const copies = new Map<object, unknown>();
  const copy = (x: unknown): unknown => {
    if (x === null || typeof x !== "object" || !touched.has(x)) return x;
    if (copies.has(x)) return copies.get(x);
    if (Array.isArray(x)) {
      const out: unknown[] = [];
      copies.set(x, out);
      for (const y of x) out.push(copy(y));
      return out;
    }
    const out: Record<string, unknown> = {};
    copies.set(x, out);
    for (const [k, v] of Object.entries(x)) out[k] = copy(v);
    for (const [k, v] of changes.get(x) ?? []) out[k] = v;
    return out;
  };
  return copy(root) as T;
}

/**
 * A paragraph's words without its numbers, so two versions can be compared: English agreement
 * words that follow a count (was/were, accident/accidents) are made alike, since a count of one
 * changes them and they are not figures.
 */
function skeleton(text: string): string {
  return text
    .replace(NUMBER, "#")
    .replace(/\b(?:was|were|is|are)\b/g, "be")
    .replace(/\b(?:has|have)\b/g, "have")
    .replace(/([A-Za-z])(?:es|s)\b/g, "$1");
}

interface Found {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The words just before it and the character after, which name what it is ("死亡#人"). */
  readonly context: string;
}

function numbersOf(text: string): Found[] {
  const found = [...text.matchAll(NUMBER)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0] }));
  // Letters only: a clause that changes its punctuation ("，其中" to "；其中") still names the same figure.
  const letters = (t: string) => skeleton(t).replace(/[^\p{L}]/gu, "");
  return found.map((n, i) => {
    const from = Math.max(i > 0 ? found[i - 1].end : 0, n.start - 16);
    return { ...n, context: `${letters(text.slice(from, n.start)).slice(-8)}#${letters(text.slice(n.end, n.end + 6)).slice(0, 1)}` };
  });
}

/**
 * Pairs the numbers of two versions of a paragraph: in order when the words are the same, else by
 * the longest run of numbers whose words around them are the same (a clause that appears or goes
 * away leaves the others paired).
 */
function pairNumbers(base: readonly Found[], changed: readonly Found[], sameWords: boolean): [number, number][] {
  if (sameWords) return base.map((_, i) => [i, i]);
  const n = base.length;
  const m = changed.length;
  const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) lcs[i][j] = base[i].context === changed[j].context ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m;) {
    if (base[i].context === changed[j].context) pairs.push([i++, j++]);
    else if (lcs[i + 1][j] >= lcs[i][j + 1]) i++;
    else j++;
  }
  return pairs;
}

/** The sizes of change tried for a value: large enough to show after rounding to whole numbers, then smaller, each way. */
function tries(v: number): number[] {
  const big = Math.max(1.37, Math.abs(v) * 0.0137);
  return [v + big, v - big, v + 0.37, v + 0.011, v - 0.011];
}

/** Whether a number is part of a period or a unit rather than a figure: 2024年, 1—6月, 10日, Q1, January–June 2024, 18 July 2020, "(10k CNY)". */
function isLabel(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 1);
  const before = text.slice(Math.max(0, start - 1), start);
  const token = text.slice(start, end);
  if (/[年月日时]/.test(after)) return true;
  if (/^[—–-]\d{1,2}月/.test(text.slice(end))) return true;
  if (/[QH]/.test(before)) return true;
  // A day of an English date: "The floods of 18 July 2020", "16–21 July 2020".
  if (/^(?:[–-]\d{1,2})? (?:January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(text.slice(end))) return true;
  // An English unit in brackets: "(10k persons)", "(1,000 ha)", "(100m CNY)".
  if (before === "(" && /^(?:k|m)?\s*[A-Za-z][A-Za-z -]*\)/.test(text.slice(end))) return true;
  if (/^k CNY/.test(text.slice(end))) return true;
  // A rate's base in its English name: "deaths per CNY 100 million of GDP", "per 100,000 residents", "per 10,000 motor vehicles".
  if (/per (?:CNY )?$/.test(text.slice(Math.max(0, start - 8), start)) && /^10*(?:,000)*$/.test(token)) return true;
  return /^(19|20)\d\d$/.test(token) && !/[起人条项万元%]/.test(after);
}

/**
 * Traces the numbers of the 综述 to the facts they come from.
 *
 * @param root the facts the paragraphs are built from
 * @param build builds the paragraphs from (a copy of) the facts
 * @param keyOf groups leaves that stand for one source (the same cell read twice changes together)
 * @param coarse leaves whose figures the text shows with few significant digits (a rate's denominator): also moved by a third
 * @returns each paragraph with its numbers and their leaves
 * @example traceNarrative(source, (s) => summaryNarrative(s, o))[0].numbers[0].text // "23"
 */
export function traceNarrative<T extends object>(
  root: T,
  build: (facts: T) => readonly string[],
  keyOf: (leaf: TracedLeaf) => string,
  coarse: (leaf: TracedLeaf) => boolean = () => false,
): TracedParagraph[] {
  const base = build(root);
  const baseSkeletons = base.map(skeleton);
  const baseNumbers = base.map(numbersOf);
  const found = baseNumbers.map((list) => list.map(() => [] as TracedLeaf[]));
  const parents = parentsOf(root);
  const groups = new Map<string, TracedLeaf[]>();
  for (const leaf of collectLeaves(root)) {
    const key = keyOf(leaf);
    groups.set(key, [...(groups.get(key) ?? []), leaf]);
  }
  const perturb = (leaves: readonly TracedLeaf[], value: (v: number) => number) => {
    const changes = new Map<object, Map<string, number>>();
    for (const leaf of leaves) {
      const m = changes.get(leaf.holder) ?? new Map<string, number>();
      m.set(leaf.key, value((leaf.holder as Record<string, number>)[leaf.key]));
      changes.set(leaf.holder, m);
    }
    return build(withValues(root, parents, changes));
  };
  /** Marks the numbers a changed version moved; returns the paragraphs whose numbers it could not all pair. */
  const compare = (changed: readonly string[], leaves: readonly TracedLeaf[], only?: number): number[] => {
    const unpaired: number[] = [];
    if (changed.length !== base.length) return base.map((_, p) => p);
    changed.forEach((text, p) => {
      if (text === base[p] || (only !== undefined && p !== only)) return;
      const numbers = numbersOf(text);
      const pairs = pairNumbers(baseNumbers[p], numbers, skeleton(text) === baseSkeletons[p]);
      if (pairs.length < baseNumbers[p].length) unpaired.push(p);
      for (const [i, j] of pairs) if (numbers[j].text !== baseNumbers[p][i].text && !found[p][i].some((l) => leaves.includes(l))) found[p][i].push(...leaves);
    });
    return unpaired;
  };
  // The groups that changed a paragraph's words every time: a figure that depends on two of them
  // (3 of 3 major hazards rectified: "已全部完成整改") keeps its words only when both change alike.
  const wordChangers = base.map(() => [] as TracedLeaf[][]);
  for (const leaves of groups.values()) {
    // A rate written with two or three significant digits (0.032 deaths per 亿元GDP) does not move when its
    // denominator moves by 1.37%: such a figure is moved by a third, each way, first.
    if (leaves.some((l) => coarse(l)))
      for (const factor of [1.37, 1 / 1.37])
        compare(
          perturb(leaves, (v) => v * factor),
          leaves,
        );
    let unpaired: number[] = [];
    for (let t = 0; t < 5; t++) {
      unpaired = compare(
        perturb(leaves, (v) => tries(v)[t]),
        leaves,
      );
      // Another size of change is tried only when this one left a paragraph's numbers unpaired.
      if (!unpaired.length) break;
    }
    for (const p of unpaired) wordChangers[p].push(leaves);
  }
  wordChangers.forEach((changers, p) => {
    const open = () => baseNumbers[p].some((n, i) => !found[p][i].length && !isLabel(base[p], n.start, n.end));
    for (let a = 0; a < changers.length && a < 24 && open(); a++)
      for (let b = a + 1; b < changers.length && b < 24; b++)
        compare(
          perturb([...changers[a], ...changers[b]], (v) => v * 1.37 + 0.37),
          [...changers[a], ...changers[b]],
          p,
        );
  });
  return base.map((text, p) => ({
    text,
    numbers: baseNumbers[p].map((n, i) => ({
      start: n.start,
      end: n.end,
      text: n.text,
      leaves: found[p][i],
      date: found[p][i].length === 0 && isLabel(text, n.start, n.end),
    })),
  }));
}
