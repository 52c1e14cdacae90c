/**
 * Row levels: one key column may hold provinces, cities, counties and townships. The level shows
 * as indentation (leading spaces), as an administrative code (410000 / 410100 / 410102, or the
 * 12-digit codes of the reporting systems), or as the place word itself (…街道, …镇 under …区).
 * The table is totalled at one level only, the highest with several rows; rows below it are parts
 * of the row above them at that level (a county and its townships), checked against it and never
 * added to the data rows.
 */
import type { RowLevel } from "../facts/breakdown";
import type { RowMeaning } from "./model";

/** What the level finder may look at for each row of a table. */
export interface LevelSources {
  /** The key cell as written, leading spaces included. */
  readonly rawKey: (i: number) => unknown;
  /** An administrative code for the row (a 代码 column), if the table has one. */
  readonly code?: (i: number) => unknown;
  /** The names of the coarser places the row lies in, from columns left of the key (省, 市). */
  readonly within?: (i: number) => readonly string[];
  /** The level the key column's header names (区县 → county), if it names one. */
  readonly headerLevel?: RowLevel;
}

/** The rows with their levels, and the rows below the data level that have no parent row. */
export interface RowLevels {
  readonly rows: RowMeaning[];
  /** Indexes of sublevel rows with no row above them at the data level (townships under a city that has no county row). */
  readonly orphans: number[];
}

const ORDER: readonly RowLevel[] = ["province", "city", "county", "township", "village"];
const depthOf = (level: RowLevel): number => ORDER.indexOf(level);

/** The level an administrative code gives: 6 digits (410000, 410100, 410102) or 12 (340304000000, 340304001000). */
export function levelOfCode(code: unknown): { level: RowLevel; parent?: string; key: string } | undefined {
  const text = String(code ?? "").trim();
  if (!/^\d{6}(\d{6})?$/.test(text)) return undefined;
  const six = text.slice(0, 6);
  if (text.length === 12 && text.slice(9) !== "000") return { level: "village", key: text, parent: text.slice(0, 9) };
  if (text.length === 12 && text.slice(6, 9) !== "000") return { level: "township", key: text.slice(0, 9), parent: six };
  if (six.slice(2) === "0000") return { level: "province", key: six.slice(0, 2) };
  if (six.slice(4) === "00") return { level: "city", key: six.slice(0, 4), parent: six.slice(0, 2) };
  return { level: "county", key: six, parent: six.slice(0, 4) };
}

/** The level a place name suggests by its ending, where it says one clearly. */
export function levelOfName(name: string): RowLevel | undefined {
  const t = name.replace(/[\s\u3000]/g, "");
  if (/(街道|街道办事处|办事处|镇|乡|苏木)$/.test(t)) return "township";
  if (/(村|社区|居委会|村委会|嘎查)$/.test(t)) return "village";
  if (/(省|自治区)$/.test(t)) return "province";
  if (/(县|旗|区|自治县)$/.test(t)) return "county";
  return undefined;
}

/** Leading blank width of a key cell: a full-width space counts two, a tab four. */
function indentOf(raw: unknown): number {
  if (typeof raw !== "string") return 0;
  let n = 0;
  for (const ch of raw) {
    if (ch === " " || ch === "\u00a0") n += 1;
    else if (ch === "\u3000") n += 2;
    else if (ch === "\t") n += 4;
    else break;
  }
  return n;
}

/** Indents grouped into levels: a step of one space is a typing slip, a level starts two or more deeper. */
function indentRanks(indents: readonly number[]): Map<number, number> {
  const distinct = [...new Set(indents)].sort((a, b) => a - b);
  const ranks = new Map<number, number>();
  let rank = 0;
  distinct.forEach((d, k) => {
    if (k > 0 && d - distinct[k - 1] >= 2) rank++;
    ranks.set(d, rank);
  });
  return ranks;
}

/** Each data row's parent row (or none) and level name. */
interface Tree {
  readonly parent: Map<number, number | undefined>;
  readonly names: Map<number, RowLevel>;
  /** Rows below the top whose parent row is missing (only where indentation shows the level). */
  readonly orphans: number[];
}

/** The chain of code keys above a code (340304001 → 340304, 3403, 34). */
function ancestorKeys(key: string): string[] {
  return [9, 6, 4, 2].filter((n) => n < key.length).map((n) => key.slice(0, n));
}

