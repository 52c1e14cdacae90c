/**
 * The 核对 joined to the figures the 综述 speaks of (docs/report-rules.md rule 14): a figure whose
 * cell carries an open finding gets `check` (the text then says 待核实 with the recomputed figure),
 * and a figure whose cell holds an error value gets `error` (the text says it is unavailable). A
 * rounding difference (severity info) is not a finding against the figure.
 */
import type { Anomaly, CellRef, Finding } from "../facts";
import type { GroupTable, HazardRow, IndicatorPair, SourcedValue, SummaryFacts } from "./facts";
import type { BlockValue, SectionFacts } from "./sectionFacts";

/** An error value as a spreadsheet writes it (#REF!, #VALUE!, #DIV/0!, #N/A, #NAME?, #NUM!, #NULL!). */
const ERROR_VALUE = /#(?:REF!|VALUE!|DIV\/0!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!)/;

interface Marks {
  readonly checks: ReadonlyMap<string, Finding>;
  readonly errors: ReadonlyMap<string, string>;
}

const keyOf = (sheet: string, address: string) => `${sheet}!${address.replace(/\$/g, "").toUpperCase()}`;

function mark<V extends SourcedValue>(v: V, m: Marks): V {
  const cell: CellRef | undefined = v.cell;
  if (!cell) return v;
  const key = keyOf(cell.sheet, cell.address);
  const finding = m.checks.get(key);
  const error = m.errors.get(key);
  if (!finding && !error) return v;
  return { ...v, ...(finding ? { check: { recomputed: finding.recomputed } } : {}), ...(error ? { error } : {}) };
}

function markPair(p: IndicatorPair, m: Marks): IndicatorPair {
  return { ...p, current: mark(p.current, m), previous: mark(p.previous, m) };
}

function markTable(t: GroupTable | undefined, m: Marks): GroupTable | undefined {
  if (!t) return t;
  return {
    ...t,
    rows: t.rows.map((r) => ({ ...r, pairs: r.pairs.map((p) => markPair(p, m)) })),
    total: t.total.map((p) => markPair(p, m)),
  };
}

function markHazard(h: HazardRow, m: Marks): HazardRow {
  const opt = (v: SourcedValue | undefined) => (v ? mark(v, m) : undefined);
  return {
    ...h,
    found: mark(h.found, m),
    rectified: mark(h.rectified, m),
    ...(h.majorFound ? { majorFound: opt(h.majorFound) } : {}),
    ...(h.majorRectified ? { majorRectified: opt(h.majorRectified) } : {}),
    ...(h.unitsChecked ? { unitsChecked: opt(h.unitsChecked) } : {}),
  };
}

/** The sheet of an A1 reference ("'事故台账'!C2:C421" → 事故台账). */
function sheetOf(reference: string): string {
  const bang = reference.lastIndexOf("!");
  const sheet = bang < 0 ? reference : reference.slice(0, bang);
  return sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

/**
 * A table and a ledger of the same period that disagree, from the 核对's findings (checks/ledgerChecks.ts):
 * the first table whose cells differ from a ledger's counts, and that ledger.
 *
 * @param findings the 核对's findings
 * @returns the table's and the ledger's sheets, or undefined
 */
function ledgerMismatch(findings: readonly Finding[]): SummaryFacts["ledgerMismatch"] {
  const found = findings.filter((f) => f.kind === "ledger_table_mismatch" && f.severity !== "info" && f.sources.length > 0);
  if (!found.length) return undefined;
  return { table: found[0].sheet, ledger: sheetOf(found[0].sources[0]) };
}

/** The open findings and error cells by cell, or undefined when there are none. */
function marksOf(findings: readonly Finding[], anomalies: readonly Anomaly[]): Marks | undefined {
  const checks = new Map<string, Finding>();
  for (const f of findings) if (f.severity !== "info") checks.set(keyOf(f.sheet, f.cell), f);
  const errors = new Map<string, string>();
  for (const a of anomalies) {
    const text = a.kind === "error-cell" ? ERROR_VALUE.exec(`${a.message.zh} ${a.message.en}`)?.[0] : undefined;
    if (a.kind === "error-cell") errors.set(keyOf(a.sheet, a.cell), text ?? /#[A-Z0-9/]+[!?]?/.exec(a.message.en)?.[0] ?? "#ERROR");
  }
  return checks.size || errors.size ? { checks, errors } : undefined;
}

/**
 * The summary facts with the 核对's open findings and the error cells marked on the figures they concern.
 *
 * @param facts the summary facts
 * @param findings the 核对's findings
 * @param anomalies what the reader normalised or could not use (error cells among them)
 * @returns the facts, figures marked; the same object when nothing concerns them
 * @example withFigureChecks(facts, model.findings, model.anomalies).accidents?.[0].current.check // { recomputed: 23 }
 */
export function withFigureChecks(facts: SummaryFacts, findings: readonly Finding[], anomalies: readonly Anomaly[]): SummaryFacts {
  const m = marksOf(findings, anomalies);
  if (!m) return facts;
  const mismatch = ledgerMismatch(findings);
  const l = facts.losses;
  const h = facts.hazards;
  return {
    ...facts,
    ...(mismatch ? { ledgerMismatch: mismatch } : {}),
    ...(facts.accidents ? { accidents: facts.accidents.map((p) => markPair(p, m)) } : {}),
    ...(facts.byRegion ? { byRegion: markTable(facts.byRegion, m) } : {}),
    ...(facts.byIndustry ? { byIndustry: markTable(facts.byIndustry, m) } : {}),
    ...(l ? { losses: { ...l, total: mark(l.total, m), parts: l.parts.map((p) => ({ ...p, value: mark(p.value, m) })) } } : {}),
    ...(facts.disasterScope ? { disasterScope: facts.disasterScope.map((s) => ({ ...s, value: mark(s.value, m) })) } : {}),
    ...(facts.enforcement ? { enforcement: facts.enforcement.map((e) => ({ ...e, value: mark(e.value, m) })) } : {}),
    ...(h ? { hazards: { ...h, total: markHazard(h.total, m), rows: h.rows.map((r) => markHazard(r, m)) } } : {}),
  };
}

/**
 * The indicator sections' figures with the 核对's open findings and error cells marked, as
 * withFigureChecks marks the summary facts: a block's 合计 that its own 核对 finds wrong (the 全市 row
 * of a county table, 3 more than its counties) is told 待核实 in the 综述, never alone.
 *
 * @param sections the indicator sections' facts
 * @param findings the 核对's findings
 * @param anomalies what the reader normalised or could not use (error cells among them)
 * @returns the sections, figures marked; the same object when nothing concerns them
 * @example withSectionChecks(sections, model.findings, model.anomalies).blocks[0].total.current[0].check // { recomputed: 17 }
 */
export function withSectionChecks(sections: SectionFacts, findings: readonly Finding[], anomalies: readonly Anomaly[]): SectionFacts {
  const m = marksOf(findings, anomalies);
  if (!m) return sections;
  const all = (vs: readonly BlockValue[]) => vs.map((v) => mark(v, m));
  return {
    ...sections,
    blocks: sections.blocks.map((b) => ({
      ...b,
      total: {
        ...b.total,
        current: all(b.total.current),
        ...(b.total.previous ? { previous: all(b.total.previous) } : {}),
        ...(b.total.monthBefore ? { monthBefore: all(b.total.monthBefore) } : {}),
      },
      rows: b.rows.map((r) => ({ ...r, current: all(r.current) })),
    })),
  };
}
