/**
 * The 核对's word on a figure, carried by the figure's own source cell in the facts
 * (`CellProvenance.check` / `.error`): an open finding on the cell (the figure recomputed), or an
 * error value in it (#REF!). Every reader of a figure — the 综述, the indicator sections, the report —
 * then sees the same flag where it takes the figure (docs/report-rules.md rule 14), instead of each
 * matching the findings to its figures again. A rounding difference (severity info) is no finding
 * against the figure.
 */
import type { Fact } from "./fact";
import type { Figure, Provenance } from "./provenance";
import type { Anomaly, Finding } from "./workbook";

/** An error value as a spreadsheet writes it (#REF!, #VALUE!, #DIV/0!, #N/A, #NAME?, #NUM!, #NULL!). */
const ERROR_VALUE = /#(?:REF!|VALUE!|DIV\/0!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!)/;

interface Marks {
  readonly checks: ReadonlyMap<string, Finding>;
  readonly errors: ReadonlyMap<string, string>;
}

const keyOf = (sheet: string, address: string) => `${sheet}!${address.replace(/\$/g, "").toUpperCase()}`;

/** The open findings and error cells by cell, or undefined when there are none. */
function marksOf(findings: readonly Finding[], anomalies: readonly Anomaly[]): Marks | undefined {
  const checks = new Map<string, Finding>();
  // An error value's own finding is the cell's error, marked below: the figure is unavailable, not to be verified.
  for (const f of findings) if (f.severity !== "info" && f.kind !== "error_value") checks.set(keyOf(f.sheet, f.cell), f);
  const errors = new Map<string, string>();
  for (const a of anomalies) {
    if (a.kind !== "error-cell") continue;
    const text = ERROR_VALUE.exec(`${a.message.zh} ${a.message.en}`)?.[0];
    errors.set(keyOf(a.sheet, a.cell), text ?? /#[A-Z0-9/]+[!?]?/.exec(a.message.en)?.[0] ?? "#ERROR");
  }
  return checks.size || errors.size ? { checks, errors } : undefined;
}

/** The provenance with its cells' flags; the same object when none concerns it. */
function flagged(p: Provenance, m: Marks): Provenance {
  if (p.kind === "sum") {
    const parts = p.parts.map((x): Figure => {
      const provenance = flagged(x.provenance, m);
      return provenance === x.provenance ? x : { ...x, provenance };
    });
    return parts.some((x, i) => x !== p.parts[i]) ? { ...p, parts } : p;
  }
  if (p.kind !== "cell") return p;
  const key = keyOf(p.cell.sheet, p.cell.address);
  const finding = m.checks.get(key);
  const error = m.errors.get(key);
  if (!finding && !error) return p;
  const check = finding && { recomputed: finding.recomputed, ...(finding.over ? { over: finding.over } : {}) };
  return { ...p, ...(check ? { check } : {}), ...(error ? { error } : {}) };
}

/**
 * The facts with the 核对's open findings and the error cells marked on the cells they concern.
 *
 * @param facts the workbook's facts
 * @param findings the 核对's findings
 * @param anomalies what the reader normalised or could not use (error cells among them)
 * @returns the facts, cells flagged; the same array when nothing concerns them
 * @example withCellChecks(facts, model.findings, model.anomalies)[0].provenance // { kind: "cell", …, check: { recomputed: 23 } }
 */
export function withCellChecks(facts: Fact[], findings: readonly Finding[], anomalies: readonly Anomaly[]): Fact[] {
  const m = marksOf(findings, anomalies);
  if (!m) return facts;
  return facts.map((f) => {
    const provenance = flagged(f.provenance, m);
    return provenance === f.provenance ? f : { ...f, provenance };
  });
}