/** Levels from administrative codes: a row lies under the nearest row whose code is an ancestor of its own. */
function treeFromCodes(data: readonly number[], src: LevelSources): Tree | undefined {
  const codes = new Map(data.map((i) => [i, levelOfCode(src.code?.(i))] as const));
  if ([...codes.values()].filter(Boolean).length < Math.max(2, Math.ceil(data.length * 0.8))) return undefined;
  const byKey = new Map<string, number>();
  for (const [i, c] of codes) if (c && !byKey.has(c.key)) byKey.set(c.key, i);
  const parent = new Map<number, number | undefined>();
  const names = new Map<number, RowLevel>();
  for (const [i, c] of codes) {
    if (!c) continue;
    names.set(i, c.level);
    parent.set(
      i,
      ancestorKeys(c.key)
        .map((k) => byKey.get(k))
        .find((p) => p !== undefined && p !== i),
    );
  }
  return { parent, names, orphans: [] };
}

/** Levels from indentation (or, failing that, place words): a row lies under the nearest row above it that is less deep, in the same coarser place. */
function treeFromDepth(rows: readonly RowMeaning[], data: readonly number[], src: LevelSources): Tree | undefined {
  const indents = data.map((i) => indentOf(src.rawKey(i)));
  const byIndent = indentRanks(indents);
  let depth: Map<number, number>;
  const names = new Map<number, RowLevel>();
  if (new Set(byIndent.values()).size > 1) {
    depth = new Map(data.map((i, k) => [i, byIndent.get(indents[k])!] as [number, number]));
    // Name the top level from its place words (or the key header), the levels below from it.
    const top = data.filter((i) => depth.get(i) === 0).map((i) => levelOfName(rows[i].label));
    const named = top.find((l) => l !== undefined) ?? src.headerLevel ?? "county";
    for (const i of data) names.set(i, ORDER[Math.min(ORDER.length - 1, depthOf(named) + depth.get(i)!)]);
  } else {
    // No indentation: townships named as such right under county rows.
    const words = data.map((i) => levelOfName(rows[i].label));
    if (new Set(words).size < 2 || words.some((w) => w === undefined)) return undefined;
    depth = new Map(data.map((i, k) => [i, depthOf(words[k]!)] as [number, number]));
    data.forEach((i, k) => names.set(i, words[k]!));
  }
  const parent = new Map<number, number | undefined>();
  const orphans: number[] = [];
  const top = Math.min(...depth.values());
  const stack: number[] = [];
  const place = (i: number) => (src.within?.(i) ?? []).join("/");
  for (const i of data) {
    const d = depth.get(i)!;
    while (stack.length > 0 && depth.get(stack[stack.length - 1])! >= d) stack.pop();
    const above = stack[stack.length - 1];
    if (d > top && (above === undefined || place(above) !== place(i))) orphans.push(i);
    parent.set(i, d > top && above !== undefined && place(above) === place(i) ? above : undefined);
    stack.push(i);
  }
  return { parent, names, orphans };
}

/**
 * Finds the levels of a table's rows and keeps the data rows at one level: rows below it become
 * "sublevel" rows, parts of the row they lie under (a township under its county, in the same
 * coarser place); one row above all the others (陕西省 over its cities) is the table's total.
 *
 * @param rows the rows as read (roles data / total / subtotal / of_which / blank)
 * @param src where the levels show
 * @returns the rows with levels and roles, and the lower rows that have no parent row
 * @example assignRowLevels(rows, { rawKey: (i) => grid.value(rows[i].row, 3) }).rows[1].role // "sublevel" for a township under its county
 */
export function assignRowLevels(rows: readonly RowMeaning[], src: LevelSources): RowLevels {
  const out = rows.map((r, i) => {
    const within = src.within?.(i).filter((w) => w !== "") ?? [];
    const withLevel =
      r.role === "subtotal" ? { ...r, level: "group" as RowLevel } : src.headerLevel && r.role === "data" ? { ...r, level: src.headerLevel } : r;
    return within.length > 0 ? { ...withLevel, within } : withLevel;
  });
  const data = rows.flatMap((r, i) => (r.role === "data" ? [i] : []));
  const tree = data.length >= 2 ? ((src.code ? treeFromCodes(data, src) : undefined) ?? treeFromDepth(rows, data, src)) : undefined;
  if (!tree) return { rows: out, orphans: [] };
  for (const [i, level] of tree.names) out[i] = { ...out[i], level };
  const roots = data.filter((i) => tree.parent.get(i) === undefined && !tree.orphans.includes(i));
  // A lone first row that every other row lies under is the whole: the table's total.
  const whole = roots.length === 1 && roots[0] === data[0] && data.length > 2 ? roots[0] : undefined;
  if (whole !== undefined) out[whole] = { ...out[whole], role: "total" };
  for (const i of data) {
    const p = tree.parent.get(i);
    if (tree.orphans.includes(i)) out[i] = { ...out[i], role: "sublevel" };
    else if (p !== undefined && p !== whole) out[i] = { ...out[i], role: "sublevel", partOf: rows[p].row };
  }
  return { rows: out, orphans: tree.orphans };
}
