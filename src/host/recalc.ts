/**
 * What the in-memory host recalculates, and when: only what changed, never the whole workbook
 * unless asked (`application.calculate("Full")`). A sheet whose cells were written is dirty;
 * the formulas that read a dirty sheet (on it, or naming it) are recalculated, with the formulas
 * that read those, and HyperFormula is built over just the sheets they need. A formula entered
 * with a value someone already computed — the summary's COUNTIFS, whose results the core planned
 * — takes that value ({@link RecalcState.prime}) and costs nothing: before, every sync that wrote
 * a cell rebuilt HyperFormula over all sheets, 152 s on a 100,000-row ledger.
 */
import type { HostSheet, HostWorkbook } from "./state";

/** A formula that may read any sheet (references built from text, names, 3-D references). */
const DYNAMIC = /\b(INDIRECT|OFFSET)\s*\(|'[^']*:[^']*'!/i;
const QUOTED_SHEET = /'((?:[^']|'')+)'!/g;
const PLAIN_SHEET = /(?:^|[^\p{L}\p{N}_.'!$])([\p{L}_][\p{L}\p{N}_.]*)!/gu;

/**
 * The sheets a formula reads, by name (lower case); "all" when that cannot be told from its text.
 *
 * @param formula the formula ("=COUNTIFS('事故台账'!$B:$B, …)")
 * @param own the name of the sheet it is on (unqualified references read it)
 * @param hasNames whether the workbook defines names (a name may point anywhere)
 * @returns the sheet names, lower case
 * @example sheetsReadBy("=SUM(B2:B9)+'表 2'!A1", "汇总", false) // Set { "汇总", "表 2" }
 */
export function sheetsReadBy(formula: string, own: string, hasNames: boolean): Set<string> | "all" {
  if (hasNames || DYNAMIC.test(formula)) return "all";
  const out = new Set([own.toLowerCase()]);
  for (const m of formula.matchAll(QUOTED_SHEET)) out.add(m[1].replace(/''/g, "'").toLowerCase());
  for (const m of formula.matchAll(PLAIN_SHEET)) out.add(m[1].toLowerCase());
  return out;
}

/** What changed since the last recalculation. */
export class RecalcState {
  /** Sheets (lower-case names) whose cells were written: every formula reading them is recalculated. */
  readonly dirty = new Set<string>();
  /**
   * Sheets (lower-case names) that appeared, went, were renamed, or were written with values
   * already known: only formulas on OTHER sheets that read them are recalculated (a new sheet's
   * own formulas are written after it appeared, and a primed summary's are right as written).
   */
  readonly touched = new Set<string>();
  /** Every sheet (lower-case name) written or changed since the host was made: never cleared. */
  readonly edited = new Set<string>();
  /** Formula → its value, for the formulas being written with known results (a priming session is open). */
  private primed: ReadonlyMap<string, unknown> | undefined;
  /** Each sheet's reads as last scanned, under the name and names-flag it was scanned with. */
  private readonly scanned = new WeakMap<HostSheet, { name: string; hasNames: boolean | "either"; reads: SheetReads }>();
  /** Sheets (lower-case names) with cells written or cleared since they were last scanned. */
  private readonly rescan = new Set<string>();

  /**
   * What a sheet's formulas read, scanned once and kept until a cell of the sheet is written or
   * cleared, or the sheet is renamed: a 100,000-row ledger is not walked again at every sync that
   * writes the summary (53 ms a walk in the workbench). Cells changed behind the host's API (a test
   * editing `state` directly) are not seen: such code calls {@link RecalcState.cleared}.
   *
   * @param sheet the sheet
   * @param hasNames whether the workbook defines names
   * @returns the sheets its formulas read, "all", or undefined when it holds no formula
   */
  sheetReads(sheet: HostSheet, hasNames: boolean): SheetReads {
    const name = sheet.name.toLowerCase();
    const kept = this.scanned.get(sheet);
    if (kept && kept.name === name && (kept.hasNames === hasNames || kept.hasNames === "either") && !this.rescan.has(name)) return kept.reads;
    const reads = formulaReads(sheet, hasNames);
    this.scanned.set(sheet, { name, hasNames, reads });
    this.rescan.delete(name);
    return reads;
  }

  /**
   * Opens a priming session: formulas entered from now on whose text is in `values` take that
   * value, and the session's other writes of constants touch only what other sheets read.
   *
   * @param values formula text → its result
   */
  prime(values: ReadonlyMap<string, unknown>): void {
    this.primed = values;
  }

  /** Closes the priming session. */
  endPriming(): void {
    this.primed = undefined;
  }

  /**
   * The caller knows the sheet holds no formula (it built every row): it is not walked until written.
   *
   * @param sheet the sheet
   */
  holdsNoFormula(sheet: HostSheet): void {
    const name = sheet.name.toLowerCase();
    this.scanned.set(sheet, { name, hasNames: "either", reads: undefined });
    this.rescan.delete(name);
  }

  /**
   * A cell was written.
   *
   * @param sheet the sheet
   * @param formula the formula entered ("" for a constant)
   * @returns the formula's known value (the cell needs no calculation), or undefined
   */
  written(sheet: HostSheet, formula: string): { value: unknown } | undefined {
    const name = sheet.name.toLowerCase();
    this.edited.add(name);
    this.rescan.add(name);
    if (this.primed && (!formula || this.primed.has(formula))) {
      this.touched.add(name);
      return formula ? { value: this.primed.get(formula) } : undefined;
    }
    this.dirty.add(name);
    return undefined;
  }

  /** A sheet's cells were cleared: what reads it is recalculated (during priming, only on other sheets). */
  cleared(name: string): void {
    this.edited.add(name.toLowerCase());
    this.rescan.add(name.toLowerCase());
    (this.primed ? this.touched : this.dirty).add(name.toLowerCase());
  }

  /** A sheet appeared, went or was renamed: formulas on other sheets that name it read something else now. */
  changed(name: string): void {
    this.edited.add(name.toLowerCase());
    this.touched.add(name.toLowerCase());
  }

  /**
   * A sheet was renamed: formulas on other sheets that name either name read something else now,
   * and cells written under the old name still wait to be recalculated under the new one.
   *
   * @param from the old name
   * @param to the new name
   */
  renamed(from: string, to: string): void {
    this.changed(from);
    this.changed(to);
    if (this.dirty.delete(from.toLowerCase())) this.dirty.add(to.toLowerCase());
  }

  /** Whether anything waits to be recalculated. */
  get pending(): boolean {
    return this.dirty.size > 0 || this.touched.size > 0;
  }

  /** After a recalculation (or a full calculation): nothing waits. */
  clear(): void {
    this.dirty.clear();
    this.touched.clear();
  }
}

function isFormula(f: unknown): f is string {
  return typeof f === "string" && f.startsWith("=");
}

/** The sheets a sheet's formulas read (lower-case names), "all", or undefined when it holds no formula. */
export type SheetReads = Set<string> | "all" | undefined;

/**
 * What the formulas of one sheet read, from a walk of all its cells.
 *
 * @param sheet the sheet
 * @param hasNames whether the workbook defines names (a name may point anywhere)
 * @returns the sheets read, "all", or undefined when the sheet holds no formula
 * @example formulaReads(summarySheet, false) // Set { "汇总", "事故台账" }
 */
export function formulaReads(sheet: HostSheet, hasNames: boolean): SheetReads {
  let reads: Set<string> | undefined;
  for (const row of sheet.formulas)
    for (const f of row) {
      if (!isFormula(f)) continue;
      const r = sheetsReadBy(f, sheet.name, hasNames);
      if (r === "all") return "all";
      reads ??= new Set();
      for (const name of r) reads.add(name);
    }
  return reads;
}

/**
 * The sheets to recalculate after some sheets changed: every sheet with a formula that reads a
 * changed sheet (or a sheet recalculated for it, and so on), and the sheets those formulas read.
 *
 * @param state the workbook
 * @param dirty sheets (lower-case names) whose cells changed: formulas anywhere that read them are recalculated
 * @param touched sheets (lower-case names) whose changes matter only to formulas on other sheets
 * @param readsOf what a sheet's formulas read (the host's {@link RecalcState.sheetReads} keeps them between syncs)
 * @returns the sheets to build the engine over, and those whose formulas get new values; empty when nothing reads a changed sheet
 */
export function recalcScope(
  state: HostWorkbook,
  dirty: ReadonlySet<string>,
  touched: ReadonlySet<string> = new Set(),
  readsOf: (sheet: HostSheet, hasNames: boolean) => SheetReads = formulaReads,
): { build: HostSheet[]; update: HostSheet[] } {
  const hasNames = state.names.size > 0;
  const reads = new Map<HostSheet, Set<string> | "all">();
  for (const s of state.sheets) {
    const sheetReads = readsOf(s, hasNames);
    if (sheetReads) reads.set(s, sheetReads);
  }
  // Sheets whose formulas must get new values: those reading a changed sheet, to a fixed point.
  const changed = new Set(dirty);
  const update = new Set<HostSheet>();
  for (let grew = true; grew;) {
    grew = false;
    for (const [s, r] of reads) {
      if (update.has(s)) continue;
      const own = s.name.toLowerCase();
      if (r === "all" || [...r].some((name) => changed.has(name) || (name !== own && touched.has(name)))) {
        update.add(s);
        changed.add(s.name.toLowerCase());
        grew = true;
      }
    }
  }
  if (update.size === 0) return { build: [], update: [] };
  // The engine needs every sheet those formulas read, and what the formulas on those read.
  const byName = new Map(state.sheets.map((s) => [s.name.toLowerCase(), s]));
  const build = new Set<HostSheet>(update);
  const queue = [...update];
  while (queue.length) {
    const r = reads.get(queue.pop()!);
    const names = r === "all" ? [...byName.keys()] : [...(r ?? [])];
    for (const name of names) {
      const s = byName.get(name);
      if (s && !build.has(s)) {
        build.add(s);
        queue.push(s);
      }
    }
  }
  return { build: state.sheets.filter((s) => build.has(s)), update: state.sheets.filter((s) => update.has(s)) };
}
